package ir.shenava.surveys.web;

import java.util.List;

/**
 * One of the queue's tables (due calls, call-backs, held calls): its rows, and the same rows already
 * written as the table's body ({@link QueueTables}). The page prints {@link #body()} as it is.
 *
 * @param kind due, callback or attention: the table's id ({@code calls-<kind>}) and its claim form's
 */
public record QueueTable(String kind, List<QueueRow> rows, String body) {

    /** A table with no rows: the page says the list is empty. */
    static QueueTable empty(String kind) {
        return new QueueTable(kind, List.of(), "");
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public int size() {
        return rows.size();
    }
}
