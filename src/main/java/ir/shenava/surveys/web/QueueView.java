package ir.shenava.surveys.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import ir.shenava.surveys.calls.CallQueue;
import ir.shenava.surveys.calls.CallRow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one view of the callers' queue — a page of due calls, the call-backs and the held calls above the
 * first page, the due count, and the customers, contacts and units of every row — in one read-only
 * transaction: one connection and one snapshot for the page, where each of the eight look-ups began and
 * committed a transaction of its own (a fifth of the page's CPU in calls-cost.sh's profile).
 */
@Component
class QueueView {

    /** A page a caller takes in at a glance; the next page is one click away (keyset, see CallQueue.Cursor). */
    static final int DUE_ROWS = 25;
    static final int CALL_BACK_ROWS = 25;
    static final int ATTENTION_ROWS = 50;
    /** The due count stops here ("more than 1,000"). */
    static final int COUNT_CAP = 1000;

    private final CallQueue queue;
    private final QueueRows rows;
    private final Clock clock;

    QueueView(CallQueue queue, QueueRows rows, Clock clock) {
        this.queue = queue;
        this.rows = rows;
        this.clock = clock;
    }

    /**
     * @param cursor where the page starts (null: the first page, with the call-backs and held calls above it)
     * @param customerIds only these customers' calls (empty: everybody's)
     * @param quality the viewer is a quality manager: the first page shows the held calls too
     */
    @Transactional(readOnly = true)
    Shown read(CallQueue.Cursor cursor, List<Long> customerIds, boolean quality, Locale locale) {
        Instant now = clock.instant();
        CallQueue.Page due = queue.due(cursor, customerIds, DUE_ROWS);
        List<CallRow> callBacks = cursor != null ? List.of() : queue.callBacks(customerIds, CALL_BACK_ROWS);
        List<CallRow> attention = quality && cursor == null && customerIds.isEmpty() ? queue.needingAttention(ATTENTION_ROWS) : List.of();
        List<List<QueueRow>> shown = rows.of(List.of(due.rows(), callBacks, attention), locale, now);
        long dueCount = customerIds.isEmpty() ? queue.dueCount(COUNT_CAP) : due.rows().size();
        return new Shown(shown.get(0), shown.get(1), shown.get(2), due.next() == null ? null : due.next().text(), dueCount);
    }

    /** The rows of the three lists in words, the cursor of the next page (null on the last), the due count. */
    record Shown(List<QueueRow> due, List<QueueRow> callBacks, List<QueueRow> attention, String nextPage, long dueCount) {
    }
}
