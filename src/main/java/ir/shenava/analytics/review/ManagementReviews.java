package ir.shenava.analytics.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ir.shenava.analytics.internal.QuarterDashboards;
import ir.shenava.analytics.internal.QuarterFigures;
import ir.shenava.analytics.internal.Quarters;
import ir.shenava.shared.JalaliQuarter;
import ir.shenava.shared.PersianText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The management reviews: one per quarter, prepared with a snapshot of the quarter's figures,
 * analysed and given actions by the quality manager, approved by the CEO — and then locked:
 * corrections are new entries (the database refuses edits of an approved review as well).
 */
@Service
@Transactional
public class ManagementReviews {

    /** How many reasons of each source the review analyses. */
    static final int TOP_REASONS = 5;

    private final JdbcClient jdbc;
    private final QuarterDashboards dashboards;
    private final ObjectMapper json;
    private final Clock clock;

    ManagementReviews(JdbcClient jdbc, QuarterDashboards dashboards, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.dashboards = dashboards;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Prepares the quarter's draft with a snapshot of its figures taken now. Empty when the quarter
     * already has a review: of two schedulers (or a click and the job) exactly one prepares it.
     */
    public Optional<Long> prepare(JalaliQuarter quarter, Long preparedBy) {
        ReviewSnapshot snapshot = new ReviewSnapshot(dashboards.compute(quarter, null), dashboards.compute(quarter.previous(), null),
                dashboards.compute(Quarters.yearEarlier(quarter), null));
        Instant now = clock.instant();
        Optional<Long> id = jdbc.sql("""
                insert into analytics_review (quarter_key, status, snapshot, snapshot_taken_at, prepared_by, prepared_at)
                values (?, 'DRAFT', cast(? as jsonb), ?, ?, ?) on conflict (quarter_key) do nothing returning id""")
                .params(Quarters.key(quarter), json.writeValueAsString(snapshot), Timestamp.from(now), preparedBy, Timestamp.from(now))
                .query(Long.class).optional();
        id.ifPresent(reviewId -> {
            topReasons(reviewId, "SURVEY", snapshot.now().surveyReasons());
            topReasons(reviewId, "CASE", snapshot.now().caseReasons());
        });
        return id;
    }

    private void topReasons(long reviewId, String source, List<QuarterFigures.ReasonBar> bars) {
        bars.stream().limit(TOP_REASONS).forEach(b -> jdbc.sql("""
                insert into analytics_review_reason (review_id, reason_code, source, count) values (?, ?, ?, ?)""")
                .params(reviewId, b.code(), source, b.count()).update());
    }

    @Transactional(readOnly = true)
    public Optional<Review> find(JalaliQuarter quarter) {
        return jdbc.sql("select * from analytics_review where quarter_key = ?").param(Quarters.key(quarter))
                .query(this::review).optional();
    }

    @Transactional(readOnly = true)
    public Optional<Review> findById(long id) {
        return jdbc.sql("select * from analytics_review where id = ?").param(id).query(this::review).optional();
    }

    @Transactional(readOnly = true)
    public List<Review> all() {
        return jdbc.sql("select * from analytics_review order by quarter_key desc").query(this::review).list();
    }

    /** The analysis, attendees and root cause per reason; refused once approved. */
    public void analyse(JalaliQuarter quarter, String analysis, String attendees, Map<String, String> rootCauses) {
        Review r = draft(quarter);
        jdbc.sql("update analytics_review set analysis = ?, attendees = ? where id = ?")
                .params(PersianText.normalizeText(analysis), PersianText.normalizeText(attendees), r.id()).update();
        rootCauses.forEach((key, cause) -> {
            String[] parts = key.split(":", 2);
            if (parts.length == 2) {
                jdbc.sql("update analytics_review_reason set root_cause = ? where review_id = ? and source = ? and reason_code = ?")
                        .params(PersianText.normalizeText(cause), r.id(), parts[0], parts[1]).update();
            }
        });
    }

    public long addAction(JalaliQuarter quarter, String description, long ownerId, LocalDate dueOn) {
        Review r = draft(quarter);
        if (description == null || description.isBlank()) {
            throw new ReviewRuleException("analytics.review.error.description");
        }
        return jdbc.sql("""
                insert into analytics_action (review_id, description, owner_id, due_on, status, created_at)
                values (?, ?, ?, ?, 'OPEN', ?) returning id""")
                .params(r.id(), PersianText.normalizeText(description), ownerId, dueOn, Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    /** An action's owner (or the quality manager) reports progress; allowed after approval too. */
    public void updateAction(long actionId, Review.ActionStatus status, String evidence) {
        int n = jdbc.sql("update analytics_action set status = ?, evidence = ?, done_at = ? where id = ?")
                .params(status.name(), PersianText.normalizeText(evidence),
                        status == Review.ActionStatus.DONE ? Timestamp.from(clock.instant()) : null, actionId).update();
        if (n == 0) {
            throw new ReviewRuleException("analytics.review.error.notFound");
        }
    }

    /** The CEO approves: from now on the review is locked. */
    public void approve(JalaliQuarter quarter, Long ceoId) {
        Review r = draft(quarter);
        jdbc.sql("update analytics_review set status = 'APPROVED', approved_by = ?, approved_at = ? where id = ?")
                .params(ceoId, Timestamp.from(clock.instant()), r.id()).update();
    }

    /** A correction after approval: a new entry beside the locked record. */
    public void correct(JalaliQuarter quarter, String body, Long by) {
        Review r = find(quarter).orElseThrow(() -> new ReviewRuleException("analytics.review.error.notFound"));
        if (body == null || body.isBlank()) {
            throw new ReviewRuleException("analytics.review.error.correction");
        }
        jdbc.sql("insert into analytics_review_entry (review_id, written_by, written_at, body) values (?, ?, ?, ?)")
                .params(r.id(), by, Timestamp.from(clock.instant()), PersianText.normalizeText(body)).update();
    }

    @Transactional(readOnly = true)
    public Optional<Review.Action> action(long id) {
        return jdbc.sql("select * from analytics_action where id = ?").param(id).query(ManagementReviews::action).optional();
    }

    @Transactional(readOnly = true)
    public List<Review.Action> actionsOwnedBy(long staffId) {
        return jdbc.sql("select * from analytics_action where owner_id = ? order by status in ('DONE', 'CANCELLED'), due_on, id")
                .param(staffId).query(ManagementReviews::action).list();
    }

    /** Open actions, for the reminder job. */
    @Transactional(readOnly = true)
    public List<Review.Action> openActionsDueBy(LocalDate day) {
        return jdbc.sql("select * from analytics_action where status in ('OPEN', 'IN_PROGRESS') and due_on <= ? order by due_on, id")
                .param(day).query(ManagementReviews::action).list();
    }

    private Review draft(JalaliQuarter quarter) {
        Review r = find(quarter).orElseThrow(() -> new ReviewRuleException("analytics.review.error.notFound"));
        if (r.locked()) {
            throw new ReviewRuleException("analytics.review.error.locked");
        }
        return r;
    }

    private Review review(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<Review.ReasonAnalysis> reasons = jdbc.sql("""
                select reason_code, source, count, root_cause from analytics_review_reason where review_id = ?
                order by source desc, count desc, reason_code""").param(id)
                .query((r, i) -> new Review.ReasonAnalysis(r.getString(1), r.getString(2), r.getLong(3), r.getString(4))).list();
        List<Review.Action> actions = jdbc.sql("select * from analytics_action where review_id = ? order by id").param(id)
                .query(ManagementReviews::action).list();
        List<Review.Correction> corrections = jdbc.sql("select * from analytics_review_entry where review_id = ? order by id")
                .param(id).query((r, i) -> new Review.Correction(r.getLong("id"), r.getObject("written_by", Long.class),
                        r.getTimestamp("written_at").toInstant(), r.getString("body"))).list();
        return new Review(id, Quarters.ofKey(rs.getInt("quarter_key")), Review.Status.valueOf(rs.getString("status")),
                json.readValue(rs.getString("snapshot"), ReviewSnapshot.class), rs.getTimestamp("snapshot_taken_at").toInstant(),
                rs.getString("analysis"), rs.getString("attendees"), rs.getObject("prepared_by", Long.class),
                rs.getTimestamp("prepared_at").toInstant(), rs.getObject("approved_by", Long.class),
                rs.getTimestamp("approved_at") == null ? null : rs.getTimestamp("approved_at").toInstant(),
                reasons, actions, corrections);
    }

    private static Review.Action action(ResultSet rs, int row) throws SQLException {
        return new Review.Action(rs.getLong("id"), rs.getLong("review_id"), rs.getString("description"), rs.getLong("owner_id"),
                rs.getObject("due_on", LocalDate.class), Review.ActionStatus.valueOf(rs.getString("status")),
                rs.getString("evidence"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("done_at") == null ? null : rs.getTimestamp("done_at").toInstant());
    }
}
