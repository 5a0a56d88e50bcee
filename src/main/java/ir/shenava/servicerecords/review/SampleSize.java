package ir.shenava.servicerecords.review;

/** How many forms to draw: a percentage of the population (rounded up) or a fixed count. */
public record SampleSize(Mode mode, int value) {

    public enum Mode {
        PERCENT, COUNT;

        public String messageKey() {
            return "review.mode." + name();
        }
    }

    public SampleSize {
        if (mode == null) {
            throw new ReviewRuleException("review.size.invalid");
        }
        if (value < 1 || (mode == Mode.PERCENT && value > 100)) {
            throw new ReviewRuleException(mode == Mode.PERCENT ? "review.size.percentRange" : "review.size.countRange");
        }
    }

    public static SampleSize percent(int value) {
        return new SampleSize(Mode.PERCENT, value);
    }

    public static SampleSize count(int value) {
        return new SampleSize(Mode.COUNT, value);
    }

    /** The wished size before the per-stratum minimum and the population cap are applied. */
    int wished(int population) {
        return mode == Mode.COUNT ? value : (int) ((population * (long) value + 99) / 100);
    }
}
