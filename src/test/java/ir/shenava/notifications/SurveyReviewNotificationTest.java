package ir.shenava.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestMailServer;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.shared.PersianText;
import ir.shenava.staff.Role;
import ir.shenava.surveys.SurveyReviewDue;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A survey waiting for review: a notification that leads to the survey page, and a Persian mail. */
@ShenavaIntegrationTest
class SurveyReviewNotificationTest {

    @Autowired
    CaseTestSupport support;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MockMvc mvc;

    @Test
    void theReviewerIsToldInTheListAndByMail() throws Exception {
        TestMailServer.running();
        CaseTestSupport.Person reviewer = support.person(Role.MANAGER, null);
        long surveyId = ThreadLocalRandom.current().nextLong(1_000_000L, 9_000_000L);
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(
                new SurveyReviewDue(surveyId, reviewer.id(), Instant.parse("2025-03-20T06:00:00Z"))));

        String email = reviewer.username() + "@example.ir";
        await().atMost(Duration.ofSeconds(20)).until(() -> Mails.to(email).size() == 1);
        MimeMessage mail = Mails.to(email).get(0);
        String number = PersianText.persianDigits(String.valueOf(surveyId));
        assertThat(mail.getSubject()).isEqualTo("نظرسنجی در انتظار بررسی — نظرسنجی شماره " + number);
        assertThat(Mails.part(mail, "text/html")).contains("نظرسنجی پیگیری شماره " + number, "۳۰ اسفند ۱۴۰۳",
                "http://localhost:8080/surveys/" + surveyId);

        String list = mvc.perform(get("/notifications").with(reviewer.auth())).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/surveys/" + surveyId, "نظرسنجی " + number);
    }
}
