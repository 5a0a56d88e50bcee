package ir.shenava.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.analytics.internal.Quarters;
import ir.shenava.shared.JalaliQuarter;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import ir.shenava.surveys.QuestionType;
import ir.shenava.surveys.SurveyAnswer;
import ir.shenava.surveys.SurveyCompleted;
import ir.shenava.surveys.SurveyMode;
import ir.shenava.surveys.SurveySection;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Policy 5 in a real browser: the quality manager opens the last closed quarter, clicks the top
 * reason into the surveys behind it, writes the evaluation and two actions; the CEO approves (the
 * review locks) and downloads the PDF pack. Leaves target/screenshots/analytics-dashboard.png.
 */
@ShenavaIntegrationTest
class AnalyticsJourneyTest extends BrowserJourney {

    static final AtomicLong IDS = new AtomicLong(5_000_000_000L + System.nanoTime() % 1_000_000_000L);

    @Autowired
    StaffAccounts accounts;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    AnalyticsJourneyTest() {
        super(Duration.ofSeconds(15));
    }

    private String person(String prefix, String name, Role role) {
        String username = prefix + UUID.randomUUID().toString().substring(0, 5);
        accounts.create(username, "temporary-pass-1", new StaffAccounts.Profile(name, null, null, null, null, EnumSet.of(role), true));
        accounts.changeOwnPassword(username, "temporary-pass-1", "journey-pass-123");
        return username;
    }

    private WebElement main() {
        return browser.findElement(By.tagName("main"));
    }

    /** Surveys of the last closed quarter: INST.LATE three times (the top reason), SALES.PAPERWORK once. */
    private void surveys(JalaliQuarter q) {
        Instant at = Quarters.start(q).plus(Duration.ofDays(20));
        List<Long> ids = new ArrayList<>();
        String[] reasons = {"INST.LATE", "INST.LATE", "INST.LATE", "SALES.PAPERWORK", null, null};
        for (int i = 0; i < reasons.length; i++) {
            long id = IDS.incrementAndGet();
            ids.add(id);
            String reason = reasons[i];
            int score = reason == null ? 5 : 2;
            tx.executeWithoutResult(s -> events.publishEvent(new SurveyCompleted(id, id, 1, List.of(), Set.of(), Set.of(), 1, 1,
                    SurveyMode.PHONE, null, at, List.of(new SurveyAnswer("Q_INSTALL", SurveySection.INSTALLATION_TRAINING,
                            QuestionType.SCALE, score, false, reason != null, reason == null ? List.of() : List.of(reason), null)))));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from analytics_survey where survey_id = any(?)", Long.class, (Object) ids.toArray(Long[]::new)) == 6);
    }

    @Test
    void theQualityManagerEvaluatesTheQuarterAndTheCeoApprovesAndDownloadsThePack() throws Exception {
        JalaliQuarter q = Quarters.lastClosed(clock);
        surveys(q);
        String qm = person("qm", "مدیر کیفیت آزمون", Role.QUALITY_MANAGER);
        String ceo = person("ceo", "مدیرعامل آزمون", Role.CEO);
        String owner = person("own", "مسئول اقدام آزمون", Role.MANAGER);

        Browser.signIn(browser, wait, port, qm, "journey-pass-123");
        open("/analytics");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pareto-survey-table")));
        wait.until(d -> (Boolean) browser.executeScript(
                "return !!document.querySelector('canvas[data-chart]') && !!window.Chart && !!Chart.getChart(document.querySelector('#chart-section-means'));"));
        Browser.screenshot(browser, "analytics-dashboard");
        WebElement top = browser.findElement(By.cssSelector("#pareto-survey-table tbody tr:first-child"));
        assertThat(top.getText()).contains("تأخیر در نصب و راه‌اندازی");
        Browser.click(browser, wait, top.findElement(By.cssSelector("a.reason-link")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list-total"), "تعداد:"));
        long listed = browser.findElements(By.cssSelector("#list-rows tbody tr")).size();
        assertThat(browser.findElement(By.id("list-total")).getText()).isEqualTo("تعداد: " + persian(listed));
        assertThat(listed).isGreaterThanOrEqualTo(3);

        // the evaluation: prepare the draft unless the quarter-end job already did
        open("/analytics/reviews/" + q);
        if (!browser.getCurrentUrl().endsWith("/analytics/reviews/" + q)) {
            Browser.click(browser, wait, browser.findElement(By.id("prepare")));
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("analysis-form")));
        WebElement cause = browser.findElement(By.cssSelector("textarea[name='cause.SURVEY:INST.LATE']"));
        cause.clear();
        cause.sendKeys("برنامه‌ریزی نصب با موجودی انبار هماهنگ نیست");
        browser.findElement(By.id("analysis")).sendKeys("تأخیر نصب مهم‌ترین دلیل نارضایتی این سه‌ماهه است.");
        browser.findElement(By.id("attendees")).sendKeys("مدیرعامل، مدیر کیفیت، مدیر فنی");
        Browser.click(browser, wait, browser.findElement(By.id("save-analysis")));
        waitForText("ذخیره شد.");
        for (String action : new String[] {"هماهنگی هفتگی برنامه نصب و انبار", "پیگیری تلفنی پیش از هر نصب"}) {
            browser.findElement(By.id("action-description")).sendKeys(action);
            new Select(browser.findElement(By.id("action-owner"))).selectByVisibleText("مسئول اقدام آزمون");
            browser.findElement(By.id("action-due")).sendKeys("۱۴۰۶/۰۱/۲۰");
            Browser.click(browser, wait, browser.findElement(By.id("add-action")));
            waitForText(action);
        }

        // the CEO approves: the review locks
        Browser.signIn(browser, wait, port, ceo, "journey-pass-123");
        open("/analytics/reviews/" + q);
        Browser.click(browser, wait, browser.findElement(By.id("approve")));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElement(browser.findElement(By.id("review-status")), "تأییدشده"));
        assertThat(browser.findElements(By.id("save-analysis"))).isEmpty();
        assertThat(main().getText()).contains("پیگیری تلفنی پیش از هر نصب").contains("مسئول اقدام آزمون");

        // and downloads the pack with his session
        String href = browser.findElement(By.id("review-pdf")).getAttribute("href");
        String cookies = String.join("; ", browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).toList());
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

        // the owner finds his actions under "my actions"
        Browser.signIn(browser, wait, port, owner, "journey-pass-123");
        open("/analytics/actions/mine");
        assertThat(browser.findElement(By.id("my-actions")).getText()).contains("هماهنگی هفتگی برنامه نصب و انبار");
    }

    private static String persian(long n) {
        return ir.shenava.shared.PersianText.persianDigits(String.valueOf(n));
    }
}
