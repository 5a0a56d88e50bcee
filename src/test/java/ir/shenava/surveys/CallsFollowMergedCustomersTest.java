package ir.shenava.surveys;

import static ir.shenava.surveys.SurveyFixtures.completed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.customers.UnknownContact;
import ir.shenava.customers.UnverifiedContacts;
import ir.shenava.customers.internal.CustomerMerges;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.surveys.calls.CallQueue;
import ir.shenava.surveys.calls.CallScheduling;
import ir.shenava.surveys.calls.CallStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 12: calls follow CustomerMerged to the customer that stays, without a second call for one week. */
@ShenavaIntegrationTest
class CallsFollowMergedCustomersTest {

    @Autowired
    SurveyFixtures fixtures;
    @Autowired
    CallScheduling scheduling;
    @Autowired
    CallQueue queue;
    @Autowired
    UnverifiedContacts unverified;
    @Autowired
    CustomerRegistry registry;
    @Autowired
    CustomerMerges merges;
    @Autowired
    JdbcClient jdbc;

    @Test
    void pendingCallsMoveToTheSurvivingCustomerAndASameWeekCallJoinsTheirs() {
        long into = fixtures.customer(true);
        long intoUnit = fixtures.unit(into, null);
        long theirs = scheduling.schedule(completed(into, intoUnit, "2026-10-06", 7L), "test");

        String mobile = "0935" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
        long newcomer = unverified.findOrCreate(new UnknownContact("ادغام " + UUID.randomUUID().toString().substring(0, 8),
                "بیمارستان تازه", mobile, null, null)).orElseThrow().customerId().value();
        long sameWeekUnit = fixtures.unit(newcomer, null);
        long otherWeekUnit = fixtures.unit(newcomer, null);
        long sameWeek = scheduling.schedule(completed(newcomer, sameWeekUnit, "2026-10-07", 8L), "test");
        long otherWeek = scheduling.schedule(completed(newcomer, otherWeekUnit, "2026-09-15", 8L), "test");
        assertThat(sameWeek).isNotEqualTo(theirs);

        merges.merge(newcomer, into, "tester");

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from follow_up_call where customer_id = ?")
                .param(newcomer).query(Long.class).single() == 0);
        // one call for the week of 6–7 October, listing both units, due a week after the later one
        assertThat(queue.find(sameWeek)).isEmpty();
        assertThat(queue.unitsOf(java.util.List.of(theirs))).extracting(u -> u.equipmentId())
                .containsExactlyInAnyOrder(intoUnit, sameWeekUnit);
        assertThat(queue.find(theirs).orElseThrow().dueAt()).isEqualTo(CallRulesTest.tehran("2026-10-14T08:00"));
        // the other week's call is now the surviving customer's, and a later unit of that week joins it
        assertThat(queue.find(otherWeek).orElseThrow()).satisfies(c -> {
            assertThat(c.customerId()).isEqualTo(into);
            assertThat(c.status()).isEqualTo(CallStatus.PENDING);
        });
        assertThat(scheduling.schedule(completed(into, fixtures.unit(into, null), "2026-09-16", 7L), "test")).isEqualTo(otherWeek);
        assertThat(jdbc.sql("select count(*) from follow_up_call where customer_id = ? and status = 'PENDING'").param(into)
                .query(Long.class).single()).isEqualTo(2);
    }
}
