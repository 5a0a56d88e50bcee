package ir.shenava.servicerecords.web;

import ir.shenava.servicerecords.review.ReviewPeriod;
import ir.shenava.servicerecords.review.ReviewRuleException;
import ir.shenava.servicerecords.review.SampleSize;
import ir.shenava.shared.JalaliQuarter;
import ir.shenava.shared.PersianText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * What the reviewer chooses to start a sample review: the period typed ("1405/08", "1405-Q3") or
 * picked (year + month or quarter), the sample size as a percentage or a count, an optional seed.
 *
 * @param part "1".."12" for a month, "Q1".."Q4" for a quarter; used when {@code period} is blank
 */
record ReviewStartForm(String period, @Min(value = 1000, message = "{review.period.invalid}") @Max(value = 9998, message = "{review.period.invalid}") Integer year, String part,
                       @NotNull(message = "{review.size.invalid}") SampleSize.Mode mode,
                       @NotNull(message = "{review.size.invalid}") @Min(value = 1, message = "{review.size.countRange}") Integer size,
                       @Pattern(regexp = "\\s*-?[0-9۰-۹٠-٩]{1,19}\\s*", message = "{review.seed.invalid}") String seed) {

    static ReviewStartForm empty(int year) {
        return new ReviewStartForm(null, year, null, SampleSize.Mode.PERCENT, 10, null);
    }

    /** @throws ReviewRuleException "review.period.invalid" */
    ReviewPeriod toPeriod() {
        if (period != null && !period.isBlank()) {
            return ReviewPeriod.parse(period);
        }
        if (year == null || part == null || part.isBlank()) {
            throw new ReviewRuleException("review.period.required");
        }
        if (part.startsWith("Q")) {
            return ReviewPeriod.quarter(JalaliQuarter.parse(year + "-" + part));
        }
        try {
            return ReviewPeriod.month(year, Integer.parseInt(part));
        } catch (NumberFormatException e) {
            throw new ReviewRuleException("review.period.invalid");
        }
    }

    SampleSize toSize() {
        return new SampleSize(mode, size);
    }

    /** @throws ReviewRuleException "review.seed.invalid" when it does not fit a long */
    Long toSeed() {
        if (seed == null || seed.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(PersianText.latinDigits(seed).strip());
        } catch (NumberFormatException e) {
            throw new ReviewRuleException("review.seed.invalid");
        }
    }
}
