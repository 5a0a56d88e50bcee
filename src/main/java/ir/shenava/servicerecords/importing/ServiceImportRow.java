package ir.shenava.servicerecords.importing;

import java.util.List;
import java.util.Map;

/** A data row of the file: its number as the file shows it, its values by column key, its problems. */
public record ServiceImportRow(int number, Map<String, String> values, List<Problem> errors) {

    /** A problem with one cell: the column key, a message key and its arguments. */
    public record Problem(String column, String key, List<String> args) {

        /** For {@code #messages.msgWithParams} in templates. */
        public Object[] params() {
            return args.toArray();
        }
    }

    public String value(String column) {
        String v = values.get(column);
        return v == null ? "" : v;
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public boolean hasError(String column) {
        return errors.stream().anyMatch(e -> e.column().equals(column));
    }

    ServiceImportRow withErrors(List<Problem> found) {
        return new ServiceImportRow(number, values, List.copyOf(found));
    }
}
