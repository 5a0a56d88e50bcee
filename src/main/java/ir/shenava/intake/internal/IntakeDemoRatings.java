package ir.shenava.intake.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import ir.shenava.platform.DemoClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code demo}: after the cases' demo data closed most complaints, about half of their complainants
 * rate the handling from the link in the closing mail, a day or two after it came — mostly 4 or 5,
 * now and then a 1 or 2 — so the dashboard's handling-rating chart has two years to show.
 */
@Component
@Profile("demo")
@Order(55)
class IntakeDemoRatings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IntakeDemoRatings.class);
    private static final int[] SPREAD = {5, 5, 5, 5, 4, 4, 4, 3, 3, 2, 1};

    /** A closed complaint and the moment it was closed. */
    private record Closed(long id, Instant at) {
    }

    private final HandlingRatings ratings;
    private final JdbcClient jdbc;
    private final DemoClock clock;

    IntakeDemoRatings(HandlingRatings ratings, JdbcClient jdbc, DemoClock clock) {
        this.ratings = ratings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from complaint_handling_rating").query(Long.class).single() > 0) {
            return;
        }
        Instant now = clock.instant();
        List<Closed> closed = jdbc.sql("""
                select c.id, max(s.changed_at) from complaint c join complaint_status_change s on s.complaint_id = c.id
                 where c.status = 'CLOSED' and s.status = 'CLOSED' group by c.id order by c.id""")
                .query((rs, i) -> new Closed(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
        Random random = new Random(1406);
        int rated = 0;
        for (Closed c : closed) {
            Instant at = c.at().plus(Duration.ofHours(4 + random.nextInt(44)));
            if (random.nextInt(100) < 55 && at.isBefore(now)) {
                int rating = SPREAD[random.nextInt(SPREAD.length)];
                clock.at(at, () -> ratings.rate(c.id(), rating));
                rated++;
            }
        }
        log.info("Demo: {} of {} closed complaints rated by their complainants", rated, closed.size());
    }
}
