package ir.shenava.surveys.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ir.shenava.surveys.calls.CallQueue;
import ir.shenava.surveys.calls.QueueChanges;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The callers' queue as last read, kept for a moment. An unfiltered view ({@link QueueView}) is kept
 * for {@code shenava.calls.queue-kept-for} (2 s; 0 keeps nothing) and shown to every caller who opens
 * the same page in the same language and role meanwhile: a team's callers open the same first page
 * again and again, and it changes far less often than it is looked at.
 *
 * <p>A call written on this node ({@link QueueChanges}) makes the next view read afresh, so a caller
 * never sees the call they just claimed, tried or completed as it was. A change on another node, a
 * call falling due, a customer renamed show within the 2 s. A claim stays safe whatever a page showed:
 * the row lock decides it, and a call taken meanwhile answers "taken by another caller".
 */
@Component
class KeptQueueViews {

    /** How many views are kept at most (first pages and the pages after them, per language and role). */
    static final int KEPT_VIEWS = 64;

    private final QueueView view;
    private final QueueChanges changes;
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    private volatile long keptForNanos;

    KeptQueueViews(QueueView view, QueueChanges changes, @Value("${shenava.calls.queue-kept-for:PT2S}") Duration keptFor) {
        this.view = view;
        this.changes = changes;
        this.keptForNanos = keptFor.toNanos();
    }

    private record Key(String cursor, boolean quality, String language) {
    }

    private record Kept(QueueView.Shown shown, long readAtNanos, long version) {
    }

    /** The view as {@link QueueView#read} gives it, kept as the class comment says when it is unfiltered. */
    QueueView.Shown show(CallQueue.Cursor cursor, List<Long> customerIds, boolean quality, Locale locale) {
        long keepFor = keptForNanos;
        if (keepFor <= 0 || !customerIds.isEmpty()) {
            return view.read(cursor, customerIds, quality, locale);
        }
        Key key = new Key(cursor == null ? "" : cursor.text(), quality, locale == null ? "" : locale.getLanguage());
        long version = changes.current();   // taken before reading: a change during the read makes the next view read again
        long now = System.nanoTime();
        Kept k = kept.get(key);
        if (k != null && k.version() == version && now - k.readAtNanos() < keepFor) {
            return k.shown();
        }
        QueueView.Shown shown = view.read(cursor, customerIds, quality, locale);
        if (kept.size() >= KEPT_VIEWS) {
            kept.values().removeIf(old -> now - old.readAtNanos() >= keepFor || old.version() != version);
            if (kept.size() >= KEPT_VIEWS) {
                kept.clear();
            }
        }
        kept.put(key, new Kept(shown, now, version));
        return shown;
    }

    /** For tests: how long a view is kept from now on (zero: none); forgets every view kept. */
    void keepFor(Duration keptFor) {
        this.keptForNanos = keptFor.toNanos();
        kept.clear();
    }
}
