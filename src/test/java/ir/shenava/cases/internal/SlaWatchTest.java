package ir.shenava.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.cases.CaseEscalated;
import ir.shenava.cases.CaseReminder;
import ir.shenava.cases.SlaMilestone;
import ir.shenava.cases.SlaState;
import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.JalaliDate;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffSummary;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SLA job against the real database with the test clock. Each test opens its cases through
 * intake on Tuesday 21 Bahman 1404 (10 February 2026), 14:00 — long before the present, so the
 * job's passes meet only cases of this class — and moves the clock along their due moments. Every
 * assertion is about the test's own cases.
 */
@ShenavaIntegrationTest
@RecordApplicationEvents
class SlaWatchTest {

    static final Instant OPENED = Instant.parse("2026-02-10T10:30:00Z"); // 14:00 in Tehran

    @Autowired
    SlaWatch watch;
    @Autowired
    TestClock clock;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffDirectory staff;
    @Autowired
    CaseRepository cases;
    @Autowired
    CaseAssignments assignments;
    @Autowired
    CaseSlaView slaView;
    @Autowired
    SlaTargets targets;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void anOverdueCaseRemindsItsOwnerOnceThenEscalatesOnceToTheManagerAndLaterToTheCeo() {
        String tag = tag();
        StaffSummary ceo = ceo();
        long manager = person(tag + "m", Role.SENIOR_MANAGER, ceo.id().value());
        long owner = person(tag + "o", Role.MANAGER, manager);
        ComplaintCase c = openCase(tag, owner);
        Instant due = c.getAcknowledgeDueAt();
        assertThat(c.nextMilestone()).isEqualTo(SlaMilestone.ACKNOWLEDGE);
        assertThat(due).as("8 working hours from Tuesday 14:00 skip 22 Bahman and the Friday")
                .isEqualTo(Instant.parse("2026-02-14T06:30:00Z"));
        assertThat(slaView.of(c).state()).isEqualTo(SlaState.ON_TIME);

        clock.set(due.minusSeconds(60));
        watch.runOnce();
        assertThat(reminders(c)).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(CaseReminder.Kind.DUE_SOON);
            assertThat(r.staffId()).isEqualTo(owner);
            assertThat(r.milestone()).isEqualTo(SlaMilestone.ACKNOWLEDGE);
            assertThat(r.dueAt()).isEqualTo(due);
        });
        assertThat(escalations(c)).isEmpty();
        assertThat(slaView.forIds(List.of(c.getId(), -1L)).values()).singleElement()
                .extracting(CaseSlaView.CaseSla::state).isEqualTo(SlaState.DUE_SOON);
        watch.runOnce();
        assertThat(reminders(c)).as("once per milestone").hasSize(1);

        clock.set(due);
        watch.runOnce();
        assertThat(reminders(c)).extracting(CaseReminder::kind)
                .containsExactly(CaseReminder.Kind.DUE_SOON, CaseReminder.Kind.OVERDUE);
        assertThat(escalations(c)).singleElement().satisfies(e -> {
            assertThat(e.toStaffId()).isEqualTo(manager);
            assertThat(e.level()).isEqualTo(1);
            assertThat(e.reason()).isEqualTo(CaseEscalated.Reason.OVERDUE);
        });
        ComplaintCase escalated = cases.findById(c.getId()).orElseThrow();
        assertThat(escalated.getEscalationLevel()).isEqualTo(1);
        assertThat(escalated.getEscalatedTo()).isEqualTo(manager);
        assertThat(slaView.of(escalated).state()).isEqualTo(SlaState.OVERDUE);
        assertThat(signals(c)).containsExactly("DUE_SOON:ACKNOWLEDGE", "OVERDUE:ACKNOWLEDGE");
        assertThat(mayReadComplaint(c, manager)).as("intake lets the manager see the complaint").isTrue();

        clock.set(Instant.parse("2026-02-14T19:30:00Z")); // Saturday 23:00: 13 hours late, 6 of them working
        watch.runOnce();
        Instant ceoTime = targets.calendar().addWorkingTime(due, Duration.ofHours(8));
        assertThat(ceoTime).isEqualTo(Instant.parse("2026-02-15T06:30:00Z")); // Sunday 10:00
        clock.set(ceoTime);
        watch.runOnce();
        watch.runOnce();
        assertThat(reminders(c)).hasSize(2);
        assertThat(escalations(c)).extracting(CaseEscalated::level, CaseEscalated::toStaffId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, manager),
                        org.assertj.core.groups.Tuple.tuple(2, ceo.id().value()));
        ComplaintCase atCeo = cases.findById(c.getId()).orElseThrow();
        assertThat(atCeo.getEscalationLevel()).isEqualTo(2);
        assertThat(atCeo.getEscalatedTo()).isEqualTo(ceo.id().value());
        assertThat(signals(c)).containsExactly("DUE_SOON:ACKNOWLEDGE", "OVERDUE:ACKNOWLEDGE", "TO_CEO:ACKNOWLEDGE");
        assertThat(auditActions(c)).filteredOn("ESCALATED"::equals).hasSize(2);
    }

    @Test
    void twoRunsAtTheSameTimeStillSendEachReminderAndEscalationOnce() throws Exception {
        String tag = tag();
        StaffSummary ceo = ceo();
        long manager = person(tag + "m", Role.SENIOR_MANAGER, ceo.id().value());
        List<ComplaintCase> opened = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            opened.add(openCase(tag + i, person(tag + "o" + i, Role.MANAGER, manager)));
        }
        clock.set(Instant.parse("2026-02-16T12:00:00Z")); // Monday: past every acknowledgement and the CEO window
        Queue<Object> published = new ConcurrentLinkedQueue<>();
        ApplicationListener<ApplicationEvent> recorder = new ApplicationListener<>() {
            @Override
            public void onApplicationEvent(ApplicationEvent e) {
                if (e instanceof PayloadApplicationEvent<?> p) {
                    published.add(p.getPayload());
                }
            }
        };
        context.addApplicationListener(recorder);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return watch.runOnce();
                }));
            }
            for (Future<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
            context.removeApplicationListener(recorder);
        }

        for (ComplaintCase c : opened) {
            assertThat(published).filteredOn(e -> e instanceof CaseReminder r && r.caseId() == c.getId())
                    .as("one OVERDUE reminder for case %s", c.getId()).singleElement()
                    .extracting(e -> ((CaseReminder) e).kind()).isEqualTo(CaseReminder.Kind.OVERDUE);
            assertThat(published).filteredOn(e -> e instanceof CaseEscalated x && x.caseId() == c.getId())
                    .extracting(e -> ((CaseEscalated) e).level()).containsExactlyInAnyOrder(1, 2);
            assertThat(auditActions(c)).filteredOn("ESCALATED"::equals).hasSize(2);
            assertThat(signals(c)).containsExactly("OVERDUE:ACKNOWLEDGE", "TO_CEO:ACKNOWLEDGE");
            assertThat(cases.findById(c.getId()).orElseThrow().getEscalatedTo()).isEqualTo(ceo.id().value());
        }
    }

    @Test
    void theScheduledRunTakesTheClusterLockAndSkipsWhileAnotherNodeHoldsIt() {
        String tag = tag();
        long owner = person(tag + "o", Role.MANAGER, person(tag + "m", Role.SENIOR_MANAGER, ceo().id().value()));
        ComplaintCase c = openCase(tag, owner);
        clock.set(c.getAcknowledgeDueAt());
        jdbc.sql("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values ('cases-sla-watch', timezone('utc', now()) + interval '1 hour', timezone('utc', now()), 'other-node')
                on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by""").update();
        try {
            watch.onSchedule();
            assertThat(reminders(c)).as("another node holds the lock").isEmpty();

            releaseLock();
            watch.onSchedule();
            assertThat(reminders(c)).hasSize(1);
            assertThat(escalations(c)).hasSize(1);
            Map<String, Object> lock = jdbc.sql("""
                    select locked_by, lock_until > timezone('utc', now()) + interval '5 seconds' as held
                    from shedlock where name = 'cases-sla-watch'""").query().singleRow();
            assertThat(lock.get("locked_by")).isNotEqualTo("other-node");
            assertThat(lock.get("held")).as("held at least 20 s, so the other node's run a moment later skips")
                    .isEqualTo(true);
        } finally {
            releaseLock();
        }
    }

    @Test
    void aDelegatorIsRemindedOnceWhenTheFollowUpDateComes() {
        String tag = tag();
        long owner = person(tag + "o", Role.MANAGER, null);
        long expert = person(tag + "e", Role.SALES_EXPERT, owner);
        ComplaintCase c = openCase(tag, owner);
        LocalDate thursday = new JalaliDate(1404, 11, 23).toGregorian();
        Assignment task = assignments.assign(c.getId(), new Actor(owner, Set.of(Role.MANAGER)), expert,
                "با مشتری تماس بگیرید", thursday);

        clock.set(Instant.parse("2026-02-11T15:00:00Z")); // Wednesday evening
        watch.runOnce();
        assertThat(followUps(c)).isEmpty();

        clock.set(Instant.parse("2026-02-12T05:00:00Z")); // Thursday 08:30
        watch.runOnce();
        watch.runOnce();
        assertThat(followUps(c)).singleElement().satisfies(r -> {
            assertThat(r.staffId()).isEqualTo(owner);
            assertThat(r.milestone()).isNull();
            assertThat(r.dueAt()).isEqualTo(Instant.parse("2026-02-11T20:30:00Z")); // Thursday 00:00 in Tehran
        });
        assertThat(jdbc.sql("select follow_up_reminded from case_assignment where id = ?").param(task.getId())
                .query(Boolean.class).single()).isTrue();
    }

    private String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private long person(String username, Role role, Long managerId) {
        return accounts.create("sla" + username, "password-123", new StaffAccounts.Profile("کارمند " + username, null,
                null, null, managerId, EnumSet.of(role), true)).getId();
    }

    private StaffSummary ceo() {
        if (staff.activeWithRole(Role.CEO).isEmpty()) {
            person("ceo" + tag(), Role.CEO, null);
        }
        return staff.activeWithRole(Role.CEO).get(0);
    }

    /** A web complaint without contact details registered at {@link #OPENED}, its case handed to {@code owner}. */
    private ComplaintCase openCase(String tag, long owner) {
        clock.set(OPENED);
        Complaint complaint = intake.register(Channel.WEB_FORM, new Submission("شاکی " + tag, null, null, null, "SALES",
                null, null, "دستگاه دیر رسید " + tag, "شرح شکایت", null, null, null, null), List.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.existsById(complaint.getId()));
        tx.executeWithoutResult(s -> cases.findById(complaint.getId()).orElseThrow().changeOwner(owner));
        return cases.findById(complaint.getId()).orElseThrow();
    }

    private List<CaseReminder> reminders(ComplaintCase c) {
        return events.stream(CaseReminder.class)
                .filter(r -> r.caseId() == c.getId() && r.kind() != CaseReminder.Kind.FOLLOW_UP_DUE).toList();
    }

    private List<CaseReminder> followUps(ComplaintCase c) {
        return events.stream(CaseReminder.class)
                .filter(r -> r.caseId() == c.getId() && r.kind() == CaseReminder.Kind.FOLLOW_UP_DUE).toList();
    }

    private List<CaseEscalated> escalations(ComplaintCase c) {
        return events.stream(CaseEscalated.class).filter(e -> e.caseId() == c.getId()).toList();
    }

    private List<String> signals(ComplaintCase c) {
        return jdbc.sql("select kind from case_sla_signal where case_id = ? order by sent_at, kind").param(c.getId())
                .query(String.class).list();
    }

    private List<String> auditActions(ComplaintCase c) {
        return jdbc.sql("select action from case_audit where case_id = ? order by id").param(c.getId())
                .query(String.class).list();
    }

    private boolean mayReadComplaint(ComplaintCase c, long staffId) {
        return jdbc.sql("select count(*) from complaint_access where complaint_id = ? and staff_id = ?")
                .params(c.getId(), staffId).query(Integer.class).single() == 1;
    }

    private void releaseLock() {
        jdbc.sql("update shedlock set lock_until = timezone('utc', now()) where name = 'cases-sla-watch'").update();
    }
}
