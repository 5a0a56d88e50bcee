package ir.shenava.analytics.internal;

import java.time.Clock;
import java.util.Map;

import ir.shenava.shared.JalaliQuarter;
import ir.shenava.surveys.ReasonSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes one quarter's figures from the projections (a handful of indexed aggregate queries), in
 * one repeatable-read snapshot whose first read is the quarter's change counters: the figures are
 * exactly those of the data at that version, which is what makes stored figures safe to serve
 * while the version still matches. Always in a transaction of its own (a caller's transaction
 * would give another snapshot), writing nothing but the two counters' rows if missing.
 */
@Component
class FigureComputation {

    /** The figures (without the CEO's findings, which are read live) and the version they were computed at. */
    record Result(QuarterFigures figures, long version) {
    }

    private final SurveyFigureQueries surveys;
    private final ComplaintFigureQueries complaints;
    private final ReasonFigureQueries reasons;
    private final StoredFigures stored;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate write;
    private final Clock clock;

    FigureComputation(SurveyFigureQueries surveys, ComplaintFigureQueries complaints, ReasonFigureQueries reasons,
                      StoredFigures stored, PlatformTransactionManager transactions, Clock clock) {
        this.surveys = surveys;
        this.complaints = complaints;
        this.reasons = reasons;
        this.stored = stored;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.write = new TransactionTemplate(transactions);
        this.write.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    Result compute(JalaliQuarter quarter, String department) {
        int key = Quarters.key(quarter);
        write.executeWithoutResult(s -> stored.ensureCounters(key));
        return snapshot.execute(status -> {
            long version = stored.version(key);
            int previous = Quarters.key(quarter.previous());
            QuarterFigures f = new QuarterFigures(quarter.toString(), department, clock.instant(),
                    surveys.surveys(key, department),
                    reasons.pareto(ReasonSource.SURVEY, key, previous, department),
                    reasons.pareto(ReasonSource.CASE, key, previous, department),
                    complaints.complaints(quarter, department),
                    new QuarterFigures.Findings(0, 0, 0, Map.of(), Map.of()));
            return new Result(f, version);
        });
    }
}
