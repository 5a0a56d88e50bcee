package ir.shenava.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two-factor login in a real browser, with the sessions in PostgreSQL as in production: the CEO
 * scans (reads) the key, confirms with a code, keeps the recovery codes, and the next login asks
 * for the code before the start page. The codes are computed here independently of the
 * application's own RFC 6238 code, from the key the page shows.
 */
@ShenavaIntegrationTest
class TwoFactorJourneyTest extends BrowserJourney {

    @Autowired
    StaffAccounts accounts;

    TwoFactorJourneyTest() {
        super(Duration.ofSeconds(10));
    }

    @Test
    void theCeoTurnsOnTwoFactorAndTheNextLoginAsksForTheCode() throws Exception {
        String ceo = Browser.staffMember(accounts, "tfj", "مدیرعامل دومرحله‌ای", Role.CEO);
        Browser.signIn(browser, wait, port, ceo, "journey-pass-123");

        browser.get("http://localhost:" + port + "/account/two-factor");
        Browser.click(browser, wait, browser.findElement(By.cssSelector("form[action$='/account/two-factor/start'] button")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("two-factor-qr")));
        assertThat(browser.executeScript("return document.getElementById('two-factor-qr').naturalWidth")).as("the QR code is drawn")
                .asString().isNotEqualTo("0");
        assertThat(Browser.accessibilityProblems(browser)).as("the setup page").isEmpty();
        byte[] key = base32(browser.findElement(By.id("two-factor-secret")).getText());
        long step = Instant.now().getEpochSecond() / 30;
        browser.findElement(By.id("code")).sendKeys(code(key, step));
        Browser.click(browser, wait, browser.findElement(By.cssSelector("form[action$='/account/two-factor/confirm'] button")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-codes")));
        assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);

        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(ceo);
        browser.findElement(By.id("password")).sendKeys("journey-pass-123");
        browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/login/code"));
        assertThat(Browser.accessibilityProblems(browser)).as("the code page").isEmpty();
        // the next step's code: the one confirmed above is used up, and the next is within the tolerance
        browser.findElement(By.id("code")).sendKeys(code(key, Instant.now().getEpochSecond() / 30 + 1));
        browser.findElement(By.cssSelector("form[action$='/login/code'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/(work)?$"));
        assertThat(browser.findElement(By.id("nav-account")).getText()).contains("مدیرعامل دومرحله‌ای");
    }

    /** RFC 6238 with HMAC-SHA1, six digits: written again here so that the test does not trust the code it tests. */
    private static String code(byte[] key, long step) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key, "HmacSHA1"));
        byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        int o = h[19] & 0xF;
        int n = ((h[o] & 0x7F) << 24) | ((h[o + 1] & 0xFF) << 16) | ((h[o + 2] & 0xFF) << 8) | (h[o + 3] & 0xFF);
        return String.format("%06d", n % 1_000_000);
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.replace(" ", "").toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xFF);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
