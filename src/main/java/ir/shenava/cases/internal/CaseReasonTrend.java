package ir.shenava.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code demo}: the root-cause reasons a demo case is coded with when it closes — by its category,
 * with a story the quarterly evaluation can tell: spare parts grew scarce over a year (a supplier
 * lost) and recovered after the review's action; a new model's short training showed up for two
 * quarters a year ago; late appointments have been falling steadily since the visits are planned.
 */
final class CaseReasonTrend {

    private static final Map<String, List<String>> BY_CATEGORY = Map.of(
            "SALES", List.of("SALES.DELIVERY_LATE", "SALES.CONTRACT_MISMATCH", "SALES.PAPERWORK"),
            "INSTALLATION", List.of("INST.INCOMPLETE", "INST.QUALITY", "INST.LATE"),
            "TRAINING", List.of("INST.NO_DOCUMENTS", "INST.TRAINING_SHORT"),
            "AFTER_SALES", List.of("AFTER.SLOW_RESPONSE", "AFTER.REPEAT_FAULT", "AFTER.PHONE_SUPPORT"),
            "STAFF_BEHAVIOUR", List.of("STAFF.UNPROFESSIONAL", "STAFF.DISCOURTEOUS", "STAFF.UNRESPONSIVE"),
            "PRODUCT", List.of("PRODUCT.DEFECT", "PRODUCT.PERFORMANCE", "PRODUCT.USABILITY"));
    /** Share of after-sales cases closed 0, 1, 2 … quarters ago whose cause was spare parts. */
    private static final double[] SPARE_PARTS = {0.1, 0.2, 0.55, 0.5, 0.25, 0.1, 0.05, 0.05, 0.05};

    private CaseReasonTrend() {
    }

    /** One reason (one case in five two) for a case of the category closed at {@code closedAt}. */
    static List<String> reasonsFor(String category, Instant closedAt, Instant now, Random random) {
        List<String> pool = BY_CATEGORY.getOrDefault(category, List.of("OTHER.OTHER"));
        int quartersAgo = (int) Math.min(8, Duration.between(closedAt, now).toDays() / 91);
        double roll = random.nextDouble();
        List<String> codes = new ArrayList<>();
        switch (category) {
            case "AFTER_SALES" -> {
                if (roll < SPARE_PARTS[quartersAgo]) {
                    codes.add("AFTER.SPARE_PARTS");
                }
            }
            case "INSTALLATION", "TRAINING" -> {
                if (roll < (quartersAgo == 4 || quartersAgo == 5 ? 0.6 : 0.1)) {
                    codes.add("INST.TRAINING_SHORT");
                }
            }
            case "STAFF_BEHAVIOUR" -> {
                if (roll < 0.1 + 0.07 * quartersAgo) {
                    codes.add("STAFF.UNPUNCTUAL");
                }
            }
            default -> { }
        }
        if (codes.isEmpty() || random.nextInt(5) == 0) {
            String more = pool.get(random.nextInt(pool.size()));
            if (!codes.contains(more)) {
                codes.add(more);
            }
        }
        return codes;
    }
}
