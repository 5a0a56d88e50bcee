package ir.shenava.surveys;

import static ir.shenava.surveys.SurveyFixtures.completed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerId;
import ir.shenava.servicerecords.ServiceType;
import ir.shenava.servicerecords.internal.ServiceRecords;
import ir.shenava.surveys.calls.CallQueue;
import ir.shenava.surveys.calls.CallScheduling;
import ir.shenava.surveys.calls.CallStatus;
import ir.shenava.surveys.calls.CallUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ShenavaIntegrationTest
class CallSchedulingTest {

    @Autowired
    SurveyFixtures fixtures;
    @Autowired
    CallScheduling scheduling;
    @Autowired
    CallQueue queue;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    ServiceRecords services;
    @Autowired
    JdbcClient jdbc;

    long callsOf(long customerId) {
        return jdbc.sql("select count(*) from follow_up_call where customer_id = ?").param(customerId).query(Long.class).single();
    }

    @Test
    void anInstallationRecordedSchedulesTheCallByItselfWithInstallersAndSellers() {
        long customer = fixtures.customer(true);
        long unit = fixtures.unit(customer, 41L);
        long sale = services.record(new ServiceRecords.Details(ServiceType.SALE, customer, null, unit,
                LocalDate.parse("2026-09-01"), Set.of(42L), null, null), "tester").getId();
        services.complete(sale, LocalDate.parse("2026-09-01"));
        long install = services.record(new ServiceRecords.Details(ServiceType.INSTALLATION_COMMISSIONING_TRAINING, customer,
                null, unit, LocalDate.parse("2026-10-06"), Set.of(7L), "نصب شد", null), "tester").getId();
        services.complete(install, LocalDate.parse("2026-10-06"));

        await().atMost(Duration.ofSeconds(20)).until(() -> callsOf(customer) == 1);
        long callId = jdbc.sql("select id from follow_up_call where customer_id = ?").param(customer).query(Long.class).single();
        var call = queue.find(callId).orElseThrow();
        assertThat(call.status()).isEqualTo(CallStatus.PENDING);
        assertThat(call.contactId()).isNotNull();
        assertThat(call.dueAt()).isEqualTo(CallRulesTest.tehran("2026-10-13T08:00"));
        assertThat(queue.unitsOf(List.of(callId))).singleElement().satisfies(u -> {
            assertThat(u.equipmentId()).isEqualTo(unit);
            assertThat(u.installerIds()).containsExactly(7L);
            assertThat(u.sellerIds()).containsExactlyInAnyOrder(41L, 42L);
        });
    }

    @Test
    void theSameEventTwiceMakesOneCall() {
        long customer = fixtures.customer(true);
        long unit = fixtures.unit(customer, null);
        long first = scheduling.schedule(completed(customer, unit, "2026-10-06", 7L), "test");
        long second = scheduling.schedule(completed(customer, unit, "2026-10-06", 7L), "test");
        assertThat(second).isEqualTo(first);
        assertThat(callsOf(customer)).isEqualTo(1);
        assertThat(queue.unitsOf(List.of(first))).hasSize(1);
    }

    @Test
    void theSameEventOnTwoNodesAtOnceMakesOneCall() throws Exception {
        long customer = fixtures.customer(true);
        long unit = fixtures.unit(customer, null);
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Long> node = () -> {
            together.await();
            return scheduling.schedule(completed(customer, unit, "2026-10-06", 7L), "node");
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> results = pool.invokeAll(List.of(node, node));
            assertThat(results.get(0).get()).isEqualTo(results.get(1).get());
        } finally {
            pool.shutdown();
        }
        assertThat(callsOf(customer)).isEqualTo(1);
    }

    @Test
    void unitsOfTheSameWeekShareOneCallDueAWeekAfterTheLast() {
        long customer = fixtures.customer(true);
        long a = fixtures.unit(customer, null);
        long b = fixtures.unit(customer, null);
        long c = fixtures.unit(customer, null);
        long first = scheduling.schedule(completed(customer, a, "2026-10-03", 7L), "test");   // Saturday
        long same = scheduling.schedule(completed(customer, b, "2026-10-06", 8L), "test");    // Tuesday, same week
        long next = scheduling.schedule(completed(customer, c, "2026-10-10", 7L), "test");    // next Saturday
        assertThat(same).isEqualTo(first);
        assertThat(next).isNotEqualTo(first);
        List<CallUnit> units = queue.unitsOf(List.of(first));
        assertThat(units).extracting(CallUnit::equipmentId).containsExactly(a, b);
        assertThat(queue.find(first).orElseThrow().dueAt()).isEqualTo(CallRulesTest.tehran("2026-10-13T08:00"));
    }

    @Test
    void doNotCallAndNoPhoneAreKeptWithTheirReason() {
        long quiet = fixtures.customer(true);
        customers.markDoNotCall(new CustomerId(quiet), true);
        long quietCall = scheduling.schedule(completed(quiet, fixtures.unit(quiet, null), "2026-10-06", 7L), "test");
        assertThat(queue.find(quietCall).orElseThrow().status()).isEqualTo(CallStatus.DO_NOT_CALL);

        long silent = fixtures.customer(false);
        long silentCall = scheduling.schedule(completed(silent, fixtures.unit(silent, null), "2026-10-06", 7L), "test");
        assertThat(queue.find(silentCall).orElseThrow().status()).isEqualTo(CallStatus.NO_PHONE);
        assertThat(queue.needingAttention(500)).extracting(r -> r.id()).contains(quietCall, silentCall);

        customers.markDoNotCall(new CustomerId(quiet), false);
        assertThat(scheduling.recheck(quietCall)).isEqualTo(CallStatus.PENDING);
    }

    @Test
    void aCallByHandListsTheChosenUnitsAndIsDueNow() {
        long customer = fixtures.customer(true);
        long unit = fixtures.unit(customer, 5L);
        long callId = scheduling.createByHand(customer, List.of(unit), "پس از تعمیر", "quality");
        var call = queue.find(callId).orElseThrow();
        assertThat(call.manual()).isTrue();
        assertThat(call.status()).isEqualTo(CallStatus.PENDING);
        assertThat(queue.unitsOf(List.of(callId))).singleElement().satisfies(u -> assertThat(u.sellerIds()).containsExactly(5L));
    }

    @Test
    void backfillSchedulesOnlyCompletionsWithoutACall() {
        long customer = fixtures.customer(true);
        long unit = fixtures.unit(customer, null);
        long install = services.record(new ServiceRecords.Details(ServiceType.INSTALLATION_COMMISSIONING_TRAINING, customer,
                null, unit, LocalDate.parse("2020-01-05"), Set.of(7L), null, null), "tester").getId();
        // the listener schedules it too: wait, then remove its call as if the completion predated the module
        services.complete(install, LocalDate.parse("2020-01-05"));
        await().atMost(Duration.ofSeconds(20)).until(() -> callsOf(customer) == 1);
        jdbc.sql("delete from follow_up_call where customer_id = ?").param(customer).update();

        LocalDate since = LocalDate.parse("2020-01-01");
        assertThat(scheduling.unscheduledSince(since)).extracting(e -> e.equipmentId()).contains(unit);
        int before = scheduling.unscheduledSince(since).size();
        assertThat(scheduling.backfill(since, "quality")).isEqualTo(before);
        assertThat(callsOf(customer)).isEqualTo(1);
        assertThat(scheduling.unscheduledSince(since)).isEmpty();
    }
}
