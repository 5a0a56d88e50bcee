package ir.shenava.intake;

import java.time.Instant;
import java.util.Optional;

import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintRepository;
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

    private final ComplaintRepository complaints;
    private final JdbcClient jdbc;

    ComplaintFollowUp(ComplaintRepository complaints, JdbcClient jdbc) {
        this.complaints = complaints;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<ComplaintSummary> summary(long complaintId) {
        return complaints.findById(complaintId).map(ComplaintFollowUp::summary);
    }

    /** Ids of the complaints received in a period, oldest first (demo data, analytics). */
    @Transactional(readOnly = true)
    public java.util.List<Long> receivedBetween(Instant from, Instant to) {
        return jdbc.sql("select id from complaint where received_at >= ? and received_at < ? order by received_at, id")
                .params(java.sql.Timestamp.from(from), java.sql.Timestamp.from(to)).query(Long.class).list();
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
                .params(complaintId, PersianText.normalize(body), java.sql.Timestamp.from(at), staffId).update();
    }

    private static ComplaintSummary summary(Complaint c) {
        return new ComplaintSummary(c.getId(), c.getTrackingCode().value(), c.getChannel(), c.getStatus(), c.getCategoryCode(),
                c.isConfidential(), c.getCustomerId(), c.getContactId(), c.getEquipmentId(), c.getContactName(),
                c.getOrganisation(), c.getContactPhone(), c.getContactEmail(),
                c.getSatisfaction() == null ? null : c.getSatisfaction().intValue(), c.getSubject(), c.getDescription(),
                c.getRemedySought(), c.getReceivedAt(), c.getReceivedBy(), c.getOwnerId());
    }
}
