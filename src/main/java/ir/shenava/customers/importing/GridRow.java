package ir.shenava.customers.importing;

import java.util.List;

/** The cells of one line of a sheet or CSV file, as text, with its row number as shown in the file. */
record GridRow(int number, List<String> cells) {

    boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    String cell(int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
    }
}
