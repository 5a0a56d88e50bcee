package ir.shenava.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import ir.shenava.intake.ComplaintStatus;
import ir.shenava.intake.HandlingRated;
import ir.shenava.shared.PersianText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After closure, how well the complaint was handled (ISO 10002 §8.3): one rating per complaint, the
 * first click wins; an optional comment may follow once. Each is announced with {@link HandlingRated}.
 */
@Service
public class HandlingRatings {

    /** A stored rating; comment null until the complainant adds one. */
    public record Rating(int rating, String comment, Instant ratedAt) {
    }

    private static final RowMapper<Rating> ROW =
            (rs, i) -> new Rating(rs.getInt("rating"), rs.getString("comment"), rs.getTimestamp("rated_at").toInstant());

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HandlingRatings(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public AnswerOutcome rate(long complaintId, int rating) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("A rating is 1 to 5, not " + rating);
        }
        String status = jdbc.sql("select status from complaint where id = ?").param(complaintId)
                .query(String.class).optional().orElse(null);
        if (!ComplaintStatus.CLOSED.name().equals(status)) {
            return AnswerOutcome.NOT_NOW;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);   // as the database keeps it
        int stored = jdbc.sql("""
                insert into complaint_handling_rating (complaint_id, rating, rated_at) values (?, ?, ?)
                on conflict (complaint_id) do nothing""").params(complaintId, rating, Timestamp.from(now)).update();
        if (stored == 0) {
            return AnswerOutcome.ALREADY_GIVEN;
        }
        events.publishEvent(new HandlingRated(complaintId, rating, null, now));
        return AnswerOutcome.RECORDED;
    }

    /** The comment after the click; announced again with the same rating and time (listeners keep the latest). */
    @Transactional
    public AnswerOutcome comment(long complaintId, String comment) {
        String text = PersianText.normalizeText(comment);
        if (text == null || text.isEmpty()) {
            return AnswerOutcome.NOT_NOW;
        }
        Optional<Rating> commented = jdbc.sql("""
                update complaint_handling_rating set comment = ? where complaint_id = ? and comment is null
                returning rating, comment, rated_at""").params(text, complaintId).query(ROW).optional();
        if (commented.isEmpty()) {
            return of(complaintId).isPresent() ? AnswerOutcome.ALREADY_GIVEN : AnswerOutcome.NOT_NOW;
        }
        events.publishEvent(new HandlingRated(complaintId, commented.get().rating(), text, commented.get().ratedAt()));
        return AnswerOutcome.RECORDED;
    }

    @Transactional(readOnly = true)
    public Optional<Rating> of(long complaintId) {
        return jdbc.sql("select rating, comment, rated_at from complaint_handling_rating where complaint_id = ?")
                .param(complaintId).query(ROW).optional();
    }
}
