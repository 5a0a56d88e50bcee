package ir.shenava.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import ir.shenava.intake.ComplaintStatus;
import ir.shenava.intake.CustomerConfirmation;
import ir.shenava.shared.PersianText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complainant's answer to "are you satisfied with the resolution?" (ISO 10002 §7.8): taken only
 * while the complaint awaits it, once per time it is asked, and announced with
 * {@link CustomerConfirmation} in the same transaction so the cases module hears of it for sure.
 */
@Service
public class SatisfactionConfirmations {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SatisfactionConfirmations(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public AnswerOutcome confirm(long complaintId, boolean satisfied, String comment) {
        // The row lock makes two submits of the same form wait for each other: the second sees the first.
        String status = jdbc.sql("select status from complaint where id = ? for update").param(complaintId)
                .query(String.class).optional().orElse(null);
        if (!ComplaintStatus.AWAITING_CONFIRMATION.name().equals(status)) {
            return AnswerOutcome.NOT_NOW;
        }
        Long request = request(complaintId);
        if (answered(complaintId, request)) {
            return AnswerOutcome.ALREADY_GIVEN;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);   // as the database keeps it
        String text = comment == null || comment.isBlank() ? null : PersianText.normalizeText(comment);
        jdbc.sql("""
                insert into complaint_confirmation (complaint_id, satisfied, comment, answered_at, request_id)
                values (?, ?, ?, ?, ?)""").params(complaintId, satisfied, text, Timestamp.from(now), request).update();
        events.publishEvent(new CustomerConfirmation(complaintId, satisfied, text, now));
        return AnswerOutcome.RECORDED;
    }

    /** True while the complaint awaits the complainant's word and it has not been given yet. */
    @Transactional(readOnly = true)
    public boolean pending(Complaint complaint) {
        return complaint.getStatus() == ComplaintStatus.AWAITING_CONFIRMATION
                && !answered(complaint.getId(), request(complaint.getId()));
    }

    /** The latest status change into AWAITING_CONFIRMATION: the question now open (null if unrecorded). */
    private Long request(long complaintId) {
        return jdbc.sql("""
                select max(id) from complaint_status_change where complaint_id = ? and status = 'AWAITING_CONFIRMATION'""")
                .param(complaintId).query(Long.class).list().get(0);   // an aggregate: always one row
    }

    /** Asked again after a "not satisfied" and more investigation, the question takes a new answer. */
    private boolean answered(long complaintId, Long request) {
        return Boolean.TRUE.equals(jdbc.sql("""
                select exists (select 1 from complaint_confirmation
                               where complaint_id = ? and request_id is not distinct from cast(? as bigint))""")
                .params(complaintId, request).query(Boolean.class).single());
    }
}
