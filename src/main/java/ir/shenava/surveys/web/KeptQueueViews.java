package ir.shenava.surveys.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import ir.shenava.surveys.calls.CallQueue;
import ir.shenava.surveys.calls.QueueChanges;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The callers' queue as last read, kept for a moment. An unfiltered view ({@link QueueView}) is kept
 * for {@code shenava.calls.queue-kept-for} (2 s; 0 keeps nothing) and shown to every caller who opens
 * the same page in the same language and role meanwhile: a team's callers open the same first page
 * again and again, and it changes far less often than it is looked at.
 *
 * <p>A call written on this node ({@link QueueChanges}) makes the next view read afresh, so a caller
 * never sees the call they just claimed, tried or completed as it was. A change on another node, a
 * call falling due, a customer renamed show within the 2 s (4 s at most while one request reads the
 * view again: the others are shown the one kept meanwhile, instead of all reading it at once). A claim stays safe whatever a page showed:
 * the row lock decides it, and a call taken meanwhile answers "taken by another caller".
 */
@Component
class KeptQueueViews {

    /** How many views are kept at most (first pages and the pages after them, per language and role). */
    static final int KEPT_VIEWS = 64;

    /** Stands for the request's form token in a kept table's HTML until the table is shown. */
    private static final String TOKEN_PLACEHOLDER = "\u0000queue-form-token\u0000";

    private final QueueView view;
    private final QueueTables tables;
    private final QueueChanges changes;
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    /** The views being read again because their time ran out: one reader each. */
    private final Set<Key> refreshing = ConcurrentHashMap.newKeySet();
    private volatile long keptForNanos;

    KeptQueueViews(QueueView view, QueueTables tables, QueueChanges changes,
                   @Value("${shenava.calls.queue-kept-for:PT2S}") Duration keptFor) {
        this.view = view;
        this.tables = tables;
        this.changes = changes;
        this.keptForNanos = keptFor.toNanos();
    }

    private record Key(String cursor, boolean quality, String language, String callsUrl) {
    }

    private record Kept(Page page, long readAtNanos, long version) {
    }

    /**
     * A view of the queue as the page shows it: its three tables written (the held calls' forms with
     * this request's token), the next page's cursor (null on the last), the due count.
     */
    record Page(QueueTable due, QueueTable callBacks, QueueTable attention, String nextPage, long dueCount) {
    }

    /**
     * The view as {@link QueueView#read} gives it, written by {@link QueueTables}; kept as the class
     * comment says when it is unfiltered.
     *
     * @param callsUrl the queue's address with the context path
     * @param csrf     the request's token, for the held calls' forms
     */
    Page page(CallQueue.Cursor cursor, List<Long> customerIds, boolean quality, Locale locale, String callsUrl,
              CsrfToken csrf) {
        long keepFor = keptForNanos;
        if (keepFor <= 0 || !customerIds.isEmpty()) {
            return written(view.read(cursor, customerIds, quality, locale), locale, callsUrl, csrf);
        }
        Page page = kept(cursor, quality, locale, callsUrl, keepFor).page();
        QueueTable attention = page.attention();
        if (attention.body().contains(TOKEN_PLACEHOLDER)) {
            attention = new QueueTable(attention.kind(), attention.rows(),
                    attention.body().replace(TOKEN_PLACEHOLDER, csrf == null ? "" : HtmlUtils.htmlEscape(csrf.getToken())));
        }
        return new Page(page.due(), page.callBacks(), attention, page.nextPage(), page.dueCount());
    }

    private Page written(QueueView.Shown shown, Locale locale, String callsUrl, CsrfToken csrf) {
        return new Page(tables.table("due", shown.due(), locale, callsUrl, null),
                tables.table("callback", shown.callBacks(), locale, callsUrl, null),
                tables.table("attention", shown.attention(), locale, callsUrl, csrf), shown.nextPage(), shown.dueCount());
    }

    /** The kept view for this page, read and written afresh when there is none, it is too old, or a call changed. */
    private Kept kept(CallQueue.Cursor cursor, boolean quality, Locale locale, String callsUrl, long keepFor) {
        Key key = new Key(cursor == null ? "" : cursor.text(), quality, locale == null ? "" : locale.getLanguage(), callsUrl);
        long version = changes.current();   // taken before reading: a change during the read makes the next view read again
        long now = System.nanoTime();
        Kept k = kept.get(key);
        if (k != null && k.version() == version && now - k.readAtNanos() < keepFor) {
            return k;
        }
        // Only its time ran out (no call changed here): one request reads it again while the others go on
        // showing it, for at most another keeping time — not every caller at that moment reading at once.
        boolean refresher = false;
        if (k != null && k.version() == version && now - k.readAtNanos() < 2 * keepFor) {
            refresher = refreshing.add(key);
            if (!refresher) {
                return k;
            }
        }
        try {
            return read(key, cursor, quality, locale, callsUrl, keepFor, version, now);
        } finally {
            if (refresher) {
                refreshing.remove(key);
            }
        }
    }

    private Kept read(Key key, CallQueue.Cursor cursor, boolean quality, Locale locale, String callsUrl, long keepFor,
                      long version, long now) {
        // the held calls' forms are written with a stand-in for the token, each request's put in when shown
        Page page = written(view.read(cursor, List.of(), quality, locale), locale, callsUrl,
                new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", TOKEN_PLACEHOLDER));
        if (kept.size() >= KEPT_VIEWS) {
            kept.values().removeIf(old -> now - old.readAtNanos() >= keepFor || old.version() != version);
            if (kept.size() >= KEPT_VIEWS) {
                kept.clear();
            }
        }
        Kept fresh = new Kept(page, now, version);
        kept.put(key, fresh);
        return fresh;
    }

    /** For tests: how long a view is kept from now on (zero: none); forgets every view kept. */
    void keepFor(Duration keptFor) {
        this.keptForNanos = keptFor.toNanos();
        kept.clear();
    }
}
