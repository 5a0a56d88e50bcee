package ir.shenava.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work that takes longer than a person should wait for a page runs here, in the background, and its
 * progress is written to the database as it goes, so that the page {@code /jobs/{id}} shows a progress
 * bar and then the result — from whichever node answers. Progress is written in its own short
 * transaction: the work itself may hold one long transaction (an import is all-or-nothing), whose
 * writes nobody sees until it commits.
 */
@Component
public class BackgroundWork {

    /** A job's state as its owner sees it. */
    public enum State { RUNNING, DONE, FAILED }

    /** What a job page shows. {@code resultArgs} fill the message {@code resultKey}. */
    public record Job(UUID id, String owner, String titleKey, String backUrl, State state, int done, int total,
                      String resultKey, List<String> resultArgs, String resultUrl, Instant startedAt, Instant finishedAt) {

        public int percent() {
            return total <= 0 ? (state == State.RUNNING ? 0 : 100) : Math.min(100, done * 100 / total);
        }
    }

    /** How the work reports how far it got. Cheap to call for every row: writes at most a few times a second. */
    @FunctionalInterface
    public interface Progress {
        void done(int done);
    }

    /** The result of finished work: a message and where to go next. */
    public record Result(String messageKey, List<String> args, String url) {
    }

    /** Work refused or failed in a way its owner should read: a message key and its arguments. */
    public static class Failure extends RuntimeException {

        private final String messageKey;
        private final List<String> args;

        public Failure(String messageKey, String... args) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.args = Arrays.asList(args);
        }
    }

    /** The work itself. */
    @FunctionalInterface
    public interface Task {
        Result run(Progress progress);
    }

    private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);
    private static final long WRITE_EVERY_MILLIS = 300;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separate;
    private final Clock clock;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "background-work");
        t.setDaemon(true);
        return t;
    });

    BackgroundWork(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Starts the work and returns at once.
     *
     * @param backUrl where the job page's "back" link goes (and where a failed job sends its owner)
     */
    public UUID start(String owner, String titleKey, String backUrl, int total, Task task) {
        UUID id = UUID.randomUUID();
        separate.executeWithoutResult(s -> jdbc.update("""
                insert into background_job (id, owner, title_key, back_url, state, total, started_at)
                values (?, ?, ?, ?, 'RUNNING', ?, ?)""", id, owner, titleKey, backUrl, total, Timestamp.from(clock.instant())));
        executor.execute(() -> run(id, task));
        return id;
    }

    /** The job, to its owner only. */
    public Optional<Job> find(UUID id, String owner) {
        return jdbc.query("select * from background_job where id = ? and owner = ?", (rs, i) -> new Job(
                (UUID) rs.getObject("id"), rs.getString("owner"), rs.getString("title_key"), rs.getString("back_url"),
                State.valueOf(rs.getString("state")), rs.getInt("done"), rs.getInt("total"), rs.getString("result_key"),
                rs.getString("result_args") == null ? List.of() : List.of(rs.getString("result_args").split("\u001F", -1)),
                rs.getString("result_url"), rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant()), id, owner)
                .stream().findFirst();
    }

    private void run(UUID id, Task task) {
        long[] lastWrite = {0};
        Progress progress = done -> {
            long now = System.currentTimeMillis();
            if (now - lastWrite[0] >= WRITE_EVERY_MILLIS) {
                lastWrite[0] = now;
                separate.executeWithoutResult(s -> jdbc.update("update background_job set done = ? where id = ?", done, id));
            }
        };
        try {
            Result result = task.run(progress);
            finish(id, State.DONE, result.messageKey(), result.args(), result.url());
        } catch (Failure e) {
            finish(id, State.FAILED, e.messageKey, e.args, null);
        } catch (RuntimeException e) {
            log.error("Background job {} failed", id, e);
            finish(id, State.FAILED, "jobs.failed", List.of(), null);
        }
    }

    private void finish(UUID id, State state, String key, List<String> args, String url) {
        separate.executeWithoutResult(s -> jdbc.update("""
                update background_job set state = ?, done = case when ? = 'DONE' then total else done end,
                       result_key = ?, result_args = ?, result_url = ?, finished_at = ? where id = ?""",
                state.name(), state.name(), key, String.join("\u001F", args), url, Timestamp.from(clock.instant()), id));
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
