import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ir.shenava.ShenavaApplication;
import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.DepartmentRepository;
import ir.shenava.staff.internal.StaffAccounts;
import ir.shenava.surveys.QuestionType;
import ir.shenava.surveys.SurveyAnswer;
import ir.shenava.surveys.SurveyCompleted;
import ir.shenava.surveys.SurveyMode;
import ir.shenava.surveys.SurveySection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12's follow-up listener cost: the time from the commit that publishes SurveyCompleted (as the
 * calls' side of the surveys module does) to the survey being stored with its SURVEY complaints —
 * one per responsible manager, each routed, stored, announced — committed. Boots Shenava in this
 * JVM on a throw-away data directory, creates the managers the rules route to, then
 * (1) publishes SURVEYS surveys one after the other, each with three dissatisfied sections
 * (→ 3 complaints), timing each; (2) publishes BURST surveys at once and times the whole drain.
 * Usage: see bench/survey-listener.sh.
 */
public class SurveyListenerBench {

    public static void main(String[] args) throws Exception {
        int surveys = Integer.getInteger("surveys", 300);
        int burst = Integer.getInteger("burst", 300);
        ConfigurableApplicationContext app = SpringApplication.run(ShenavaApplication.class, args);
        try {
            run(app, surveys, burst);
        } finally {
            app.close();
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext app, int surveys, int burst) throws Exception {
        ApplicationEventPublisher events = app;
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        StaffAccounts accounts = app.getBean(StaffAccounts.class);
        DepartmentRepository departments = app.getBean(DepartmentRepository.class);
        CustomerRegistry customers = app.getBean(CustomerRegistry.class);

        long head = person(accounts, departments, "bench-sales-head", "SALES", null, Role.MANAGER);
        person(accounts, departments, "bench-tech", "TECHNICAL", null, Role.TECHNICAL_MANAGER);
        person(accounts, departments, "bench-after", "AFTER_SALES", null, Role.MANAGER);
        person(accounts, departments, "bench-quality", "QUALITY", null, Role.QUALITY_MANAGER);
        long seller = person(accounts, departments, "bench-seller", "SALES", head, Role.SALES_EXPERT);
        List<Long> customerIds = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long id = customers.create(new CustomerRegistry.CustomerData(null, "بیمارستان سنجش " + i, CustomerKind.HOSPITAL,
                    "تهران", "تهران", null, null, null)).getId();
            customers.saveContact(id, null, new CustomerRegistry.ContactData("تماس " + i, null,
                    String.format("0912%07d", 1_000_000 + i), null, "bench" + i + "@example.ir"));
            customerIds.add(id);
        }
        long next = 1;
        // warm-up, unmeasured
        for (int i = 0; i < 50; i++) {
            publishAndWait(events, tx, jdbc, survey(next++, customerIds, seller));
        }
        long[] each = new long[surveys];
        for (int i = 0; i < surveys; i++) {
            each[i] = publishAndWait(events, tx, jdbc, survey(next++, customerIds, seller));
        }
        java.util.Arrays.sort(each);
        System.out.printf("sequential: %d surveys, 3 complaints each: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                surveys, ms(each[surveys / 2]), ms(each[(int) (surveys * 0.95)]), ms(each[(int) (surveys * 0.99)]),
                ms(each[surveys - 1]));

        long first = next;
        long start = System.nanoTime();
        for (int i = 0; i < burst; i++) {
            SurveyCompleted s = survey(next++, customerIds, seller);
            tx.executeWithoutResult(status -> events.publishEvent(s));
        }
        long published = System.nanoTime();
        while (jdbc.sql("select count(*) from survey_complaint where survey_id >= ?").param(first).query(Long.class).single()
                < 3L * burst) {
            Thread.sleep(5);
        }
        long done = System.nanoTime();
        System.out.printf("burst: %d surveys published in %.0f ms, all %d complaints stored %.0f ms after the first publish"
                + " = %.0f surveys/s%n", burst, ms(published - start), 3 * burst, ms(done - start), burst * 1e9 / (done - start));
    }

    private static long publishAndWait(ApplicationEventPublisher events, TransactionTemplate tx, JdbcClient jdbc,
                                       SurveyCompleted s) throws InterruptedException {
        tx.executeWithoutResult(status -> events.publishEvent(s));
        long committed = System.nanoTime();
        while (jdbc.sql("select count(*) from survey_complaint where survey_id = ?").param(s.surveyId()).query(Long.class)
                .single() < 3) {
            Thread.onSpinWait();
        }
        return System.nanoTime() - committed;
    }

    private static SurveyCompleted survey(long id, List<Long> customers, long seller) {
        List<SurveyAnswer> answers = List.of(
                answer("STAFF_POLITE", SurveySection.STAFF_BEHAVIOUR, 4, List.of(), null),
                answer("SALES_INFO", SurveySection.SALES, 2, List.of("SALES.DELIVERY_LATE"), "دستگاه دیر رسید"),
                answer("INSTALL_QUALITY", SurveySection.INSTALLATION_TRAINING, 1, List.of("INST.QUALITY", "INST.INCOMPLETE"),
                        "هنوز کالیبره نشده"),
                answer("TRAINING", SurveySection.INSTALLATION_TRAINING, 3, List.of(), null),
                answer("AFTER_SALES", SurveySection.AFTER_SALES, 2, List.of("AFTER.SLOW_RESPONSE"), null),
                answer("OVERALL", SurveySection.OVERALL, 3, List.of(), null),
                new SurveyAnswer("RECOMMEND", SurveySection.OVERALL, QuestionType.RECOMMEND, 6, false, false, List.of(), null));
        return new SurveyCompleted(id, id, customers.get((int) (id % customers.size())), List.of(), Set.of(), Set.of(seller),
                1, 1, SurveyMode.PHONE, null, Instant.now(), answers);
    }

    private static SurveyAnswer answer(String code, SurveySection section, int score, List<String> reasons, String words) {
        return new SurveyAnswer(code, section, QuestionType.SCALE, score, false, score <= 2, reasons, words);
    }

    private static long person(StaffAccounts accounts, DepartmentRepository departments, String username, String department,
                               Long manager, Role role) {
        return accounts.create(username, "password-123", new StaffAccounts.Profile(username, null, null,
                departments.findByCode(department).orElseThrow().getId(), manager, EnumSet.of(role), true)).getId();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
