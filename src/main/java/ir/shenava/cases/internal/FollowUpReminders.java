package ir.shenava.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ir.shenava.cases.CaseReminder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SLA job's other half: a delegator is reminded once when the follow-up date of a task they
 * handed down has come and the task is still open. The {@code follow_up_reminded} flag is the
 * once-only guard — only the run whose UPDATE flipped it sends the reminder.
 */
@Component
class FollowUpReminders {

    /** A delegation whose follow-up date has come, on a case still open. */
    record FollowUp(long assignmentId, long caseId, String trackingCode, long fromStaff, LocalDate followUpOn) {
    }

    private final CaseJournal journal;
    private final JdbcClient jdbc;
    private final Clock clock;

    FollowUpReminders(CaseJournal journal, JdbcClient jdbc, Clock clock) {
        this.journal = journal;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<FollowUp> due(LocalDate today) {
        return jdbc.sql("""
                        select a.id, a.case_id, c.tracking_code, a.from_staff, a.follow_up_on
                        from case_assignment a join complaint_case c on c.id = a.case_id
                        where a.state = 'ACTIVE' and not a.follow_up_reminded and a.follow_up_on <= ?
                          and c.state not in ('CLOSED', 'REJECTED')
                        order by a.follow_up_on, a.id""")
                .param(today)
                .query((rs, n) -> new FollowUp(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** Call inside a transaction: the flag and the reminder's publication commit together. */
    int remind(FollowUp f, Instant now) {
        int marked = jdbc.sql("""
                        update case_assignment set follow_up_reminded = true
                        where id = ? and state = 'ACTIVE' and not follow_up_reminded""")
                .param(f.assignmentId()).update();
        if (marked == 0) {
            return 0;
        }
        journal.publish(new CaseReminder(f.caseId(), f.trackingCode(), f.fromStaff(), CaseReminder.Kind.FOLLOW_UP_DUE,
                null, f.followUpOn().atStartOfDay(clock.getZone()).toInstant(), now));
        return 1;
    }
}
