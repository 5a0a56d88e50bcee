package ir.shenava.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import javax.imageio.ImageIO;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Policy 6 in a real browser: a technical expert records an installation with the scan of the
 * signed confirmation form; the CEO draws a sample for that month, reviews the form, records a
 * finding and asks for a case to be opened from it.
 */
@ShenavaIntegrationTest
class ConfirmationReviewJourneyTest extends BrowserJourney {

    @Autowired
    StaffAccounts accounts;
    @Autowired
    CustomerRegistry customers;

    ConfirmationReviewJourneyTest() {
        super(Duration.ofSeconds(10));
    }

    private String person(String prefix, String name, Role role) {
        return Browser.staffMember(accounts, prefix, name, role);
    }

    private void signIn(String username) {
        Browser.signIn(browser, wait, port, username, "journey-pass-123");
    }

    private void click(WebElement element) {
        Browser.click(browser, wait, element);
    }

    private WebElement main() {
        return browser.findElement(By.tagName("main"));
    }

    @Test
    void anExpertsSignedFormIsSampledAndReviewedByTheCeo() throws Exception {
        String expert = person("tech", "حمید رستمی آزمون", Role.TECHNICAL_EXPERT);
        String ceo = person("ceo", "مدیرعامل آزمون", Role.CEO);
        String name = "بیمارستان بازبینی " + UUID.randomUUID().toString().substring(0, 4);
        long customerId = customers.create(new CustomerRegistry.CustomerData(null, name, CustomerKind.HOSPITAL, null,
                "تبریز", null, null, null)).getId();
        String serial = "RV-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        customers.saveEquipment(customerId, null, new CustomerRegistry.EquipmentData(null, "مانیتور علائم حیاتی", serial,
                null, null));

        // the expert records the installation, done in Mordad 1401, with the signed form
        signIn(expert);
        open("/customers/" + customerId);
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("ثبت خدمت تازه"))).click();
        new Select(browser.findElement(By.id("equipmentId"))).selectByVisibleText("مانیتور علائم حیاتی — \u2068" + serial + "\u2069");   // the serial isolated (issue 15 §9)
        browser.findElement(By.id("doneOn")).sendKeys("۱۴۰۱/۰۵/۱۰");
        click(browser.findElement(By.xpath("//label[text()='حمید رستمی آزمون']")));
        browser.findElement(By.id("report")).sendKeys("نصب، راه‌اندازی و آموزش سه نفر از پرستاران");
        click(browser.findElement(By.cssSelector("form[action$='/service-records/new'] button[type=submit]")));
        waitForText("۱۰ مرداد ۱۴۰۱");

        browser.findElement(By.id("scan")).sendKeys(signedFormScan().toString());
        for (String box : new String[] {"filled", "stamped", "signed", "consistent"}) {
            click(browser.findElement(By.id(box)));
        }
        click(browser.findElement(By.cssSelector("form[action$='/confirmation'] button[type=submit]")));
        waitForText("برگه کامل");

        // the CEO draws every form of that month and reviews ours
        signIn(ceo);
        open("/service-records/reviews/new");
        new Select(browser.findElement(By.id("period"))).selectByValue("1401/05");
        click(browser.findElement(By.cssSelector("input[name=mode][value=PERCENT]")));
        WebElement size = browser.findElement(By.id("size"));
        size.clear();
        size.sendKeys("100");
        click(browser.findElement(By.cssSelector("form[action$='/reviews/new'] button[type=submit]")));
        wait.until(ExpectedConditions.urlMatches(".*/service-records/reviews/\\d+$"));
        assertThat(main().getText()).contains(name).contains("حمید رستمی آزمون");

        click(browser.findElement(By.xpath("//tr[contains(., '" + name + "')]//a[contains(@href, '/items/')]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main img")));
        assertThat((Boolean) browser.executeScript(
                "const i = document.querySelector('main img'); return i.complete && i.naturalWidth > 0;")).isTrue();
        for (String box : new String[] {"formPresent", "filled", "signed", "consistent"}) {
            WebElement check = browser.findElement(By.cssSelector("input[type=checkbox][name=" + box + "]"));
            if (!check.isSelected()) {
                click(check);
            }
        }
        WebElement stamped = browser.findElement(By.cssSelector("input[type=checkbox][name=stamped]"));
        if (stamped.isSelected()) {
            click(stamped);
        }
        browser.findElement(By.id("findings")).sendKeys("مهر مشتری روی برگه خوانا نیست؛ با مشتری تماس گرفته شود.");
        click(browser.findElement(By.cssSelector("form[action$='/items/" + itemId() + "'] button[type=submit]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action$='/case'] button")));
        click(browser.findElement(By.cssSelector("form[action$='/case'] button")));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        waitForText("درخواست پرونده در");
        Browser.screenshot(browser, "confirmation-review-item");
    }

    private String itemId() {
        return browser.getCurrentUrl().replaceAll(".*/items/(\\d+).*", "$1");
    }

    private static Path signedFormScan() throws Exception {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 400);
        g.setColor(Color.BLUE);
        g.drawOval(180, 300, 80, 80);
        g.dispose();
        Path file = Files.createTempFile("signed-form", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
