package ir.shenava.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.customers.internal.CustomerMerges;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import ir.shenava.servicerecords.ServiceType;
import ir.shenava.servicerecords.internal.ServiceRecord;
import ir.shenava.servicerecords.internal.ServiceRecords;
import ir.shenava.shared.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A complaint and a service record written for a customer while that customer's merge is being
 * committed: both wait for the merge and end on the customer it went into — and so does the case
 * opened from the complaint — instead of keeping the id of a customer that no longer exists.
 */
@ShenavaIntegrationTest
class CustomerMergeRaceTest {

    @Autowired
    CustomerMerges merges;
    @Autowired
    UnverifiedContacts unverified;
    @Autowired
    CustomerRegistry registry;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    ServiceRecords records;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void rowsWrittenWhileAMergeCommitsFollowTheMerge() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long into = registry.create(new CustomerRegistry.CustomerData(null, "مقصد همزمان " + tag, CustomerKind.HOSPITAL, null,
                "تبریز", null, null, null)).getId();
        ContactSummary newcomer = unverified.findOrCreate(new UnknownContact("ناشناس " + tag, "تازه " + tag, null,
                tag + "@race.example", null)).orElseThrow();
        long merged = newcomer.customerId().value();

        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch mergedButNotCommitted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        try {
            Future<?> merge = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                merges.merge(merged, into, "race");
                mergedButNotCommitted.countDown();
                try {
                    commit.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(mergedButNotCommitted.await(30, TimeUnit.SECONDS)).isTrue();

            Future<Complaint> complaint = pool.submit(() -> intake.registerFor(Channel.PHONE, new Submission("ناشناس " + tag,
                    null, PhoneNumber.parse("09121234567"), tag + "@race.example", "SALES", null, null, "همزمان " + tag,
                    "شرح همزمان " + tag, null, null, null, UUID.randomUUID().toString()), merged, newcomer.id().value(), null));
            Future<ServiceRecord> record = pool.submit(() -> records.record(new ServiceRecords.Details(ServiceType.REPAIR,
                    merged, null, null, LocalDate.of(2026, 6, 1), Set.of(), "تعمیر " + tag, "RACE-" + tag), "race"));
            awaitWritersWaitingForTheMerge(2);
            commit.countDown();
            merge.get(60, TimeUnit.SECONDS);

            long complaintId = complaint.get(60, TimeUnit.SECONDS).getId();
            assertThat(jdbc.queryForObject("select customer_id from complaint where id = ?", Long.class, complaintId))
                    .isEqualTo(into);
            assertThat(jdbc.queryForObject("select customer_id from service_record where id = ?", Long.class,
                    record.get(60, TimeUnit.SECONDS).getId())).isEqualTo(into);
            assertThat(caseCustomer(complaintId)).isEqualTo(into);
            assertThat(jdbc.queryForObject("select count(*) from customer where id = ?", Integer.class, merged)).isZero();
        } finally {
            commit.countDown();
            pool.shutdownNow();
        }
    }

    /** Both writers are blocked on the merged customer's row lock (seen in pg_stat_activity), bounded. */
    private void awaitWritersWaitingForTheMerge(int writers) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            Integer waiting = jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                    + "and query ilike '%from customer where id = % for key share%'", Integer.class);
            if (waiting != null && waiting >= writers) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the writers did not wait for the merge's lock");
    }

    /** The case opens after the complaint's commit, on another thread: wait for it (bounded). */
    private Long caseCustomer(long complaintId) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            var found = jdbc.queryForList("select customer_id from complaint_case where id = ?", Long.class, complaintId);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no case opened for complaint " + complaintId);
    }
}
