package ir.shenava.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import ir.shenava.surveys.calls.WebSurveys;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The main pages under axe-core (public form, tracking, the survey on the web, my work, a case, the inbox, a customer):
 * no serious or critical violation, and every control the Tab key reaches shows its focus. A form
 * sent with an impossible date and an empty field shows Shenava's Persian messages at the fields,
 * not the browser's English bubble.
 */
@ShenavaIntegrationTest
class AccessibilityJourneyTest extends BrowserJourney {

    @Autowired
    StaffAccounts accounts;
    @Autowired
    CaseTestSupport support;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebSurveys webSurveys;

    final List<String> problems = new ArrayList<>();

    AccessibilityJourneyTest() {
        super(Duration.ofSeconds(30));
    }

    @Test
    void theMainPagesPassAxeAndTheKeyboard() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Complaint complaint = support.complaint(Channel.WEB_FORM, "دسترس‌پذیری " + tag, null);
        long caseId = support.caseOf(complaint.getId()).getId();

        check("/complaint", "public form");
        open("/track");
        browser.findElement(By.id("code")).sendKeys(complaint.getTrackingCode().toString());
        browser.findElement(By.id("verifier")).sendKeys("۴۵۶۷");
        browser.findElement(By.cssSelector("form[action$='/track'] button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-result")));
        checkHere("tracking");

        // the follow-up survey on the web, as a customer whose call ended unreachable opens it from the SMS
        long unreachable = jdbc.queryForObject("""
                insert into follow_up_call (group_key, customer_id, status, due_at, next_try_at, attempts, created_by, created_at, ended_at)
                values (?, (select max(id) from customer), 'UNREACHABLE', now(), now(), 5, 'journey', now(), now()) returning id""",
                Long.class, "a11y-web-survey:" + tag);
        check("/survey/" + webSurveys.token(unreachable, Instant.now().plus(Duration.ofDays(14))), "web survey");
        Browser.screenshot(browser, "web-survey");

        String ceo = Browser.staffMember(accounts, "a11y", "مدیرعامل دسترس‌پذیری " + tag, Role.CEO);
        // someone the CEO can hand the case to, whatever other tests left in the database (the assignment form below)
        Browser.staffMember(accounts, "a11y-m", "مدیر دسترس‌پذیری " + tag, Role.MANAGER);
        Browser.signIn(browser, wait, port, ceo, "journey-pass-123");
        check("/work", "my work");
        check("/cases/" + caseId, "case");
        check("/complaints", "inbox");
        Long customer = jdbc.queryForObject("select max(id) from customer", Long.class);
        check("/customers/" + customer, "customer");
        assertThat(problems).as("accessibility problems on the main pages").isEmpty();

        // the assignment form sent with an impossible date and no instructions: Persian messages at the fields
        open("/cases/" + caseId);
        browser.findElement(By.cssSelector("details:has(form[action$='/assign']) summary")).click();
        browser.findElement(By.id("as-follow")).sendKeys("۱۴۰۴/۱۲/۳۰");
        Browser.click(browser, wait, browser.findElement(By.id("assign-submit")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("form[action$='/assign']"),
                "اسفند ۱۴۰۴ ۲۹ روز دارد"));
        assertThat(browser.findElement(By.id("as-instructions")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.cssSelector("form[action$='/assign']")).getText()).contains("این خانه را پر کنید");
        assertThat(browser.findElement(By.id("as-follow")).getAttribute("aria-required")).isEqualTo("true");
        Browser.screenshot(browser, "form-inline-errors");
    }

    @Override
    void open(String path) {
        super.open(path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
    }

    private void check(String path, String name) throws Exception {
        open(path);
        checkHere(name);
    }

    private void checkHere(String name) throws Exception {
        Browser.accessibilityProblems(browser).forEach(p -> problems.add(name + ": " + p));
        Browser.focusProblems(browser, 40).forEach(p -> problems.add(name + ": " + p));
    }
}
