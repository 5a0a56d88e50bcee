package ir.shenava.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A complainant in a real browser (issue 15 §11): the language switch on the public form keeps what was
 * typed, the page after sending copies the tracking code with a Persian confirmation, and both pages pass
 * axe-core.
 */
@ShenavaIntegrationTest
class PublicPagesJourneyTest extends BrowserJourney {

    PublicPagesJourneyTest() {
        super(Duration.ofSeconds(60));
    }

    private void switchLanguage(String to) {
        Browser.click(browser, wait, browser.findElement(By.cssSelector("#public-header a.lang-switch")));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", to));
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    @Test
    void theLanguageSwitchKeepsWhatWasTypedAndTheTrackingCodeIsCopied() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String base = "http://localhost:" + port;
        browser.get(base + "/complaint");
        browser.findElement(By.id("contactName")).sendKeys("نرگس امینی");
        browser.findElement(By.id("phone")).sendKeys("۰۹۱۲۱۱۱۲۲۳۳");
        browser.findElement(By.id("subject")).sendKeys("دیرکرد " + tag);
        browser.findElement(By.id("description")).sendKeys("دستگاه دیر رسید.");

        switchLanguage("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).doesNotContain("شکایت");
        assertThat(value("contactName")).isEqualTo("نرگس امینی");
        assertThat(value("subject")).isEqualTo("دیرکرد " + tag);
        assertThat(value("description")).isEqualTo("دستگاه دیر رسید.");
        assertThat(Browser.accessibilityProblems(browser)).as("axe on the English form").isEmpty();
        switchLanguage("fa");
        assertThat(value("phone")).isEqualTo("۰۹۱۲۱۱۱۲۲۳۳");

        Select category = new Select(browser.findElement(By.id("categoryCode")));
        category.selectByIndex(1);
        Browser.click(browser, wait, browser.findElement(By.cssSelector("main form button[type=submit]")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("copy-code")));
        String code = browser.findElement(By.id("tracking-code")).getText().trim();
        assertThat(code).matches("[2-9A-Z]{5}-[2-9A-Z]{5}");
        assertThat(browser.findElement(By.id("expected-answer")).getText()).contains("با شما تماس می‌گیرد");

        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", base,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        Browser.click(browser, wait, browser.findElement(By.id("copy-code")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("copy-code-status"), "کد رهگیری رونوشت شد."));
        Object copied = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, function (e) { done('unreadable: ' + e); });");
        assertThat(copied).isEqualTo(code);
        assertThat(Browser.accessibilityProblems(browser)).as("axe on the page after sending").isEmpty();

        switchLanguage("en");
        assertThat(browser.findElement(By.id("tracking-code")).getText().trim()).isEqualTo(code);
        assertThat(browser.findElement(By.id("expected-answer")).getText()).contains("will contact you by");
    }
}
