package ir.shenava.customers.importing;

import java.util.List;

/** A problem with one cell of a row: the column key, a message-bundle key and its arguments. */
public record RowError(String column, String key, List<String> args) {

    public static RowError of(String column, String key, String... args) {
        return new RowError(column, key, List.of(args));
    }

    /** For {@code #messages.msgWithParams} in templates. */
    public Object[] params() {
        return args.toArray();
    }
}
