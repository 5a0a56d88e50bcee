package ir.shenava.surveys.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.surveys.calls.CallQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The queue kept for a moment (the suite keeps nothing: {@code queue-kept-for} 0): the same unfiltered
 * view is shown again while it is fresh, even when the table changed behind the app's back; a call
 * written through the app on this node makes the next view read afresh; a filtered view is never kept;
 * a kept view is read again once its time has run out.
 */
@ShenavaIntegrationTest
class KeptQueueViewsTest {

    static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");

    @Autowired
    KeptQueueViews views;
    @Autowired
    CallQueue queue;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CustomerRegistry customers;

    long customer;

    @BeforeEach
    void keepViews() {
        views.keepFor(Duration.ofMinutes(5));
        customer = customers.create(new CustomerRegistry.CustomerData(null, "بیمارستان صف " + UUID.randomUUID(),
                CustomerKind.HOSPITAL, "تهران", "تهران", null, null, null)).getId();
    }

    @AfterEach
    void keepNothing() {
        views.keepFor(Duration.ZERO);
    }

    /** A call long overdue, written with SQL: the app does not know it was written. */
    long dueCallBehindTheAppsBack() {
        return jdbc.queryForObject("""
                insert into follow_up_call (group_key, customer_id, status, due_at, next_try_at, created_by, created_at)
                values (?, ?, 'PENDING', '2001-01-01T08:00:00Z', '2001-01-01T08:00:00Z', 'test', now()) returning id""",
                Long.class, "kept-view:" + UUID.randomUUID(), customer);
    }

    QueueView.Shown first() {
        return views.show(null, List.of(), false, PERSIAN);
    }

    @Test
    void aKeptViewIsShownUntilACallChangesOnThisNodeOrItsTimeRunsOut() throws Exception {
        QueueView.Shown before = first();
        long added = dueCallBehindTheAppsBack();
        QueueView.Shown kept = first();
        assertThat(kept).isSameAs(before);
        assertThat(kept.due()).extracting(QueueRow::id).doesNotContain(added);
        // another language, or a quality manager's view, is a view of its own
        assertThat(views.show(null, List.of(), true, PERSIAN)).isNotSameAs(before);
        assertThat(views.show(null, List.of(), false, Locale.ENGLISH).due()).extracting(QueueRow::id).contains(added);
        // a filtered view is read every time
        assertThat(views.show(null, List.of(customer), false, PERSIAN).due()).extracting(QueueRow::id).contains(added);

        // a claim through the app: the next view is read afresh, with the call written behind its back too
        long claimed = dueCallBehindTheAppsBack();
        assertThat(queue.claim(claimed, 1L)).isPresent();
        QueueView.Shown fresh = first();
        assertThat(fresh).isNotSameAs(before);
        assertThat(fresh.due()).extracting(QueueRow::id).contains(added);
        assertThat(fresh.dueCount()).isGreaterThan(before.dueCount());
        assertThat(first()).isSameAs(fresh);

        // kept for a moment only
        views.keepFor(Duration.ofMillis(300));
        QueueView.Shown shortLived = first();
        long late = dueCallBehindTheAppsBack();
        assertThat(first()).isSameAs(shortLived);
        Thread.sleep(400);
        assertThat(first().due()).extracting(QueueRow::id).contains(late);
    }
}
