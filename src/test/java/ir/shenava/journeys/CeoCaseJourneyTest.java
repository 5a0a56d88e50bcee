package ir.shenava.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.PersianText;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Policy 6 end to end in a real browser: a customer writes to the CEO; the CEO hands the case to the
 * sales manager, who hands it to an expert; the expert logs the talk with the customer; the manager
 * sends the response; the customer confirms satisfaction on the tracking page; the case is closed
 * and its timeline shows every step.
 */
@ShenavaIntegrationTest
class CeoCaseJourneyTest extends BrowserJourney {

    @Autowired
    StaffAccounts accounts;

    CeoCaseJourneyTest() {
        super(Duration.ofSeconds(30));
    }

    @Test
    void aComplaintToTheCeoIsHandedDownResolvedAndClosedOnTheCustomersWord() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 4);
        long ceoId = person("ceo" + tag, "مدیرعامل آزمون " + tag, Role.CEO, null);
        long managerId = person("smgr" + tag, "مدیر فروش آزمون " + tag, Role.MANAGER, ceoId);
        person("sexp" + tag, "کارشناس فروش آزمون " + tag, Role.SALES_EXPERT, managerId);
        String lastFour = String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        String subject = "صورتحساب اشتباه " + tag;

        // the customer writes to the CEO
        open("/ceo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contactName")));
        browser.findElement(By.id("contactName")).sendKeys("مریم احمدی");
        browser.findElement(By.id("phone")).sendKeys(PersianText.persianDigits("0912345" + lastFour));
        new Select(browser.findElement(By.id("categoryCode"))).selectByVisibleText("فرآیند فروش");
        browser.findElement(By.id("subject")).sendKeys(subject);
        browser.findElement(By.id("description")).sendKeys("مبلغ صورتحساب دو برابر قرارداد است و واحد فروش پاسخ نمی‌دهد.");
        click(browser.findElement(By.cssSelector("form[action$='/ceo'] button[type=submit]")));
        wait.until(ExpectedConditions.urlMatches(".*/complaint/done$"));
        String code = browser.findElement(By.id("tracking-code")).getText().trim();

        // the CEO finds it on "my work" and hands it to the sales manager
        signIn("ceo" + tag);
        // long groups of "my work" fold their later rows; the suite's other CEO-page cases fill the CEO's
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('#main details').forEach(d => d.open = true)");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(code)));
        click(row);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-state")));
        assertThat(main().getText()).contains(subject).contains("محرمانه");
        assign("مدیر فروش آزمون " + tag, "لطفا صورتحساب را بررسی و با مشتری تماس بگیرید");
        String caseUrl = browser.getCurrentUrl();
        Browser.screenshot(browser, "case-ceo-assigned");

        // the manager hands it to the expert
        signIn("smgr" + tag);
        open(caseUrl.substring(caseUrl.indexOf("/cases/")));
        assign("کارشناس فروش آزمون " + tag, "با خانم احمدی تماس بگیرید و صورتحساب را اصلاح کنید");

        // the expert sees the task, logs the talk with the customer and reports back
        signIn("sexp" + tag);
        assertThat(main().getText()).contains("با خانم احمدی تماس بگیرید");
        open(caseUrl.substring(caseUrl.indexOf("/cases/")));
        click(browser.findElement(By.xpath("//summary[contains(., 'افزودن به گزارش رسیدگی')]")));
        new Select(browser.findElement(By.id("log-kind"))).selectByVisibleText("گفتگو با مشتری");
        new Select(browser.findElement(By.id("log-how"))).selectByVisibleText("تلفن");
        browser.findElement(By.id("log-summary")).sendKeys("مشتری تأیید کرد مبلغ اضافه پرداخت نشده است");
        click(browser.findElement(By.id("log-submit")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        WebElement report = browser.findElement(By.cssSelector("textarea[name=report]"));
        report.sendKeys("صورتحساب اصلاح شد");
        click(report.findElement(By.xpath("ancestor::form//button[@type='submit']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));

        // the manager (owner's delegate) cannot decide: the CEO owns it; the CEO takes the steps and sends the response
        signIn("ceo" + tag);
        open(caseUrl.substring(caseUrl.indexOf("/cases/")));
        click(browser.findElement(By.xpath("//summary[contains(., 'ارزیابی اولیه')]")));
        new Select(browser.findElement(By.id("a-severity"))).selectByValue("MAJOR");   // chosen, no silent default
        new Select(browser.findElement(By.id("a-priority"))).selectByValue("HIGH");
        click(browser.findElement(By.id("step-ASSESS")));
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "ارزیابی شده"));
        click(browser.findElement(By.id("step-START_INVESTIGATION")));
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "در حال رسیدگی"));
        click(browser.findElement(By.xpath("//summary[contains(., 'پیشنهاد پاسخ')]")));
        browser.findElement(By.id("r-decision")).sendKeys("اصلاح صورتحساب و عذرخواهی");
        browser.findElement(By.id("r-response")).sendKeys("صورتحساب شما اصلاح شد؛ از تأخیر پوزش می‌خواهیم.");
        click(browser.findElement(By.id("step-PROPOSE_RESPONSE")));
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "پاسخ پیشنهاد شده"));
        click(browser.findElement(By.id("step-COMMUNICATE_DECISION")));
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "در انتظار تأیید مشتری"));

        // the customer confirms satisfaction on the tracking page
        browser.manage().deleteAllCookies();
        open("/track");
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("verifier")).sendKeys(PersianText.persianDigits(lastFour));
        click(browser.findElement(By.cssSelector("form[action$='/track'] button[type=submit]")));
        WebElement result = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-result")));
        assertThat(result.getText()).contains("صورتحساب شما اصلاح شد");
        WebElement confirmation = browser.findElement(By.id("confirmation"));
        click(confirmation.findElement(By.cssSelector("input[name=satisfied][value=true]")));
        confirmation.findElement(By.tagName("textarea")).sendKeys("ممنون از پیگیری مدیرعامل");
        click(confirmation.findElement(By.cssSelector("button[type=submit]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        Browser.screenshot(browser, "case-customer-confirmed");

        // the case is closed and its timeline tells the whole story
        signIn("ceo" + tag);
        open(caseUrl.substring(caseUrl.indexOf("/cases/")));
        wait.until(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("case-state")).getText().equals("بسته");
        });
        String timeline = browser.findElement(By.id("case-timeline")).getText();
        assertThat(timeline).contains("پرونده باز شد", "ارجاع شد", "در گزارش رسیدگی ثبت شد", "انجام کار گزارش شد",
                "ارزیابی اولیه", "پاسخ پیشنهاد شد", "تصمیم به مشتری اعلام شد", "مشتری رضایت داد", "پرونده بسته شد");
        assertThat(main().getText()).doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\d");
        Browser.screenshot(browser, "case-closed-timeline");
    }

    private void assign(String to, String instructions) {
        click(browser.findElement(By.xpath("//summary[normalize-space(.)='ارجاع']")));
        // people are listed by department with their roles: «name — role»
        WebElement option = browser.findElement(By.xpath("//select[@id='as-to']//option[starts-with(normalize-space(.), '" + to + " — ')]"));
        new Select(browser.findElement(By.id("as-to"))).selectByValue(option.getAttribute("value"));
        WebElement date = browser.findElement(By.id("as-follow"));
        date.clear();
        date.sendKeys(JalaliDate.fromGregorian(LocalDate.now().plusDays(3)).toString());
        browser.findElement(By.id("as-instructions")).sendKeys(instructions);
        click(browser.findElement(By.id("assign-submit")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        assertThat(main().getText()).contains(instructions);
    }

    private long person(String username, String name, Role role, Long managerId) {
        long id = accounts.create(username, "temporary-pass-1", new StaffAccounts.Profile(name, null, null, null, managerId,
                EnumSet.of(role), true)).getId();
        accounts.changeOwnPassword(username, "temporary-pass-1", "journey-pass-123");
        return id;
    }

    private void signIn(String username) {
        Browser.signIn(browser, wait, port, username, "journey-pass-123");
        open("/work");   // the home page shows figures; the rows waiting for someone are on "my work"
    }

    private void click(WebElement element) {
        Browser.click(browser, wait, element);
    }

    private WebElement main() {
        return browser.findElement(By.tagName("main"));
    }
}
