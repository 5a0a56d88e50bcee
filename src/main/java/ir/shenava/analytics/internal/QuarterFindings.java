package ir.shenava.analytics.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ir.shenava.platform.Snapshot;
import ir.shenava.servicerecords.ConfirmationReviewSummaries;
import ir.shenava.servicerecords.ConfirmationReviewSummary;
import ir.shenava.shared.JalaliQuarter;
import org.springframework.stereotype.Component;

/**
 * The CEO's sample reviews of confirmation forms whose period lies in a quarter, put onto its
 * figures. They are another module's and move no counter of ours, so they are not stored with the
 * figures: read again after a few seconds (a few rows, but through JPA: read for each of a
 * dashboard's three quarters they were a fifth of a served dashboard's time). Whole company only.
 */
@Component
class QuarterFindings {

    private static final Duration LIFE = Duration.ofSeconds(10);

    private final ConfirmationReviewSummaries reviews;
    private final Map<JalaliQuarter, Snapshot<QuarterFigures.Findings>> kept = new ConcurrentHashMap<>();

    QuarterFindings(ConfirmationReviewSummaries reviews) {
        this.reviews = reviews;
    }

    QuarterFigures with(QuarterFigures f, JalaliQuarter quarter, String department) {
        QuarterFigures.Findings findings = department == null
                ? kept.computeIfAbsent(quarter, q -> new Snapshot<>(LIFE, () -> read(q))).get()
                : new QuarterFigures.Findings(0, 0, 0, Map.of(), Map.of());
        return new QuarterFigures(f.quarter(), f.department(), f.computedAt(), f.surveys(), f.surveyReasons(), f.caseReasons(),
                f.complaints(), findings);
    }

    private QuarterFigures.Findings read(JalaliQuarter quarter) {
        List<ConfirmationReviewSummary> within = reviews.within(quarter.firstGregorianDay(), quarter.lastGregorianDay());
        Map<String, Integer> byKind = new LinkedHashMap<>();
        Map<Long, Integer> byExpert = new LinkedHashMap<>();
        int sampled = 0;
        int reviewed = 0;
        for (ConfirmationReviewSummary s : within) {
            sampled += s.sampled();
            reviewed += s.reviewed();
            s.defectsByKind().forEach((k, n) -> byKind.merge(k, n, Integer::sum));
            s.defectsByExpert().forEach((k, n) -> byExpert.merge(k, n, Integer::sum));
        }
        return new QuarterFigures.Findings(within.size(), sampled, reviewed, byKind, byExpert);
    }
}
