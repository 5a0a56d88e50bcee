package ir.shenava.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import ir.shenava.audit.AuditAction;
import ir.shenava.audit.AuditKind;
import ir.shenava.audit.AuditTrail;
import ir.shenava.calendar.WorkCalendars;
import ir.shenava.cases.Priority;
import ir.shenava.intake.ComplaintFollowUp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SLA targets per priority (table {@code sla_target}, editable by the administrator) and the
 * due moments they give a case. Read from the table each time (a case opens or is assessed far
 * less often than a page loads), so a change saved on one app node holds on every node at once.
 */
@Component
public class SlaTargets {

    private final JdbcClient jdbc;
    private final WorkCalendars calendars;
    private final Duration warning;
    private final AuditTrail audit;

    private final ComplaintFollowUp followUp;

    SlaTargets(JdbcClient jdbc, WorkCalendars calendars, @Value("${shenava.cases.due-soon:PT4H}") Duration warning,
               AuditTrail audit, ComplaintFollowUp followUp) {
        this.followUp = followUp;
        this.jdbc = jdbc;
        this.audit = audit;
        this.calendars = calendars;
        this.warning = warning;
    }

    public List<SlaTarget> all() {
        return java.util.Arrays.stream(Priority.values()).map(this::of).toList();
    }

    public SlaTarget of(Priority priority) {
        return jdbc.sql("""
                        select acknowledge_minutes, first_contact_minutes, resolution_minutes from sla_target where priority = ?""")
                .param(priority.name())
                .query((rs, n) -> new SlaTarget(priority, rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }

    /** Saves a priority's targets; a change (not an unchanged save) goes into the audit. */
    public void save(SlaTarget target) {
        SlaTarget before = of(target.priority());
        if (!before.equals(target)) {
            audit.record(AuditKind.SLA_TARGET, AuditAction.CHANGED, target.priority().name(), described(before),
                    described(target));
        }
        jdbc.sql("""
                update sla_target set acknowledge_minutes = ?, first_contact_minutes = ?, resolution_minutes = ?
                where priority = ?""")
                .params(target.acknowledgeMinutes(), target.firstContactMinutes(), target.resolutionMinutes(),
                        target.priority().name()).update();
        if (target.priority() == Priority.NORMAL) {
            // a case opens NORMAL: the page that thanks a new complainant promises these times (intake's copy)
            followUp.answerPromise(Duration.ofMinutes(target.firstContactMinutes()), Duration.ofMinutes(target.resolutionMinutes()));
        }
    }

    private static java.util.Map<String, Object> described(SlaTarget t) {
        return java.util.Map.of("acknowledgeMinutes", t.acknowledgeMinutes(), "firstContactMinutes", t.firstContactMinutes(),
                "resolutionMinutes", t.resolutionMinutes());
    }

    /** The due moments of a case of this priority opened at {@code openedAt}. */
    public SlaDues dues(Priority priority, Instant openedAt) {
        return SlaDues.from(openedAt, of(priority), calendars.current());
    }

    /** How much working time before a due moment counts as "due soon". */
    public Duration warning() {
        return warning;
    }

    public ir.shenava.shared.WorkCalendar calendar() {
        return calendars.current();
    }
}
