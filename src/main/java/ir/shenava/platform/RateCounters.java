package ir.shenava.platform;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sliding-window counters in PostgreSQL (table {@code rate_counter}), shared by all nodes: "at most
 * N events per key in the last T". Each key is one row holding the times of its events inside the
 * window; an event is added by one statement that locks the row and refuses when the window is
 * full, so concurrent requests on any node never slip past a limit, and each call is one round trip
 * outside the caller's transaction (a refused request still counts when its own work rolls back, and
 * a read-only page may count too). Times come from the application's {@link Clock}, as the callers' rules
 * do. Keys whose last event left its window are deleted every minute by whichever node gets there.
 */
@Component
public class RateCounters {

    private final JdbcClient jdbc;
    private final TransactionTemplate outside;
    private final Clock clock;

    RateCounters(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.outside = new TransactionTemplate(transactions);
        this.outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        this.clock = clock;
    }

    /** Records an event of the key; false when it already has {@code limit} in the window (the event is then not recorded). */
    public boolean tryAcquire(String key, int limit, Duration window) {
        if (limit <= 0) {
            return false;
        }
        Instant now = clock.instant();
        Timestamp cutoff = Timestamp.from(now.minus(window));
        return Boolean.TRUE.equals(outside.execute(status -> jdbc.sql("""
                        insert into rate_counter as r (key, times, expires_at) values (:key, array[cast(:now as timestamptz)], :expires)
                        on conflict (key) do update
                           set times = array(select t from unnest(r.times) t where t > :cutoff order by t) || cast(:now as timestamptz),
                               expires_at = excluded.expires_at
                         where (select count(*) from unnest(r.times) t where t > :cutoff) < :limit
                        returning 1""")
                .param("key", key).param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(window)))
                .param("cutoff", cutoff).param("limit", limit)
                .query(Integer.class).optional().isPresent()));
    }

    /** Gives back the key's latest event: it turned out not to count (a right answer, say). */
    public void release(String key) {
        outside.executeWithoutResult(status -> jdbc.sql(
                        "update rate_counter set times = times[1:cardinality(times) - 1] where key = ? and cardinality(times) > 0")
                .param(key).update());
    }

    /** The key's events inside the window, oldest first. */
    public List<Instant> events(String key, Duration window) {
        Instant cutoff = clock.instant().minus(window);
        Optional<Timestamp[]> times = outside.execute(status -> jdbc.sql("select times from rate_counter where key = ?").param(key)
                .query((rs, i) -> timestamps(rs.getArray(1))).optional());
        return times.map(t -> Arrays.stream(t).map(Timestamp::toInstant).filter(at -> at.isAfter(cutoff)).sorted().toList())
                .orElse(List.of());
    }

    /** Forgets a key (an account unlocked by hand, say). */
    public void forget(String key) {
        outside.executeWithoutResult(status -> jdbc.sql("delete from rate_counter where key = ?").param(key).update());
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    public void deleteExpired() {
        jdbc.sql("delete from rate_counter where expires_at < ?").param(Timestamp.from(clock.instant())).update();
    }

    private static Timestamp[] timestamps(Array array) throws SQLException {
        try {
            return (Timestamp[]) array.getArray();
        } finally {
            array.free();
        }
    }
}
