package ir.shenava.analytics.internal;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored figures ready before anyone asks: every few minutes (one node at a time) it
 * computes again the stored figures that a write made stale — a late answer, a reopened case, a
 * rebuild — and the company figures of every quarter with data that has none yet. A closed quarter's
 * figures are then current when the quality manager opens them; the current quarter's are at most
 * a few minutes old.
 */
@Component
public class FiguresRefresh {

    private static final Logger log = LoggerFactory.getLogger(FiguresRefresh.class);

    private final StoredFigures stored;
    private final QuarterDashboards dashboards;

    FiguresRefresh(StoredFigures stored, QuarterDashboards dashboards) {
        this.stored = stored;
        this.dashboards = dashboards;
    }

    @Scheduled(fixedDelayString = "${shenava.analytics.figures-refresh:PT5M}",
            initialDelayString = "${shenava.analytics.figures-refresh-first:PT1M}")
    @SchedulerLock(name = "analytics-figures-refresh", lockAtLeastFor = "PT10S", lockAtMostFor = "PT30M")
    public void onSchedule() {
        runOnce();
    }

    /** How many figures it computed again. */
    public int runOnce() {
        int done = 0;
        List<StoredFigures.Row> stale = stored.stale();
        for (StoredFigures.Row row : stale) {
            dashboards.refresh(Quarters.ofKey(row.key()), row.slice().isEmpty() ? null : row.slice());
            done++;
        }
        for (int key : stored.missing()) {
            dashboards.refresh(Quarters.ofKey(key), null);
            done++;
        }
        if (done > 0) {
            log.info("Computed the stored figures of {} quarters and slices again", done);
        }
        return done;
    }
}
