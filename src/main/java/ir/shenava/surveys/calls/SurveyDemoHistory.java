package ir.shenava.surveys.calls;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.EquipmentSummary;
import ir.shenava.platform.DemoClock;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffSummary;
import ir.shenava.surveys.SurveyMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --spring.profiles.active=demo}: the year before the demo year, so that the analytics trend
 * covers eight quarters and each quarter has a year-earlier one to compare with. Calls made by hand
 * about the demo units, answered 13 to 27 months ago through the same recording as the callers'
 * (the answers' spread is {@link SurveyDemoData}'s), a few refused.
 */
@Component
@Profile("demo")
@Order(45)
class SurveyDemoHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SurveyDemoHistory.class);
    private static final int CALLS = 110;

    private final SurveyDemoData year;
    private final CallScheduling scheduling;
    private final CallQueue queue;
    private final CallAttempts attempts;
    private final SurveyRecording recording;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;
    private final DemoClock clock;
    private final TransactionTemplate transactions;

    SurveyDemoHistory(SurveyDemoData year, CallScheduling scheduling, CallQueue queue, CallAttempts attempts,
                      SurveyRecording recording, CustomerDirectory customers, StaffDirectory staff, JdbcClient jdbc,
                      DemoClock clock, PlatformTransactionManager transactions) {
        this.year = year;
        this.scheduling = scheduling;
        this.queue = queue;
        this.attempts = attempts;
        this.recording = recording;
        this.customers = customers;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        if (jdbc.sql("select count(*) from follow_up_call where created_by = 'demo-history'").query(Long.class).single() > 0) {
            return;
        }
        List<StaffSummary> callers = staff.activeWithRole(Role.CALLER);
        List<EquipmentSummary> units = customers.allEquipment();
        if (callers.isEmpty() || units.isEmpty()) {
            return;
        }
        Random random = new Random(1402);
        int surveys = 0;
        for (int i = 0; i < CALLS; i++) {
            EquipmentSummary unit = units.get(random.nextInt(units.size()));
            long caller = callers.get(random.nextInt(callers.size())).id().value();
            // spread evenly over days 396 … 820 ago (the trend's eight quarters whatever the day), at office hours
            Instant at = now.minus(Duration.ofDays(396 + (long) i * 424 / CALLS)).minus(Duration.ofHours(random.nextInt(5)));
            long callId = scheduling.createByHand(unit.customerId().value(), List.of(unit.id()), null, "demo-history");
            jdbc.sql("update follow_up_call set due_at = ?, next_try_at = ?, created_at = ? where id = ?")
                    .params(Timestamp.from(at), Timestamp.from(at), Timestamp.from(at.minus(Duration.ofDays(7))), callId).update();
            CallRow call = queue.find(callId).orElseThrow();
            if (call.status() != CallStatus.PENDING || queue.claim(callId, caller).isEmpty()) {
                attempts.endByQualityManager(callId);
                continue;
            }
            int roll = random.nextInt(100);
            if (roll < 6) {
                attempts.log(callId, caller, AttemptOutcome.REFUSED, null, null, null, at);
                continue;
            }
            attempts.log(callId, caller, AttemptOutcome.ANSWERED, null, null, null, at);
            recording.start(callId, caller, call.contactId(), SurveyMode.PHONE);
            year.answer(recording.ofCall(callId).orElseThrow(), random);
            Instant done = at.plus(Duration.ofSeconds(60 + random.nextInt(90)));
            // at its moment of the story, in a transaction so that its events are published (the survey's result,
            // its reviewers, the dissatisfied answers' complaints — received then, DemoClock) and analytics counts it
            clock.at(done, () -> transactions.execute(status -> recording.complete(callId, caller, done)));
            jdbc.sql("update survey set started_at = ? where call_id = ?").params(Timestamp.from(at), callId).update();
            surveys++;
        }
        log.info("Demo data: {} follow-up calls of the year before, {} surveys", CALLS, surveys);
    }
}
