package ir.shenava.analytics.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import ir.shenava.shared.JalaliQuarter;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The figures of a quarter for the dashboard, the review snapshot and the pack. A view reads the
 * stored figures ({@link StoredFigures}); when a write moved the quarter's counter since they were
 * computed, they are computed again — once: concurrent views of this process wait for the one
 * computation in progress, and other nodes for its advisory lock, then read its result. A closed
 * quarter is always served exact. The current quarter changes with every complaint, so stored
 * figures younger than {@code shenava.analytics.current-quarter-life} are served as they are (the
 * page says when they were computed) while a background thread computes them again.
 */
@Service
public class QuarterDashboards {

    private static final Logger log = LoggerFactory.getLogger(QuarterDashboards.class);

    /** Section means and complaint counts of one quarter, for the trend charts. */
    public record TrendPoint(String quarter, Map<String, Double> sectionMeans, long complaints, long surveys) {
    }

    /** What the dashboard shows: the quarter, its two comparisons and the eight quarters ending with it. */
    public record Dashboard(QuarterFigures now, QuarterFigures previous, QuarterFigures yearAgo, List<TrendPoint> trend) {
    }

    private final FigureComputation computation;
    private final StoredFigures stored;
    private final QuarterFindings findings;
    private final Clock clock;
    private final Duration currentLife;
    private final Map<String, CompletableFuture<QuarterFigures>> running = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> computations = new ConcurrentHashMap<>();
    private final Map<String, Boolean> queued = new ConcurrentHashMap<>();
    /** At most this many computations at once: each holds two connections and a core's worth of PostgreSQL. */
    private final Semaphore computing = new Semaphore(2);
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "analytics-figures");
        t.setDaemon(true);
        return t;
    });

    QuarterDashboards(FigureComputation computation, StoredFigures stored, QuarterFindings findings, Clock clock,
                      @Value("${shenava.analytics.current-quarter-life:PT10M}") Duration currentLife) {
        this.computation = computation;
        this.stored = stored;
        this.findings = findings;
        this.clock = clock;
        this.currentLife = currentLife;
    }

    /** The quarter's figures: stored when current, otherwise computed once and stored. */
    public QuarterFigures figures(JalaliQuarter quarter, String department) {
        return findings.with(served(List.of(quarter), department).get(0), quarter, department);
    }

    /** The dashboard's figures with one version check for all eight quarters it needs. */
    public Dashboard dashboard(JalaliQuarter quarter, String department) {
        List<JalaliQuarter> quarters = eightEndingWith(quarter);
        List<QuarterFigures> figures = served(quarters, department);
        return new Dashboard(findings.with(figures.get(7), quarter, department),
                findings.with(figures.get(6), quarter.previous(), department),
                findings.with(figures.get(3), Quarters.yearEarlier(quarter), department), trend(quarters, figures));
    }

    /** The eight quarters ending with {@code last}, oldest first, from their stored figures. */
    public List<TrendPoint> trend(JalaliQuarter last, String department) {
        List<JalaliQuarter> quarters = eightEndingWith(last);
        return trend(quarters, served(quarters, department));
    }

    /** The quarter's figures computed now, neither read from nor written to the store (tests, comparisons). */
    public QuarterFigures compute(JalaliQuarter quarter, String department) {
        return findings.with(computation.compute(quarter, department).figures(), quarter, department);
    }

    /** How many times this process computed the quarter's figures for the store (single-flight proof). */
    public long computations(JalaliQuarter quarter, String department) {
        AtomicLong n = computations.get(id(Quarters.key(quarter), StoredFigures.slice(department)));
        return n == null ? 0 : n.get();
    }

    /** Computes the quarter's figures again unless they are current (the refresh job, a stale current quarter). */
    public void refresh(JalaliQuarter quarter, String department) {
        if (!stored.find(Quarters.key(quarter), StoredFigures.slice(department)).current()) {
            computeOnce(quarter, department);
        }
    }

    private List<QuarterFigures> served(List<JalaliQuarter> quarters, String department) {
        String slice = StoredFigures.slice(department);
        List<StoredFigures.Row> rows = stored.find(quarters.stream().map(Quarters::key).toList(), slice);
        JalaliQuarter current = Quarters.current(clock);
        List<QuarterFigures> figures = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            JalaliQuarter q = quarters.get(i);
            StoredFigures.Row row = rows.get(i);
            if (row.current()) {
                figures.add(row.figures());
            } else if (row.stored() && q.compareTo(current) >= 0
                    && !row.computedAt().plus(currentLife).isBefore(clock.instant())) {
                refreshLater(q, department);
                figures.add(row.figures());
            } else {
                figures.add(computeOnce(q, department));
            }
        }
        return figures;
    }

    private QuarterFigures computeOnce(JalaliQuarter quarter, String department) {
        int key = Quarters.key(quarter);
        String slice = StoredFigures.slice(department);
        String id = id(key, slice);
        CompletableFuture<QuarterFigures> mine = new CompletableFuture<>();
        CompletableFuture<QuarterFigures> other = running.putIfAbsent(id, mine);
        if (other != null) {
            return other.join();
        }
        try {
            computing.acquireUninterruptibly();
            try {
                QuarterFigures f = stored.exclusively(key, slice, () -> {
                    StoredFigures.Row again = stored.find(key, slice);
                    if (again.current()) {   // another node (or an earlier flight) stored them meanwhile
                        return again.figures();
                    }
                    FigureComputation.Result r = computation.compute(quarter, department);
                    stored.store(key, slice, r.figures(), r.version());
                    computations.computeIfAbsent(id, k -> new AtomicLong()).incrementAndGet();
                    return r.figures();
                });
                mine.complete(f);
                return f;
            } finally {
                computing.release();
            }
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(id, mine);
        }
    }

    /** One background computation per quarter and slice at a time; views meanwhile get the stored figures. */
    private void refreshLater(JalaliQuarter quarter, String department) {
        String id = id(Quarters.key(quarter), StoredFigures.slice(department));
        if (queued.putIfAbsent(id, Boolean.TRUE) == null) {
            background.execute(() -> {
                try {
                    refresh(quarter, department);
                } catch (RuntimeException e) {
                    log.warn("Could not compute the figures of {} / {} again: {}", quarter, department, e.getMessage());
                } finally {
                    queued.remove(id);
                }
            });
        }
    }

    private static String id(int key, String slice) {
        return key + "/" + slice;
    }

    private static List<JalaliQuarter> eightEndingWith(JalaliQuarter last) {
        List<JalaliQuarter> quarters = new ArrayList<>();
        JalaliQuarter q = last;
        for (int i = 0; i < 8; i++, q = q.previous()) {
            quarters.add(0, q);
        }
        return quarters;
    }

    private static List<TrendPoint> trend(List<JalaliQuarter> quarters, List<QuarterFigures> figures) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            QuarterFigures f = figures.get(i);
            Map<String, Double> means = new LinkedHashMap<>();
            f.surveys().sections().stream().filter(s -> s.mean() != null).forEach(s -> means.put(s.section(), s.mean()));
            points.add(new TrendPoint(quarters.get(i).toString(), means, f.complaints().received(), f.surveys().completed()));
        }
        return points;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
