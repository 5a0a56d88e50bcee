package ir.shenava.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestMailServer;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.shared.PersianText;
import ir.shenava.staff.Role;
import ir.shenava.surveys.FollowUpCallUnreachable;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A follow-up call ended unreachable (issue 12 §2): every quality manager is told in the list and by mail, once. */
@ShenavaIntegrationTest
class CallUnreachableNotificationTest {

    @Autowired
    CaseTestSupport support;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theQualityManagersAreToldWithALinkToTheCall() throws Exception {
        TestMailServer.running();
        CaseTestSupport.Person quality = support.person(Role.QUALITY_MANAGER, null);
        CaseTestSupport.Person bystander = support.person(Role.MANAGER, null);
        long callId = ThreadLocalRandom.current().nextLong(1_000_000L, 9_000_000L);
        String customer = "بیمارستان بی‌پاسخ " + UUID.randomUUID().toString().substring(0, 8);
        FollowUpCallUnreachable unreachable = new FollowUpCallUnreachable(callId, 1L, customer, 5,
                Instant.parse("2026-10-20T09:00:00Z"));
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(unreachable));

        String email = quality.username() + "@example.ir";
        await().atMost(Duration.ofSeconds(20)).until(() -> Mails.to(email).size() == 1);
        MimeMessage mail = Mails.to(email).get(0);
        String number = PersianText.persianDigits(String.valueOf(callId));
        assertThat(mail.getSubject()).isEqualTo("تماس پیگیری بی‌پاسخ ماند — تماس شماره " + number);
        assertThat(Mails.part(mail, "text/html")).contains(customer, "پس از ۵ بار تلاش", "http://localhost:8080/calls/" + callId);

        String list = mvc.perform(get("/notifications").with(quality.auth())).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("href=\"/calls/" + callId + "\"", "تماس " + number, customer);
        assertThat(count(callId, bystander.id())).isZero();

        // delivered again (a resubmitted publication): nothing new
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(unreachable));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select count(*) from event_publication where completion_date is null and serialized_event like ?""")
                .param("%" + callId + "%").query(Long.class).single() == 0);
        assertThat(count(callId, quality.id())).isEqualTo(1);
    }

    private long count(long callId, long staffId) {
        return jdbc.sql("select count(*) from staff_notification where kind = 'CALL_UNREACHABLE' and case_id = ? and staff_id = ?")
                .params(callId, staffId).query(Long.class).single();
    }
}
