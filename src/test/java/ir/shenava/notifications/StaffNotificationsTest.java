package ir.shenava.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestMailServer;
import ir.shenava.cases.AssignmentEnded;
import ir.shenava.cases.CaseAssigned;
import ir.shenava.cases.CaseEscalated;
import ir.shenava.cases.CaseOpened;
import ir.shenava.cases.CaseReminder;
import ir.shenava.cases.CustomerNotSatisfied;
import ir.shenava.cases.SlaMilestone;
import ir.shenava.intake.TrackingCode;
import ir.shenava.notifications.internal.MailPreferences;
import ir.shenava.notifications.internal.NotificationKind;
import ir.shenava.notifications.internal.StaffNotified;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cases module's events reach the staff member concerned: a row in their notification list and
 * a Persian mail, unless they turned that kind off (never for escalations); twice the same event
 * is still one notification, and a mail server that is down delays the mail but loses nothing.
 */
@ShenavaIntegrationTest
class StaffNotificationsTest {

    /** Case ids of these tests: far above real complaints, unique per test. */
    private static final AtomicLong CASES = new AtomicLong(9_000_000_000L + System.nanoTime() % 1_000_000_000L);
    private static final Instant AT = Instant.parse("2025-03-21T08:00:00Z"); // 1 Farvardin 1404, 11:30 in Tehran

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    MailPreferences preferences;
    @Autowired
    IncompleteEventPublications incomplete;

    record Person(long id, String email) {
    }

    Person person(String name) {
        String email = "staff." + UUID.randomUUID().toString().substring(0, 8) + "@shenava.example";
        long id = accounts.create("n" + UUID.randomUUID().toString().substring(0, 12), "Temp-pass-123",
                new StaffAccounts.Profile(name, email, null, null, null, Set.of(Role.MANAGER), true)).getId();
        return new Person(id, email);
    }

    void publish(Object event) {
        tx.executeWithoutResult(status -> events.publishEvent(event));
    }

    List<Map<String, Object>> rows(long staffId) {
        return jdbc.queryForList("select id, kind, case_id, tracking_code, array_to_string(params, '|') as params, read_at "
                + "from staff_notification where staff_id = ? order by id", staffId);
    }

    List<Map<String, Object>> awaitRows(long staffId, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> rows(staffId).size() >= count);
        return rows(staffId);
    }

    static String code() {
        return TrackingCode.random().value();
    }

    static String display(String code) {
        return new TrackingCode(code).display();
    }

    static String html(MimeMessage mail) throws Exception {
        return Mails.part(mail, "text/html");
    }

    @Test
    void theDelegateSeesTheAssignmentAndGetsAPersianMail() throws Exception {
        TestMailServer.running();
        Person ceo = person("مهدی رستمی");
        Person delegate = person("سارا کریمی");
        long caseId = CASES.incrementAndGet();
        String code = code();

        publish(new CaseAssigned(caseId, 71, code, ceo.id(), delegate.id(), "با مشتری تماس بگیرید.",
                LocalDate.of(2025, 3, 21), AT));

        List<Map<String, Object>> rows = awaitRows(delegate.id(), 1);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("kind", "ASSIGNED").containsEntry("case_id", caseId)
                .containsEntry("tracking_code", code).containsEntry("params", "مهدی رستمی|2025-03-21|با مشتری تماس بگیرید.");
        assertThat(rows.get(0).get("read_at")).isNull();
        assertThat(rows(ceo.id())).isEmpty();

        await().atMost(Duration.ofSeconds(15)).until(() -> Mails.to(delegate.email()).size() == 1);
        MimeMessage mail = Mails.to(delegate.email()).get(0);
        assertThat(mail.getSubject()).isEqualTo("ارجاع به شما — کد رهگیری " + display(code));
        assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress()).isEqualTo(delegate.email());
        assertThat(mail.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        assertThat(html(mail)).contains("dir=\"rtl\"").contains("سارا کریمی گرامی")
                .contains("مهدی رستمی پرونده " + display(code) + " را به شما ارجاع داد")
                .contains("۱ فروردین ۱۴۰۴") // the follow-up day, in Jalali with Persian digits
                .contains("http://localhost:8080/cases/" + caseId)
                .contains("http://localhost:8080/notifications/settings");
        assertThat(Mails.part(mail, "text/plain")).contains("http://localhost:8080/cases/" + caseId);
    }

    @Test
    void everyEventReachesThePersonItConcerns() throws Exception {
        TestMailServer.running();
        Person owner = person("مالک پرونده");
        Person delegator = person("ارجاع‌دهنده");
        Person delegate = person("انجام‌دهنده");
        Person manager = person("مدیر بالاتر");
        long caseId = CASES.incrementAndGet();
        String code = code();

        publish(new CaseOpened(caseId, code, "دستگاه دیر رسید", owner.id(), false, AT.plusSeconds(86_400), AT));
        publish(new AssignmentEnded(caseId, 81, code, delegator.id(), delegate.id(), false, AT));
        publish(new AssignmentEnded(caseId, 82, code, delegator.id(), delegate.id(), true, AT));
        publish(new CaseReminder(caseId, code, delegator.id(), CaseReminder.Kind.FOLLOW_UP_DUE, null, AT, AT));
        publish(new CaseReminder(caseId, code, owner.id(), CaseReminder.Kind.DUE_SOON, SlaMilestone.FIRST_CONTACT, AT, AT));
        publish(new CaseReminder(caseId, code, owner.id(), CaseReminder.Kind.OVERDUE, SlaMilestone.RESOLUTION, AT, AT));
        publish(new CustomerNotSatisfied(caseId, code, owner.id(), "هنوز کار نمی‌کند", AT));
        publish(new CaseEscalated(caseId, code, manager.id(), 1, CaseEscalated.Reason.OVERDUE, AT));

        assertThat(awaitRows(owner.id(), 4)).extracting(r -> r.get("kind"))
                .containsExactlyInAnyOrder("CASE_OPENED", "DUE_SOON", "OVERDUE", "NOT_SATISFIED");
        assertThat(awaitRows(delegator.id(), 2)).extracting(r -> r.get("kind"))
                .containsExactlyInAnyOrder("TASK_RETURNED", "FOLLOW_UP_DUE");
        assertThat(awaitRows(delegate.id(), 1)).extracting(r -> r.get("kind")).containsExactly("TASK_TAKEN_BACK");
        assertThat(awaitRows(manager.id(), 1)).extracting(r -> r.get("kind")).containsExactly("ESCALATED");

        await().atMost(Duration.ofSeconds(20)).until(() -> Mails.to(owner.email()).size() == 4
                && Mails.to(delegator.email()).size() == 2 && Mails.to(delegate.email()).size() == 1
                && Mails.to(manager.email()).size() == 1);
        String c = display(code);
        assertThat(html(Mails.to(owner.email(), "پرونده تازه").get(0))).contains("دستگاه دیر رسید");
        assertThat(html(Mails.to(owner.email(), "مهلت نزدیک است").get(0)))
                .contains("مهلت «نخستین تماس با مشتری» در پرونده " + c + " نزدیک است: ۱ فروردین ۱۴۰۴، ۱۱:۳۰");
        assertThat(html(Mails.to(owner.email(), "مهلت گذشته است").get(0))).contains("«رفع مشکل»");
        assertThat(html(Mails.to(owner.email(), "نارضایتی مشتری").get(0))).contains("هنوز کار نمی‌کند");
        assertThat(html(Mails.to(delegator.email(), "کار ارجاعی برگشت").get(0))).contains("انجام‌دهنده");
        assertThat(Mails.to(delegator.email(), "موعد پیگیری")).hasSize(1);
        assertThat(html(Mails.to(delegate.email(), "ارجاع پس گرفته شد").get(0))).contains("ارجاع‌دهنده");
        MimeMessage escalation = Mails.to(manager.email()).get(0);
        assertThat(escalation.getSubject()).isEqualTo("تشدید پرونده — کد رهگیری " + c);
        assertThat(html(escalation)).contains("سطح ۱").contains("گذشتن مهلت")
                .doesNotContain("/notifications/settings").contains("همیشه فرستاده می‌شود");
    }

    @Test
    void theSameEventTwiceIsOneNotificationAndOneMail() throws Exception {
        TestMailServer.running();
        Person from = person("ارجاع‌دهنده تکرار");
        Person to = person("گیرنده تکرار");
        CaseAssigned assigned = new CaseAssigned(CASES.incrementAndGet(), 91, code(), from.id(), to.id(), "بررسی کنید",
                LocalDate.of(2025, 4, 1), AT);

        publish(assigned);
        awaitRows(to.id(), 1);
        publish(assigned);
        await().atMost(Duration.ofSeconds(10)).until(() -> Mails.completed(jdbc, "StaffAlerts", assigned.trackingCode()));
        await().atMost(Duration.ofSeconds(15)).until(() -> Mails.to(to.email()).size() == 1);
        Thread.sleep(500);

        assertThat(rows(to.id())).hasSize(1);
        assertThat(Mails.to(to.email())).hasSize(1);
    }

    @Test
    void aKindTurnedOffStillShowsInTheListButSendsNoMail() throws Exception {
        TestMailServer.running();
        Person from = person("ارجاع‌دهنده بی‌ایمیل");
        Person to = person("گیرنده بی‌ایمیل");
        preferences.save(to.id(), EnumSet.complementOf(EnumSet.of(NotificationKind.ASSIGNED)));

        publish(new CaseAssigned(CASES.incrementAndGet(), 92, code(), from.id(), to.id(), "بررسی کنید",
                LocalDate.of(2025, 4, 1), AT));

        long id = (Long) awaitRows(to.id(), 1).get(0).get("id");
        await().atMost(Duration.ofSeconds(10)).until(() -> Mails.completed(jdbc, "StaffMail", "\"notificationId\":" + id));
        Thread.sleep(300);
        assertThat(Mails.to(to.email())).isEmpty();
        assertThat(preferences.wantsMail(to.id(), NotificationKind.ASSIGNED)).isFalse();
        assertThat(preferences.wantsMail(to.id(), NotificationKind.OVERDUE)).isTrue();
    }

    @Test
    void anEscalationIsMailedEvenWhenEveryMailIsTurnedOff() throws Exception {
        TestMailServer.running();
        Person manager = person("مدیر بی‌ایمیل");
        preferences.save(manager.id(), Set.of());
        assertThat(preferences.mailed(manager.id())).containsExactly(NotificationKind.ESCALATED);

        publish(new CaseEscalated(CASES.incrementAndGet(), code(), manager.id(), 2, CaseEscalated.Reason.NOT_SATISFIED, AT));

        awaitRows(manager.id(), 1);
        await().atMost(Duration.ofSeconds(15)).until(() -> Mails.to(manager.email()).size() == 1);
        assertThat(html(Mails.to(manager.email()).get(0))).contains("سطح ۲").contains("نارضایتی مشتری");
    }

    @Test
    void whileTheMailServerIsDownTheNotificationIsListedAndItsMailGoesOnceItIsBack() throws Exception {
        Person manager = person("مدیر در انتظار");
        TestMailServer.stop();
        publish(new CaseEscalated(CASES.incrementAndGet(), code(), manager.id(), 1, CaseEscalated.Reason.OVERDUE, AT));
        long id = (Long) awaitRows(manager.id(), 1).get(0).get("id"); // listed at once, mail or no mail
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> Mails.failed(jdbc, "StaffMail", "\"notificationId\":" + id));
            assertThat(Mails.unfinished(jdbc, "StaffMail", "\"notificationId\":" + id)).isEqualTo(1);
        } finally {
            TestMailServer.running();
        }
        assertThat(Mails.to(manager.email())).isEmpty();

        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof StaffNotified n && n.notificationId() == id);

        await().atMost(Duration.ofSeconds(15)).until(() -> Mails.to(manager.email()).size() == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> Mails.unfinished(jdbc, "StaffMail", "\"notificationId\":" + id) == 0);
        Thread.sleep(500);
        assertThat(Mails.to(manager.email())).hasSize(1);
        assertThat(rows(manager.id())).hasSize(1);
    }
}
