package ir.shenava.intake;

/** The customer's own rating, 1 very dissatisfied … 5 very satisfied (glossary: سطح رضایت). */
public enum SatisfactionLevel {
    VERY_DISSATISFIED, DISSATISFIED, NEUTRAL, SATISFIED, VERY_SATISFIED;

    public int value() {
        return ordinal() + 1;
    }

    public static SatisfactionLevel of(Integer value) {
        return value == null || value < 1 || value > 5 ? null : values()[value - 1];
    }

    public String messageKey() {
        return "satisfaction." + value();
    }
}
