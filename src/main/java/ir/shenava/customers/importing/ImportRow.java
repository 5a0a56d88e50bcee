package ir.shenava.customers.importing;

import java.util.List;
import java.util.Map;

/** A data row of the file: its row number as the user sees it in the file, its values by column key, its errors. */
public record ImportRow(int number, Map<String, String> values, List<RowError> errors) {

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

    public ImportRow withErrors(List<RowError> found) {
        return new ImportRow(number, values, List.copyOf(found));
    }
}
