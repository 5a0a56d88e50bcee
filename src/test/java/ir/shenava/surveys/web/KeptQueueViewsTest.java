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
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

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

    final List<Long> made = new java.util.ArrayList<>();

    @AfterEach
    void keepNothing() {
        views.keepFor(Duration.ZERO);
        // out of the other tests' queue (the database is shared): long overdue, they would head every first page
        made.forEach(id -> jdbc.update("update follow_up_call set status = 'CANCELLED', ended_at = now() where id = ?", id));
    }

    /** A call long overdue, written with SQL: the app does not know it was written. */
    long dueCallBehindTheAppsBack() {
        return callBehindTheAppsBack("PENDING");
    }

    long callBehindTheAppsBack(String status) {
        long id = jdbc.queryForObject("""
                insert into follow_up_call (group_key, customer_id, status, due_at, next_try_at, created_by, created_at)
                values (?, ?, ?, '2001-01-01T08:00:00Z', '2001-01-01T08:00:00Z', 'test', now()) returning id""",
                Long.class, "kept-view:" + UUID.randomUUID(), customer, status);
        made.add(id);
        return id;
    }

    KeptQueueViews.Page first() {
        return views.page(null, List.of(), false, PERSIAN, "/calls", null);
    }

    static List<Long> ids(QueueTable table) {
        return table.rows().stream().map(QueueRow::id).toList();
    }

    @Test
    void aKeptViewIsShownUntilACallChangesOnThisNodeOrItsTimeRunsOut() throws Exception {
        KeptQueueViews.Page before = first();
        long added = dueCallBehindTheAppsBack();
        KeptQueueViews.Page kept = first();
        assertThat(kept.due()).isSameAs(before.due());
        assertThat(ids(kept.due())).doesNotContain(added);
        // another language is a view of its own
        assertThat(ids(views.page(null, List.of(), false, Locale.ENGLISH, "/calls", null).due())).contains(added);
        // a filtered view is read every time
        assertThat(ids(views.page(null, List.of(customer), false, PERSIAN, "/calls", null).due())).contains(added);

        // a claim through the app: the next view is read afresh, with the call written behind its back too
        long claimed = dueCallBehindTheAppsBack();
        assertThat(queue.claim(claimed, 1L)).isPresent();
        KeptQueueViews.Page fresh = first();
        assertThat(fresh.due()).isNotSameAs(before.due());
        assertThat(ids(fresh.due())).contains(added);
        assertThat(fresh.dueCount()).isGreaterThan(before.dueCount());
        assertThat(first().due()).isSameAs(fresh.due());

        // kept for a moment only
        views.keepFor(Duration.ofMillis(300));
        KeptQueueViews.Page shortLived = first();
        long late = dueCallBehindTheAppsBack();
        assertThat(first().due()).isSameAs(shortLived.due());
        Thread.sleep(400);
        assertThat(ids(first().due())).contains(late);
    }

    /** The quality manager's kept view holds the held calls' forms; each request's own token is put in them. */
    @Test
    void aKeptViewCarriesEachRequestsOwnFormToken() {
        long held = callBehindTheAppsBack("NO_PHONE");
        CsrfToken mine = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-of-the-first-caller");
        CsrfToken theirs = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-of-the-second-caller");
        KeptQueueViews.Page first = views.page(null, List.of(), true, PERSIAN, "/calls", mine);
        assertThat(ids(first.attention())).contains(held);
        assertThat(first.attention().body()).contains("value=\"token-of-the-first-caller\"").doesNotContain("\u0000");
        KeptQueueViews.Page second = views.page(null, List.of(), true, PERSIAN, "/calls", theirs);
        assertThat(second.due()).isSameAs(first.due());
        assertThat(second.attention().body()).contains("value=\"token-of-the-second-caller\"")
                .doesNotContain("token-of-the-first-caller");
    }
}
