package ir.shenava.journeys;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, named explicitly so that Selenium
 * Manager never tries to download a browser (the machines running the tests have no internet).
 */
final class Browser {

    private Browser() {
    }

    /** A staff member made for one journey, signed in later with the password "journey-pass-123". */
    static String staffMember(ir.shenava.staff.internal.StaffAccounts accounts, String prefix, String name,
                              ir.shenava.staff.Role role) {
        String username = prefix + java.util.UUID.randomUUID().toString().substring(0, 5);
        accounts.create(username, "temporary-pass-1", new ir.shenava.staff.internal.StaffAccounts.Profile(name, null, null,
                null, null, java.util.EnumSet.of(role), true));
        accounts.changeOwnPassword(username, "temporary-pass-1", "journey-pass-123");
        return username;
    }

    static ChromeDriver start() throws IOException {
        Path profile = Files.createTempDirectory("shenava-chrome");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000", "--lang=fa-IR", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /**
     * axe-core's serious and critical violations on the page as it is now ("rule: help — nodes"),
     * empty when there are none. axe.min.js is fetched by the build (pom.xml) into the test classes;
     * a script given to the driver is not subject to the page's Content-Security-Policy.
     */
    @SuppressWarnings("unchecked")
    static java.util.List<String> accessibilityProblems(ChromeDriver driver) throws IOException {
        try (var in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing: the build fetches it (mvn generate-test-resources)");
            }
            driver.executeScript(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object found = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' — '"
                + "      + v.nodes.slice(0, 4).map(function (n) { return n.target.join(' '); }).join(' | '); }));"
                + "}).catch(function (e) { done(['axe failed: ' + e]); });");
        return (java.util.List<String>) found;
    }

    /**
     * Walks the page with the Tab key: every control reached must show where the focus is (an
     * outline or Bootstrap's focus ring); the answer lists those that do not, and the count reached.
     */
    static java.util.List<String> focusProblems(ChromeDriver driver, int tabs) {
        driver.findElement(By.tagName("body")).click();
        driver.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        java.util.List<String> problems = new java.util.ArrayList<>();
        java.util.Set<Object> seen = new java.util.HashSet<>();
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(driver);
        for (int i = 0; i < tabs; i++) {
            keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
            Object result = driver.executeScript("var e = document.activeElement; if (!e || e === document.body) return null;"
                    + "var s = getComputedStyle(e);"
                    + "var visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');"
                    + "var name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '')"
                    + " + (e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : '');"
                    + "return [name, visible];");
            if (result == null) {
                continue;
            }
            java.util.List<Object> r = (java.util.List<Object>) result;
            if (!seen.add(r.get(0)) && i > 0) {
                continue;
            }
            if (!Boolean.TRUE.equals(r.get(1))) {
                problems.add("no visible focus on " + r.get(0));
            }
        }
        long focusable = (Long) driver.executeScript("return Array.prototype.filter.call(document.querySelectorAll("
                + "'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex=\"-1\"])'),"
                + " function (e) { return !e.disabled && e.tabIndex >= 0 && e.getClientRects().length > 0; }).length;");
        if (seen.size() < Math.min(focusable, 3)) {
            problems.add("the Tab key reached only " + seen.size() + " of " + focusable + " controls");
        }
        return problems;
    }

    /** Screenshots go to target/screenshots/ so that a person can look at them after the build. */
    static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** Scrolls first: the sticky layout may cover an element at the very bottom of the window. */
    static void click(ChromeDriver driver, WebDriverWait wait, WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element));
        try {
            element.click();
        } catch (ElementClickInterceptedException stillMoving) {
            driver.executeScript("arguments[0].click();", element);
        }
    }

    /** Signs in afresh (cookies cleared) and waits for the start page: "my work", or home for a bare admin. */
    static void signIn(ChromeDriver driver, WebDriverWait wait, int port, String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/(work)?$"));
    }
}
