package ir.shenava.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.TestMailServer;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A mailbox that has failed to fetch for an hour: the administrators get one notification and one
 * mail per outage, and health shows it as OUT_OF_SERVICE (still HTTP 200).
 */
@ShenavaIntegrationTest
class MailboxOutageTest {

    @Autowired
    Mailboxes mailboxes;
    @Autowired
    MailboxFetcher fetcher;
    @Autowired
    MailboxOutages outages;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    Map<String, HealthIndicator> indicators;

    @Test
    void anHourOfFailedFetchesAlertsTheAdministratorsOncePerOutageAndShowsInHealth() throws Exception {
        TestMailServer.running();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String adminEmail = "admin." + tag + "@example.ir";
        long admin = accounts.create("adm" + tag, "password-123", new StaffAccounts.Profile("مدیر سامانهٔ آزمون", adminEmail,
                null, null, null, EnumSet.of(Role.ADMIN), true)).getId();
        Mailbox box = mailboxes.add(new Mailbox.Settings("قطع " + tag, "127.0.0.1", 1, false, "nobody", "pass", "INBOX", null));
        try {
            Instant start = Instant.now();
            clock.set(start);
            fetcher.fetch(box.getId());
            assertThat(mailboxes.find(box.getId()).orElseThrow().isFailing()).isTrue();
            outages.alertOnce();
            assertThat(notifications(admin, box.getId())).isZero();
            assertThat(mailboxHealth().getStatus()).isEqualTo(Status.UP);

            clock.set(start.plus(Duration.ofMinutes(61)));
            fetcher.fetch(box.getId());
            outages.alertOnce();
            awaitNotifications(admin, box.getId(), 1);
            Health health = mailboxHealth();
            assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(health.getDetails()).containsKey("قطع " + tag);
            var response = mvc.perform(get("/actuator/health")).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString()).contains("OUT_OF_SERVICE");
            List<MimeMessage> mails = awaitMails(adminEmail, tag, 1);
            assertThat(mails.get(0).getSubject()).contains("ایمیلی دریافت");

            // still the same outage two hours later: no second alert
            clock.set(start.plus(Duration.ofMinutes(130)));
            fetcher.fetch(box.getId());
            outages.alertOnce();
            assertThat(notifications(admin, box.getId())).isEqualTo(1);

            // it recovers, then fails again for an hour: a new outage, a new alert
            mailboxes.recordSuccess(box.getId(), 0);
            assertThat(mailboxHealth().getDetails()).doesNotContainKey("قطع " + tag);
            clock.set(start.plus(Duration.ofMinutes(140)));
            fetcher.fetch(box.getId());
            clock.set(start.plus(Duration.ofMinutes(201)));
            outages.alertOnce();
            awaitNotifications(admin, box.getId(), 2);
            awaitMails(adminEmail, tag, 2);
        } finally {
            mailboxes.setActive(box.getId(), false);
        }
        assertThat(mailboxHealth().getDetails()).doesNotContainKey("قطع " + tag);
    }

    private Health mailboxHealth() {
        return (Health) indicators.get("mailboxesHealthIndicator").health();
    }

    private int notifications(long staffId, long mailboxId) {
        return jdbc.queryForObject("select count(*) from staff_notification where staff_id = ? and kind = 'MAILBOX_FAILING' "
                + "and case_id = ?", Integer.class, staffId, mailboxId);
    }

    /** The alert is delivered after commit on another thread: wait for it (bounded). */
    private void awaitNotifications(long staffId, long mailboxId, int expected) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(20);
        while (notifications(staffId, mailboxId) < expected && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
        assertThat(notifications(staffId, mailboxId)).isEqualTo(expected);
    }

    /**
     * The alerts about this mailbox (its name, with the test's tag, is in the mail): an administrator of the shared suite is
     * also told of other tests' failing mailboxes when the test clock has moved past their hour. The administrator's own
     * name carries no tag, so the greeting of those other alerts does not count them in.
     */
    private List<MimeMessage> awaitMails(String address, String mailbox, int expected) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(20);
        List<MimeMessage> mails = about(to(address), mailbox);
        while (mails.size() < expected && Instant.now().isBefore(until)) {
            Thread.sleep(50);
            mails = about(to(address), mailbox);
        }
        assertThat(mails).hasSize(expected);
        return mails;
    }

    private static List<MimeMessage> about(List<MimeMessage> mails, String mailbox) {
        return mails.stream().filter(m -> {
            try {
                String text = ir.shenava.notifications.Mails.part(m, "text/plain");
                return (m.getSubject() != null && m.getSubject().contains(mailbox)) || (text != null && text.contains(mailbox));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static List<MimeMessage> to(String address) {
        return TestMailServer.running().findReceivedMessages(u -> true, m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO) != null
                        && ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
