package ir.shenava.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrator's first day, in a real browser: sign in, replace the temporary password,
 * add a staff member and a customer typed in Persian digits, then find that customer again by
 * typing its name on an Arabic keyboard (ي/ك).
 */
@ShenavaIntegrationTest
class AdministratorJourneyTest extends BrowserJourney {

    @Autowired
    StaffAccounts accounts;

    AdministratorJourneyTest() {
        super(Duration.ofSeconds(10));
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void submit(String formAction) {
        browser.findElement(By.cssSelector("form[action$='" + formAction + "'] button[type=submit]")).click();
    }

    @Test
    void theAdministratorSetsUpStaffAndACustomerAndFindsItWithArabicLetters() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 4);
        String admin = "journey" + tag;
        accounts.create(admin, "first-pass-123", new StaffAccounts.Profile("مدیر آزمون", null, null, null, null,
                EnumSet.of(Role.ADMIN), true));

        open("/login");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.executeScript("return getComputedStyle(document.body).fontFamily")).asString().contains("Vazirmatn");
        type("username", admin);
        type("password", "first-pass-123");
        submit("/login");

        wait.until(ExpectedConditions.urlContains("/account/password"));
        type("current", "first-pass-123");
        type("next", "my-own-pass-123");
        type("repeat", "my-own-pass-123");
        submit("/account/password");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "به شنوا خوش آمدید"));
        assertThat(browser.findElement(By.tagName("main")).getText()).containsPattern("امروز [۰-۹]+ [آ-ی]+ ۱۴[۰-۹]{2}");

        open("/staff/new");
        type("username", "sara" + tag);
        type("fullName", "سارا کریمی");
        type("mobile", "۰۹۳۵۱۱۱۲۲۳۳");
        browser.findElement(By.cssSelector("input[name=roles][value=SALES_EXPERT]")).click();
        submit("/staff/new");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-warning"), "گذرواژه موقت"));

        String name = "بیمارستان نیکان " + tag;
        open("/customers/new");
        type("name", name);
        type("city", "تهران");
        submit("/customers/new");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), name));

        browser.findElement(By.linkText("شخص رابط تازه")).click();
        type("fullName", "رضا محمدی");
        type("mobile", "۰۹۱۲۷۷۷۸۸۹۹");
        submit("/contacts/new");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "۰۹۱۲ ۷۷۷ ۸۸۹۹"));

        browser.findElement(By.linkText("دستگاه تازه")).click();
        type("model", "آنالایزر بیوشیمی");
        type("serialNumber", "BRW-" + tag);
        browser.findElement(By.cssSelector(".jalali-toggle[data-target=installedOn]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=dialog] [aria-current=date]"))).click();
        assertThat(browser.findElement(By.id("installedOn")).getAttribute("value")).as("the picked date in Persian digits")
                .matches("۱۴[۰-۹]{2}/[۰-۹]{2}/[۰-۹]{2}");
        submit("/equipment/new");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "آنالایزر بیوشیمی"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).containsPattern("[۰-۹]+ (فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند) ۱۴[۰-۹]{2}");
        assertThat(page).doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\d");
        Browser.screenshot(browser, "customer-page");

        open("/customers");
        type("q", "بيمارستان نيكان " + tag);   // Arabic ي and ك, as typed on an Arabic keyboard
        // htmx replaces the results as the user types and puts the query in the address bar
        wait.until(ExpectedConditions.urlContains("q="));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "۱ مورد"));
        assertThat(browser.findElements(By.cssSelector("#results tbody tr"))).singleElement()
                .satisfies(row -> assertThat(row.getText()).contains(name));
        Browser.screenshot(browser, "customer-search");
    }
}
