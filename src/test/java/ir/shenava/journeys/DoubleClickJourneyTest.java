package ir.shenava.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public form's submit button in a real browser: the proof of work cancels the first submit
 * to solve its puzzle, so it is pow.js that must disable the button and refuse a second click.
 */
@ShenavaIntegrationTest
class DoubleClickJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

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
