package ir.shenava.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.shared.JalaliDate;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Policy 4 in a real browser: an installation is recorded; a week later the caller finds the call in
 * the queue, gets no answer, agrees a call-back time on the second try, and on the third records the
 * survey from the keyboard — a low installation score with its reason. The dissatisfied answer becomes
 * a SURVEY case for the technical unit manager, whose case page shows the survey with its questions;
 * the sales manager finds the survey in the review list.
 */
@ShenavaIntegrationTest
class FollowUpCallJourneyTest extends BrowserJourney {

    /** The queue as the caller filters it by the customer's phone: other tests' calls wait in it too. */
    private static final String QUEUE = "/calls?q=09127654321";

    @Autowired
    StaffAccounts accounts;
    @Autowired
    CustomerRegistry customers;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    FollowUpCallJourneyTest() {
        super(Duration.ofSeconds(10));
    }

    private String person(String prefix, String name, Role role) {
        return Browser.staffMember(accounts, prefix, name, role);
    }

    private void at(String tehran) {
        clock.set(LocalDateTime.parse(tehran).atZone(JalaliDate.TEHRAN).toInstant());
    }

    private void click(WebElement element) {
        Browser.click(browser, wait, element);
    }

    private WebElement main() {
        return browser.findElement(By.tagName("main"));
    }

    private void claimFromQueue(String customer) {
        open(QUEUE);
        click(browser.findElement(By.xpath("//table[@id='calls-due']//tr[contains(., '" + customer + "')]//button[contains(@formaction, '/claim')]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attempt-form")));
    }

    private void logOutcome(String outcome) {
        new Select(browser.findElement(By.id("outcome"))).selectByValue(outcome);
        click(browser.findElement(By.id("log-attempt")));
    }

    /** Types into the focused question and waits until its answer is saved. */
    private void answer(String questionCode, CharSequence... keys) {
        WebElement question = browser.findElement(By.id("q-" + questionId(questionCode)));
        browser.switchTo().activeElement().sendKeys(keys);
        wait.until(ExpectedConditions.textToBePresentInElement(question.findElement(By.className("save-status")), "ذخیره شد"));
    }

    private long questionId(String code) {
        return jdbc.sql("""
                select q.id from survey_question q join survey s on s.questionnaire_id = q.questionnaire_id
                join follow_up_call c on c.id = s.call_id where c.customer_id = ? and q.code = ?""")
                .params(customerId, code).query(Long.class).single();
    }

    long customerId;

    @Test
    void installationToCompletedSurvey() throws Exception {
        String expert = person("tech", "مهدی نصاب آزمون", Role.TECHNICAL_EXPERT);
        String caller = person("call", "سارا تماس آزمون", Role.CALLER);
        // whom the routing rules name for installation and for sales, in case no one holds the role yet
        person("techm", "مدیر فنی آزمون", Role.TECHNICAL_MANAGER);
        accounts.create("salesm" + UUID.randomUUID().toString().substring(0, 5), "temporary-pass-1", new StaffAccounts.Profile(
                "مدیر فروش آزمون", null, null, jdbc.sql("select id from department where code = 'SALES'").query(Long.class).single(),
                null, EnumSet.of(Role.MANAGER), true));
        String name = "درمانگاه پیگیری " + UUID.randomUUID().toString().substring(0, 4);
        customerId = customers.create(new CustomerRegistry.CustomerData(null, name, CustomerKind.CLINIC, null, "شیراز", null,
                null, null)).getId();
        customers.saveContact(customerId, null, new CustomerRegistry.ContactData("خانم دکتر کاظمی", "مدیر فنی", "09127654321",
                null, null));
        String serial = "FU-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        customers.saveEquipment(customerId, null, new CustomerRegistry.EquipmentData(null, "دستگاه دیالیز", serial, null, null));

        // Tuesday 14 Mehr 1405: the expert records installation, commissioning and training done today
        at("2026-10-06T10:00");
        Browser.signIn(browser, wait, port, expert, "journey-pass-123");
        open("/customers/" + customerId);
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("ثبت خدمت تازه"))).click();
        new Select(browser.findElement(By.id("type"))).selectByValue("INSTALLATION_COMMISSIONING_TRAINING");
        new Select(browser.findElement(By.id("equipmentId"))).selectByVisibleText("دستگاه دیالیز — \u2068" + serial + "\u2069");   // the serial isolated (issue 15 §9)
        browser.findElement(By.id("doneOn")).sendKeys("۱۴۰۵/۰۷/۱۴");
        click(browser.findElement(By.xpath("//label[text()='مهدی نصاب آزمون']")));
        click(browser.findElement(By.cssSelector("form[action$='/service-records/new'] button[type=submit]")));
        waitForText("۱۴ مهر ۱۴۰۵");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from follow_up_call where customer_id = ?")
                .param(customerId).query(Long.class).single() == 1);

        // a week later the caller sees it among the due calls, with the installer's name on the call screen
        at("2026-10-13T09:00");
        Browser.signIn(browser, wait, port, caller, "journey-pass-123");
        open(QUEUE);
        WebElement row = browser.findElement(By.xpath("//table[@id='calls-due']//tr[contains(., '" + name + "')]"));
        assertThat(row.getText()).contains("خانم دکتر کاظمی").contains("دستگاه دیالیز").contains("۱۴ مهر ۱۴۰۵");
        assertThat(row.findElement(By.cssSelector("a[href^='tel:']")).getAttribute("href")).isEqualTo("tel:+989127654321");
        claimFromQueue(name);
        assertThat(main().getText()).contains("مهدی نصاب آزمون").contains("خانم دکتر کاظمی");
        logOutcome("NO_ANSWER");
        wait.until(ExpectedConditions.urlMatches(".*/calls$"));
        assertThat(browser.findElements(By.xpath("//table[@id='calls-due']//tr[contains(., '" + name + "')]"))).isEmpty();

        // four working hours later: busy now, call back tomorrow at 10:30
        at("2026-10-13T13:30");
        claimFromQueue(name);
        new Select(browser.findElement(By.id("outcome"))).selectByValue("CALL_BACK");
        browser.findElement(By.id("callBackDate")).sendKeys("۱۴۰۵/۰۷/۲۲");
        browser.findElement(By.id("callBackTime")).sendKeys("۱۰:۳۰");
        click(browser.findElement(By.id("log-attempt")));
        wait.until(ExpectedConditions.urlMatches(".*/calls$"));
        open(QUEUE);
        assertThat(browser.findElement(By.xpath("//table[@id='calls-callback']//tr[contains(., '" + name + "')]")).getText())
                .contains("۲۲ مهر ۱۴۰۵، ۱۰:۳۰");

        // the agreed time: the customer answers; the caller records the survey from the keyboard
        at("2026-10-14T10:31");
        claimFromQueue(name);
        logOutcome("ANSWERED");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("script")));
        assertThat(browser.findElement(By.id("greeting")).getText()).contains("خانم دکتر کاظمی").contains("دستگاه دیالیز");
        // keyboard first: the first question has the focus as soon as the page is there
        String firstScore = "q" + questionId("STAFF_CONDUCT") + "-s1";
        wait.until(d -> firstScore.equals(browser.executeScript("return document.activeElement.id")));
        answer("STAFF_CONDUCT", "5");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        answer("SALES_PROCESS", "4");                     // answered: the sales manager reviews it
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        answer("INSTALLATION", "2");                      // dissatisfied: the reasons open
        WebElement late = browser.findElement(By.xpath("//input[@id='q" + questionId("INSTALLATION") + "-r-INST.LATE']"));
        wait.until(ExpectedConditions.visibilityOf(late));
        click(late);
        WebElement words = late.findElement(By.xpath("ancestor::div[contains(@class,'reasons')]//textarea"));
        words.sendKeys("راه‌اندازی سه روز دیرتر از قرار انجام شد");
        wait.until(ExpectedConditions.textToBePresentInElement(browser.findElement(By.id("q-" + questionId("INSTALLATION")))
                .findElement(By.className("save-status")), "ذخیره شد"));
        Browser.screenshot(browser, "call-screen");
        words.sendKeys(Keys.ENTER);
        answer("TRAINING", "4");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        answer("SUPPORT_CONTACT", "4");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        answer("OVERALL", "3");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        answer("RECOMMEND", "7");
        click(browser.findElement(By.id("complete")));
        wait.until(ExpectedConditions.urlMatches(".*/calls$"));
        assertThat(main().getText()).contains("نظرسنجی ثبت شد");

        assertThat(jdbc.sql("select status from follow_up_call where customer_id = ?").param(customerId).query(String.class).single())
                .isEqualTo("COMPLETED");
        assertThat(jdbc.sql("""
                select r.score from survey_response r join survey s on s.id = r.survey_id join survey_question q on q.id = r.question_id
                join follow_up_call c on c.id = s.call_id where c.customer_id = ? and q.code = 'INSTALLATION'""")
                .param(customerId).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                select u.reason_code from dissatisfaction_reason_use u join survey s on s.id = u.source_id and u.source = 'SURVEY'
                join follow_up_call c on c.id = s.call_id where c.customer_id = ?""").param(customerId).query(String.class).list())
                .containsExactly("INST.LATE");
        assertThat(jdbc.sql("select count(*) from call_attempt a join follow_up_call c on c.id = a.call_id where c.customer_id = ?")
                .param(customerId).query(Long.class).single()).isEqualTo(3);

        // the low installation score became a SURVEY case for the technical unit manager, showing the survey
        long surveyId = jdbc.sql("select s.id from survey s join follow_up_call c on c.id = s.call_id where c.customer_id = ?")
                .param(customerId).query(Long.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from survey_complaint k join complaint_case c"
                + " on c.id = k.complaint_id where k.survey_id = ? and 'INSTALLATION_TRAINING' = any(k.sections)")
                .param(surveyId).query(Long.class).single() == 1);
        long caseId = jdbc.sql("select complaint_id from survey_complaint where survey_id = ? and 'INSTALLATION_TRAINING' = any(sections)")
                .param(surveyId).query(Long.class).single();
        long ownerId = jdbc.sql("select owner_id from complaint where id = ?").param(caseId).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from staff_role where staff_id = ? and role = 'TECHNICAL_MANAGER'").param(ownerId)
                .query(Long.class).single()).isEqualTo(1);
        Browser.signIn(browser, wait, port, signInAs(ownerId), "journey-pass-123");
        open("/cases/" + caseId);
        String installationQuestion = jdbc.sql("select q.text_fa from survey_question q join survey s"
                + " on s.questionnaire_id = q.questionnaire_id where s.id = ? and q.code = 'INSTALLATION'")
                .param(surveyId).query(String.class).single();
        WebElement answers = wait.until(ExpectedConditions.presenceOfElementLocated(By.className("survey-answers")));
        assertThat(answers.getText()).contains(installationQuestion).contains("راه‌اندازی سه روز دیرتر از قرار انجام شد");

        // the sales manager reviews the survey's sales section: it waits in the review list
        long salesReviewer = jdbc.sql("select staff_id from survey_review where survey_id = ? and 'SALES' = any(sections) limit 1")
                .param(surveyId).query(Long.class).single();
        Browser.signIn(browser, wait, port, signInAs(salesReviewer), "journey-pass-123");
        open("/surveys/review");
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main"))).getText()).contains(name);
    }

    /** Someone the routing rules chose among the shared database's staff: give them a password this journey knows. */
    private String signInAs(long staffId) {
        String username = jdbc.sql("select username from staff where id = ?").param(staffId).query(String.class).single();
        accounts.resetPassword(staffId, "temporary-pass-1");
        accounts.changeOwnPassword(username, "temporary-pass-1", "journey-pass-123");
        return username;
    }
}

