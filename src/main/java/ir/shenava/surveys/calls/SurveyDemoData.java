package ir.shenava.surveys.calls;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.EquipmentSummary;
import ir.shenava.platform.DemoClock;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffSummary;
import ir.shenava.surveys.DissatisfactionReason;
import ir.shenava.surveys.DissatisfactionReasons;
import ir.shenava.surveys.SurveyMode;
import ir.shenava.surveys.questionnaire.Question;
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
 * {@code --spring.profiles.active=demo}: the follow-up calls of the demo installations of the past
 * year, made at their due times — most reached, with a realistic spread of scores and some
 * dissatisfied answers with their reasons, some unreachable or refused — and a few calls due today.
 */
@Component
@Profile("demo")
@Order(40)
class SurveyDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SurveyDemoData.class);

    private final CallScheduling scheduling;
    private final CallQueue queue;
    private final CallAttempts attempts;
    private final SurveyRecording recording;
    private final DissatisfactionReasons reasons;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;
    private final DemoClock clock;
    private final TransactionTemplate transactions;

    SurveyDemoData(CallScheduling scheduling, CallQueue queue, CallAttempts attempts, SurveyRecording recording,
                   DissatisfactionReasons reasons, CustomerDirectory customers, StaffDirectory staff, JdbcClient jdbc,
                   DemoClock clock, PlatformTransactionManager transactions) {
        this.scheduling = scheduling;
        this.queue = queue;
        this.attempts = attempts;
        this.recording = recording;
        this.reasons = reasons;
        this.customers = customers;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from survey").query(Long.class).single() > 0) {
            return;
        }
        List<StaffSummary> callers = staff.activeWithRole(Role.CALLER);
        if (callers.isEmpty()) {
            return;
        }
        Random random = new Random(1405);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        // the listener schedules them too, in the background: the unique keys keep one call per week either way
        scheduling.backfill(today.minusYears(1), "demo");
        List<Long> past = jdbc.sql("select id from follow_up_call where status = 'PENDING' and due_at < ? order by due_at")
                .param(java.sql.Timestamp.from(now.minus(Duration.ofDays(2)))).query(Long.class).list();
        int surveys = 0;
        for (long callId : past) {
            long caller = callers.get(random.nextInt(callers.size())).id().value();
            CallRow call = queue.find(callId).orElseThrow();
            Instant at = call.dueAt().plus(Duration.ofMinutes(20 + random.nextInt(200)));
            int roll = random.nextInt(100);
            if (roll < 3) {
                continue;   // a few overdue calls nobody made yet
            }
            if (roll < 13) {
                for (int i = 0; i < 5 && queue.find(callId).orElseThrow().status() == CallStatus.PENDING; i++) {
                    queue.claim(callId, caller);
                    attempts.log(callId, caller, AttemptOutcome.NO_ANSWER, null, null, null, at.plus(Duration.ofHours(5L * i)));
                }
                continue;
            }
            queue.claim(callId, caller);
            if (roll < 17) {
                attempts.log(callId, caller, AttemptOutcome.REFUSED, null, null, null, at);
                continue;
            }
            if (roll < 40) {
                attempts.log(callId, caller, AttemptOutcome.NO_ANSWER, null, null, null, at);
                at = at.plus(Duration.ofHours(20));
                queue.claim(callId, caller);
            }
            attempts.log(callId, caller, AttemptOutcome.ANSWERED, null, null, null, at);
            recording.start(callId, caller, call.contactId(), SurveyMode.PHONE);
            answer(recording.ofCall(callId).orElseThrow(), random);
            Instant done = at.plus(Duration.ofSeconds(50 + random.nextInt(70)));
            // at its moment of the story, in a transaction so that its events are published (the survey's result,
            // its reviewers, the dissatisfied answers' complaints — received then, DemoClock) and analytics counts it
            clock.at(done, () -> transactions.execute(status -> recording.complete(callId, caller, done)));
            jdbc.sql("update survey set started_at = ? where call_id = ?").params(java.sql.Timestamp.from(at), callId).update();
            surveys++;
        }
        jdbc.sql("update follow_up_call set created_at = due_at - interval '7 days' where created_by = 'demo'").update();
        dueToday(random);
        log.info("Demo data: {} follow-up calls of the past year, {} surveys", past.size(), surveys);
    }

    /** Answers every question: mostly satisfied, some neutral, now and then dissatisfied with a reason of its section. */
    void answer(SurveyRecording.Draft draft, Random random) {
        List<DissatisfactionReason> active = reasons.active();
        for (Question q : draft.questionnaire().questions()) {
            switch (q.type()) {
                case SCALE -> {
                    if (q.allowsNotApplicable() && random.nextInt(100) < 6) {
                        recording.save(draft, new Response(q.id(), null, true, null, null, null));
                        continue;
                    }
                    int r = random.nextInt(100);
                    int score = r < 50 ? 5 : r < 86 ? 4 : r < 96 ? 3 : r < 99 ? 2 : 1;   // one answer in twenty-five dissatisfied (≤ 2)
                    List<String> codes = List.of();
                    String words = null;
                    if (score <= draft.questionnaire().threshold()) {
                        List<DissatisfactionReason> ofArea = active.stream().filter(x -> x.areaCode().equals(q.section().name())).toList();
                        List<DissatisfactionReason> pool = ofArea.isEmpty() ? active : ofArea;
                        codes = List.of(pool.get(random.nextInt(pool.size())).code());
                        words = random.nextBoolean() ? "مشتری گفت باید زودتر پیگیری می‌شد." : null;
                    }
                    recording.save(draft, new Response(q.id(), score, false, null, words, codes));
                }
                case RECOMMEND -> recording.save(draft, new Response(q.id(), 5 + random.nextInt(6), false, null, null, null));
                case YES_NO -> recording.save(draft, new Response(q.id(), random.nextInt(10) < 8 ? 1 : 0, false, null, null, null));
                case TEXT -> {
                    if (random.nextInt(4) == 0) {
                        recording.save(draft, new Response(q.id(), null, false, null, "از پیگیری شما ممنونیم.", null));
                    }
                }
                default -> { }
            }
        }
    }

    /** Calls due today, made by hand for a few customers (as after a repair). */
    private void dueToday(Random random) {
        List<EquipmentSummary> units = customers.allEquipment();
        for (int i = 0; i < Math.min(6, units.size()); i++) {
            EquipmentSummary unit = units.get(random.nextInt(units.size()));
            scheduling.createByHand(unit.customerId().value(), List.of(unit.id()), "پیگیری پس از تعمیر", "demo");
        }
    }
}
