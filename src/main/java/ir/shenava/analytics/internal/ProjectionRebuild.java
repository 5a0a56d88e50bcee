package ir.shenava.analytics.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import ir.shenava.intake.ComplaintFollowUp;
import ir.shenava.surveys.FollowUpCallEnded;
import ir.shenava.surveys.SurveyCompleted;
import ir.shenava.surveys.SurveyHistory;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the projections from the other modules' public queries: every complaint refreshed as an
 * event about it would, every completed survey and ended call recorded again from the surveys
 * module's history. Complaints and surveys that existed before analytics listened (or whose events
 * were lost to an old version) are counted from then on. Each row is replaced whole, so running it
 * twice, or while events arrive, leaves the same figures. One node at a time (ShedLock), in the
 * background; it starts by itself when the projections are empty and the sources are not.
 */
@Component
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    private static final int PAGE = 500;

    /** Where the last (or the running) rebuild stands; {@code total} is known at its start. */
    public record Progress(boolean running, long done, long total, Instant startedAt, Instant finishedAt, boolean failed) {

        public int percent() {
            return total == 0 ? (running ? 0 : 100) : (int) Math.min(100, 100 * done / total);
        }
    }

    private final ComplaintFollowUp complaints;
    private final SurveyHistory surveys;
    private final ComplaintProjection complaintProjection;
    private final SurveyProjection surveyProjection;
    private final LockProvider locks;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean onStart;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Progress progress = new Progress(false, 0, 0, null, null, false);

    ProjectionRebuild(ComplaintFollowUp complaints, SurveyHistory surveys, ComplaintProjection complaintProjection,
                      SurveyProjection surveyProjection, LockProvider locks, JdbcClient jdbc, Clock clock,
                      @Value("${shenava.analytics.rebuild-when-empty:true}") boolean onStart) {
        this.complaints = complaints;
        this.surveys = surveys;
        this.complaintProjection = complaintProjection;
        this.surveyProjection = surveyProjection;
        this.locks = locks;
        this.jdbc = jdbc;
        this.clock = clock;
        this.onStart = onStart;
    }

    /** Once on start: empty projections beside existing complaints or surveys mean analytics came late. */
    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (onStart && projectionsEmpty() && complaints.count() + surveys.count() > 0) {
            log.info("The analytics projections are empty and the sources are not: rebuilding them");
            start();
        }
    }

    boolean projectionsEmpty() {
        return jdbc.sql("""
                select not exists (select 1 from analytics_complaint) and not exists (select 1 from analytics_survey)
                   and not exists (select 1 from analytics_call)""").query(Boolean.class).single();
    }

    /** Starts a rebuild in the background; false when one already runs in this process. */
    public boolean start() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        progress = new Progress(true, 0, 0, clock.instant(), null, false);
        Thread worker = new Thread(() -> {
            try {
                run();
            } finally {
                running.set(false);
            }
        }, "analytics-rebuild");
        worker.setDaemon(true);
        worker.start();
        return true;
    }

    public Progress progress() {
        return progress;
    }

    /** The rebuild itself, in the caller's thread; false when another node holds the lock. */
    public boolean run() {
        Instant started = progress.startedAt() == null || !progress.running() ? clock.instant() : progress.startedAt();
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(clock.instant(), "analytics-rebuild",
                Duration.ofHours(2), Duration.ZERO));
        if (lock.isEmpty()) {
            progress = new Progress(false, 0, 0, started, clock.instant(), true);
            return false;
        }
        long total = complaints.count() + surveys.count();
        long done = 0;
        progress = new Progress(true, 0, total, started, null, false);
        try {
            List<Long> ids;
            long after = 0;
            while (!(ids = complaints.idsAfter(after, PAGE)).isEmpty()) {
                for (long id : ids) {
                    complaintProjection.refresh(id);
                }
                after = ids.get(ids.size() - 1);
                progress = new Progress(true, done += ids.size(), total, started, null, false);
            }
            List<SurveyCompleted> completed;
            after = 0;
            while (!(completed = surveys.completedAfter(after, PAGE)).isEmpty()) {
                completed.forEach(surveyProjection::record);
                after = completed.get(completed.size() - 1).surveyId();
                progress = new Progress(true, done += completed.size(), total, started, null, false);
            }
            List<FollowUpCallEnded> calls;
            after = 0;
            while (!(calls = surveys.endedCallsAfter(after, PAGE)).isEmpty()) {
                calls.forEach(surveyProjection::record);
                after = calls.get(calls.size() - 1).callId();
                progress = new Progress(true, done += calls.size(), total, started, null, false);
            }
            progress = new Progress(false, done, Math.max(done, total), started, clock.instant(), false);
            log.info("Rebuilt the analytics projections: {} complaints, surveys and calls", done);
            return true;
        } catch (RuntimeException e) {
            progress = new Progress(false, done, total, started, clock.instant(), true);
            log.error("The analytics rebuild failed after {} rows", done, e);
            throw e;
        } finally {
            lock.get().unlock();
        }
    }
}
