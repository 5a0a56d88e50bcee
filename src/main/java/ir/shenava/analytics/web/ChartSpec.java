package ir.shenava.analytics.web;

import java.util.List;

/**
 * One chart as the page draws it: Chart.js reads the spec from the canvas's {@code data-chart}
 * attribute (no inline script under the CSP), and the same spec is printed as the table beneath.
 * Labels and numbers come from the server already in the reader's language; {@code links} give,
 * per dataset and bar, the list of surveys or complaints behind it (null where there is none).
 */
public record ChartSpec(String id, String title, String type, boolean stacked, boolean horizontal, boolean percent,
                        List<String> labels, List<Dataset> datasets) {

    /** One series: its name, values, colour, and the list behind each value. */
    public record Dataset(String label, List<Number> data, String color, List<String> links, String kind) {
    }

    /** The value of a cell as the table shows it. */
    public Number value(int dataset, int index) {
        List<Number> data = datasets.get(dataset).data();
        return index < data.size() ? data.get(index) : null;
    }

    public String link(int dataset, int index) {
        List<String> links = datasets.get(dataset).links();
        return links == null || index >= links.size() ? null : links.get(index);
    }
}
