package ir.shenava.journeys;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every journey has: the application's port, a fresh headless Chromium per test ({@link Browser#start})
 * closed after it, a wait as patient as the journey needs, and {@link #open} for a path of the application.
 */
abstract class BrowserJourney {

    private final Duration patience;

    @LocalServerPort
    int port;
    ChromeDriver browser;
    WebDriverWait wait;

    BrowserJourney(Duration patience) {
        this.patience = patience;
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        wait = new WebDriverWait(browser, patience);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /**
     * Waits until the page's main part shows {@code text}, looking the part up afresh each time: a part found
     * before a form's answer arrived goes stale with the old page, and a wait on it never ends.
     */
    void waitForText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
    }
}
