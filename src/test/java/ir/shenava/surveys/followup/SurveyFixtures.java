package ir.shenava.surveys.followup;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.awaitility.Awaitility.await;

/**
 * Completed surveys for the tests, published as the calls' side of the module publishes them:
 * {@link SurveyCompleted} inside a transaction, through the event registry. Survey ids are random
 * and large, so tests never meet each other's surveys in the shared database.
 */
@Component("followUpSurveyFixtures")
public class SurveyFixtures {

    private final CustomerRegistry customers;
    private final StaffAccounts accounts;
    private final DepartmentRepository departments;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    SurveyFixtures(CustomerRegistry customers, StaffAccounts accounts, DepartmentRepository departments,
                   ApplicationEventPublisher events, PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.customers = customers;
        this.accounts = accounts;
        this.departments = departments;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    public long customer() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long id = customers.create(new CustomerRegistry.CustomerData(null, "بیمارستان نظرسنجی " + tag, CustomerKind.HOSPITAL,
                "تهران", "تهران", null, null, null)).getId();
        customers.saveContact(id, null, new CustomerRegistry.ContactData("دکتر سارا کریمی " + tag, "مدیر تجهیزات",
                "0912" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)), null, null));
        return id;
    }

    /** Another contact of the customer, with a mobile number; its id. */
    public long contact(long customerId, String name) {
        return customers.saveContact(customerId, null, new CustomerRegistry.ContactData(name, "کارشناس تجهیزات",
                "0935" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)), null, null)).getId();
    }

    /** A staff member with these roles, in a department given by code (or none). */
    public long person(String department, Role... roles) {
        String username = "sv" + UUID.randomUUID().toString().substring(0, 8);
        Long departmentId = department == null ? null : departments.findByCode(department).orElseThrow().getId();
        return accounts.create(username, "password-123", new StaffAccounts.Profile("کارمند " + username, null, null,
                departmentId, null, EnumSet.of(roles[0], roles), true)).getId();
    }

    public String username(long staffId) {
        return jdbc.sql("select username from staff where id = ?").param(staffId).query(String.class).single();
    }

    public static SurveyAnswer scale(String code, SurveySection section, int score, List<String> reasons, String words) {
        return new SurveyAnswer(code, section, QuestionType.SCALE, score, false, score <= 2, reasons, words);
    }

    public SurveyCompleted survey(long customerId, Set<Long> installers, Set<Long> sellers, Long callerId,
                                  Instant completedAt, SurveyAnswer... answers) {
        long surveyId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 900_000_000_000L);
        return new SurveyCompleted(surveyId, surveyId, customerId, List.of(), installers, sellers, 1, 1, SurveyMode.PHONE,
                callerId, completedAt, List.of(answers));
    }

    public void publish(SurveyCompleted event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    /** Publishes and waits until the listener has stored the survey (it runs after commit, on another thread). */
    public void publishAndWait(SurveyCompleted event) {
        publish(event);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from survey_result where survey_id = ?")
                .param(event.surveyId()).query(Long.class).single() > 0);
    }
}
