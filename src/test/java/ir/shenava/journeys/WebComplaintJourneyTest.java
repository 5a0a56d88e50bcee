package ir.shenava.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.shared.PersianText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Policy 3 in a real browser: a customer sends a complaint in Persian through the public web form,
 * with an attachment and a phone typed in Persian digits, keeps the tracking code shown, and later
 * follows the complaint on the tracking page with that code (typed in lower case) and the last four
 * digits of the phone, seeing a Jalali-dated timeline.
 */
@ShenavaIntegrationTest
class WebComplaintJourneyTest extends BrowserJourney {

    private static final String JALALI_DATE =
            "[۰-۹]+ (فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند) ۱۴[۰-۹]{2}";

    @Autowired
    JdbcTemplate jdbc;

    WebComplaintJourneyTest() {
        super(Duration.ofSeconds(20));
    }

    private void click(WebElement element) {
        Browser.click(browser, wait, element);
    }

    private WebElement main() {
        return browser.findElement(By.tagName("main"));
    }

    private void assertPersianPage() {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(main().getText()).doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\d");
    }

    @Test
    void aCustomerComplainsOnTheWebAndFollowsTheComplaintWithTheTrackingCode() throws Exception {
        String lastFour = String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        String phone = PersianText.persianDigits("0912345" + lastFour);
        String subject = "دستگاه پس از نصب خاموش می‌شود " + UUID.randomUUID().toString().substring(0, 4);

        // the customer fills the public form in Persian
        open("/complaint");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contactName")));
        assertPersianPage();
        browser.findElement(By.id("contactName")).sendKeys("مریم احمدی");
        browser.findElement(By.id("organisation")).sendKeys("درمانگاه آزمون");
        browser.findElement(By.id("phone")).sendKeys(phone);
        new Select(browser.findElement(By.id("categoryCode"))).selectByVisibleText("نصب و راه‌اندازی");
        click(browser.findElement(By.cssSelector("input[name=satisfaction][value='2']")));
        browser.findElement(By.id("subject")).sendKeys(subject);
        browser.findElement(By.id("description"))
                .sendKeys("دستگاه مانیتور پس از نصب هر چند ساعت یک بار خاموش می‌شود و کارشناس هنوز نیامده است.");
        browser.findElement(By.id("remedySought")).sendKeys("تعویض دستگاه یا بازدید فوری کارشناس");
        browser.findElement(By.id("files")).sendKeys(photo().toString());
        Browser.screenshot(browser, "web-complaint-form");

        // the page solves its proof of work, then sends the form
        click(browser.findElement(By.cssSelector("form[action$='/complaint'] button[type=submit]")));
        wait.until(ExpectedConditions.urlMatches(".*/complaint/done$"));
        String code = browser.findElement(By.id("tracking-code")).getText().trim();
        assertThat(code).isNotBlank();
        assertPersianPage();

        // later, the customer follows the complaint with the code in lower case and the phone's last four digits
        open("/track");
        browser.findElement(By.id("code")).sendKeys(code.toLowerCase());
        browser.findElement(By.id("verifier")).sendKeys(PersianText.persianDigits(lastFour));
        click(browser.findElement(By.cssSelector("form[action$='/track'] button[type=submit]")));
        WebElement result = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-result")));
        assertThat(result.getText()).contains(subject).contains("دریافت شد").containsPattern(JALALI_DATE)
                .contains(code);
        assertPersianPage();
        Browser.screenshot(browser, "web-complaint-tracking");
    }

    private static Path photo() throws Exception {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 240);
        g.setColor(Color.RED);
        g.fillRect(100, 80, 120, 80);
        g.dispose();
        Path file = Files.createTempFile("complaint-photo", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /**
     * The submit button in a real browser: the proof of work cancels the first submit to solve its
     * puzzle, so it is pow.js that must disable the button and refuse a second click.
     */
    @Test
    void aDoubleClickOnThePublicFormDisablesTheButtonAndSendsOneComplaint() {
        String subject = "دو بار کلیک " + UUID.randomUUID().toString().substring(0, 6);
        browser.get("http://localhost:" + port + "/complaint");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contactName")));
        browser.findElement(By.id("contactName")).sendKeys("علی رضایی");
        browser.findElement(By.id("email")).sendKeys("ali.double@example.ir");
        browser.findElement(By.id("subject")).sendKeys(subject);
        browser.findElement(By.id("description")).sendKeys("فرم با دو کلیک پشت سر هم فرستاده شد.");
        WebElement send = browser.findElement(By.cssSelector("form[action$='/complaint'] button[type=submit]"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", send);

        @SuppressWarnings("unchecked")
        List<Object> afterTwoClicks = (List<Object>) browser.executeScript(
                "const b = arguments[0]; b.click(); b.click(); return [b.disabled, b.form.dataset.powState || ''];", send);
        assertThat(afterTwoClicks.get(0)).as("the button is disabled at the first click").isEqualTo(Boolean.TRUE);
        assertThat(afterTwoClicks.get(1)).isEqualTo("solving");

        wait.until(ExpectedConditions.urlMatches(".*/complaint/done$"));
        assertThat(browser.findElement(By.id("tracking-code")).getText()).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from complaint where subject = ?", Integer.class, subject)).isEqualTo(1);
    }
}
