package ir.shenava.servicerecords;

import java.util.Map;

/**
 * The outcome of one sample review of confirmation forms, for charts (analytics) and the review page.
 *
 * @param periodLabel     "1405/08" (Jalali month) or "1405-Q3" (Jalali quarter)
 * @param defectsByKind   every kind (MISSING, NOT_FILLED, NOT_STAMPED, NOT_SIGNED, INCONSISTENT, NOT_SATISFIED)
 *                        with its count, zeros included
 * @param defectsByExpert defects per technical expert's staff id (0 = services recorded without staff)
 */
public record ConfirmationReviewSummary(String periodLabel, int sampled, int reviewed,
                                        Map<String, Integer> defectsByKind, Map<Long, Integer> defectsByExpert) {

    public int defects() {
        return defectsByKind.values().stream().mapToInt(Integer::intValue).sum();
    }
}
