package ir.shenava.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import ir.shenava.shared.PersianText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the investigation (the cases module) tells intake so that the customer-facing side follows
 * the case: the public status and its history, the owner, who else may see the complaint (the
 * delegation chain, even for a confidential one), and the messages sent to the complainant.
 * Intake never asks cases anything: the dependency runs one way.
 */
@Service
@Transactional
public class ComplaintFollowUp {

    private final JdbcClient jdbc;

    ComplaintFollowUp(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<ComplaintSummary> summary(long complaintId) {
        // a projection, not the entity: nothing to track or dirty-check in the caller's transaction
        return jdbc.sql("""
                select id, tracking_code, channel, status, category_code, confidential, customer_id, contact_id, equipment_id,
                       contact_name, organisation, contact_phone, contact_email, satisfaction, subject, description,
                       remedy_sought, received_at, received_by, owner_id
                from complaint where id = ?""").param(complaintId).query(ComplaintFollowUp::summary).optional();
    }

    /**
     * The complainant's rating of the handling (1 … 5) after closure, with their comment if they added
     * one; empty until they rate. For the case page, which shows it beside the case.
     */
    @Transactional(readOnly = true)
    public Optional<HandlingRated> handlingRating(long complaintId) {
        return jdbc.sql("select rating, comment, rated_at from complaint_handling_rating where complaint_id = ?")
                .param(complaintId)
                .query((rs, i) -> new HandlingRated(complaintId, rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    /** Ids of the complaints received in a period, oldest first (demo data, analytics). */
    @Transactional(readOnly = true)
    public java.util.List<Long> receivedBetween(Instant from, Instant to) {
        return jdbc.sql("select id from complaint where received_at >= ? and received_at < ? order by received_at, id")
                .params(java.sql.Timestamp.from(from), java.sql.Timestamp.from(to)).query(Long.class).list();
    }

    /** Ids of all complaints after {@code afterId}, in id order, a page at a time (analytics rebuilds its projection). */
    @Transactional(readOnly = true)
    public java.util.List<Long> idsAfter(long afterId, int limit) {
        return jdbc.sql("select id from complaint where id > ? order by id limit ?").params(afterId, limit)
                .query(Long.class).list();
    }

    /** How many complaints there are (the rebuild's progress). */
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from complaint").query(Long.class).single();
    }

    /** The public status moves on; the change is kept for the tracking page's timeline. */
    public void statusChanged(long complaintId, ComplaintStatus status, Instant at) {
        int updated = jdbc.sql("update complaint set status = ? where id = ? and status <> ?")
                .params(status.name(), complaintId, status.name()).update();
        if (updated > 0) {
            jdbc.sql("insert into complaint_status_change (complaint_id, status, changed_at) values (?, ?, ?)")
                    .params(complaintId, status.name(), java.sql.Timestamp.from(at)).update();
        }
    }

    public void ownerChanged(long complaintId, long ownerId) {
        jdbc.sql("update complaint set owner_id = ? where id = ?").params(ownerId, complaintId).update();
    }

    /**
     * The people on the case's live delegation chain, and only they, are listed as seeing the complaint
     * (its confidential content included): rows of people who left the chain go, new ones come.
     */
    public void chainIs(long complaintId, java.util.Set<Long> staffIds) {
        Long[] ids = staffIds.toArray(Long[]::new);
        jdbc.sql("delete from complaint_access where complaint_id = ? and not (staff_id = any(?))")
                .params(complaintId, ids).update();
        jdbc.sql("insert into complaint_access (complaint_id, staff_id) select ?, unnest(?::bigint[]) on conflict do nothing")
                .params(complaintId, ids).update();
    }

    /** A person on the delegation chain may see the complaint (and its confidential content). */
    public void grantAccess(long complaintId, long staffId) {
        jdbc.sql("insert into complaint_access (complaint_id, staff_id) values (?, ?) on conflict do nothing")
                .params(complaintId, staffId).update();
    }

    public void revokeAccess(long complaintId, long staffId) {
        jdbc.sql("delete from complaint_access where complaint_id = ? and staff_id = ?").params(complaintId, staffId).update();
    }

    /** A message to the complainant, shown on the tracking page (the mail itself is the notifications' job). */
    public void publishMessage(long complaintId, String body, long staffId, Instant at) {
        jdbc.sql("""
                insert into complaint_message (complaint_id, direction, body, received_at, sent_by, public)
                values (?, 'OUT', ?, ?, ?, true)""")
                .params(complaintId, PersianText.normalizeText(body), java.sql.Timestamp.from(at), staffId).update();
    }

    /**
     * The complaint's case was closed as a duplicate of {@code originalId} (null: it no longer is —
     * reopened): from now on the original's page shows this complaint's description, conversation
     * and files, marked with their source. Nothing is moved, so later replies follow too.
     */
    public void duplicateOf(long complaintId, Long originalId, Instant at) {
        if (originalId == null) {
            jdbc.sql("delete from complaint_duplicate where duplicate_id = ?").param(complaintId).update();
            return;
        }
        jdbc.sql("""
                insert into complaint_duplicate (duplicate_id, original_id, marked_at) values (?, ?, ?)
                on conflict (duplicate_id) do update set original_id = excluded.original_id, marked_at = excluded.marked_at""")
                .params(complaintId, originalId, java.sql.Timestamp.from(at)).update();
    }

    /**
     * When the complaint's next step is due (null step: nothing is owed now — answered, closed), for
     * the tracking page. Written only when it moved, so that a step that changes no deadline costs no row.
     */
    public void nextStepDue(long complaintId, NextStep step, Instant dueAt) {
        jdbc.sql("""
                update complaint set next_step = ?, next_step_due_at = ?
                where id = ? and (next_step is distinct from ? or next_step_due_at is distinct from ?)""")
                .params(step == null ? null : step.name(), dueAt == null ? null : java.sql.Timestamp.from(dueAt), complaintId,
                        step == null ? null : step.name(), dueAt == null ? null : java.sql.Timestamp.from(dueAt))
                .update();
    }

    /**
     * The working time within which a complaint opened now gets its first contact and its answer (the
     * SLA targets a case opens with): the page that thanks the complainant says when to expect them.
     */
    public void answerPromise(java.time.Duration firstContact, java.time.Duration resolution) {
        jdbc.sql("""
                insert into answer_promise (id, first_contact_minutes, resolution_minutes) values (1, ?, ?)
                on conflict (id) do update set first_contact_minutes = excluded.first_contact_minutes,
                                               resolution_minutes = excluded.resolution_minutes""")
                .params((int) firstContact.toMinutes(), (int) resolution.toMinutes()).update();
    }

    private static ComplaintSummary summary(ResultSet rs, int row) throws SQLException {
        return new ComplaintSummary(rs.getLong("id"), rs.getString("tracking_code"), Channel.valueOf(rs.getString("channel")),
                ComplaintStatus.valueOf(rs.getString("status")), rs.getString("category_code"), rs.getBoolean("confidential"),
                rs.getObject("customer_id", Long.class), rs.getObject("contact_id", Long.class),
                rs.getObject("equipment_id", Long.class), rs.getString("contact_name"), rs.getString("organisation"),
                rs.getString("contact_phone"), rs.getString("contact_email"), rs.getObject("satisfaction", Integer.class),
                rs.getString("subject"), rs.getString("description"), rs.getString("remedy_sought"),
                rs.getTimestamp("received_at").toInstant(), rs.getObject("received_by", Long.class),
                rs.getObject("owner_id", Long.class));
    }
}
