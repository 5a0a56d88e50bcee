package ir.shenava.cases.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ir.shenava.cases.CaseState;
import ir.shenava.cases.SlaState;
import ir.shenava.platform.SubstringSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of cases — "my work" and the case list — each row with its SLA state. Who sees what
 * follows {@link CaseAccess}, written once more as SQL so lists page in the database.
 */
@Service
@Transactional(readOnly = true)
public class CaseLists {

    /** A case in a list, with its SLA state now and the due moment of its next milestone. */
    public record Row(ComplaintCase kase, SlaState sla, Instant dueAt) {
    }

    /** An active assignment in a list, with its case. */
    public record Task(Assignment assignment, Row row, boolean followUpDue) {
    }

    /** Filters of the case list; null means any. */
    public record Filter(CaseState state, SlaState sla, Long ownerId, String q) {
    }

    /** A page of the case list. */
    public record Page(List<Row> rows, int number, boolean hasNext) {
    }

    static final String NEXT_DUE = "(case when c.acknowledged_at is null then c.acknowledge_due_at "
            + "when c.first_contact_at is null then c.first_contact_due_at "
            + "when c.communicated_at is null then c.resolution_due_at end)";
    static final String OPEN = "c.state not in ('CLOSED', 'REJECTED')";
    /** Parameters: me, me, me, isCeo, isManager. */
    static final String VISIBLE = "(c.owner_id = :me or c.escalated_to = :me or exists (select 1 from case_assignment a "
            + "where a.case_id = c.id and a.state <> 'TAKEN_BACK' and (a.to_staff = :me or a.from_staff = :me)) "
            + "or :ceo or (not c.confidential and :manager))";

    private final JdbcClient jdbc;
    private final CaseRepository cases;
    private final AssignmentRepository assignments;
    private final SlaTargets sla;
    private final Clock clock;

    private final SubstringSearch substrings;

    CaseLists(JdbcClient jdbc, CaseRepository cases, AssignmentRepository assignments, SlaTargets sla, Clock clock,
              SubstringSearch substrings) {
        this.jdbc = jdbc;
        this.substrings = substrings;
        this.cases = cases;
        this.assignments = assignments;
        this.sla = sla;
        this.clock = clock;
    }

    /** Open cases owned by any of these people, most urgent first. */
    public List<Row> openOwnedBy(Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        return rows(jdbc.sql("select c.id from complaint_case c where " + OPEN + " and c.owner_id in (:owners) order by "
                + NEXT_DUE + " nulls last, c.id limit 200").param("owners", ownerIds).query(Long.class).list());
    }

    public List<Row> escalatedTo(long staffId) {
        return rows(jdbc.sql("select c.id from complaint_case c where " + OPEN + " and c.escalated_to = ? order by c.id")
                .param(staffId).query(Long.class).list());
    }

    /** The CEO page's open cases (policy 6). */
    public List<Row> openConfidential() {
        return rows(jdbc.sql("select c.id from complaint_case c where " + OPEN + " and c.confidential order by c.id desc limit 200")
                .query(Long.class).list());
    }

    /** On-site forms the technical unit manager has not assessed yet (policy 2). */
    public List<Row> onsiteAwaitingReview(long ownerId) {
        return rows(jdbc.sql("select c.id from complaint_case c where c.channel = 'ONSITE_FORM' and c.owner_id = ? "
                        + "and c.state in ('RECEIVED', 'ACKNOWLEDGED', 'REOPENED') order by c.opened_at")
                .param(ownerId).query(Long.class).list());
    }

    public List<Task> tasksOf(long staffId) {
        return tasks(jdbc.sql("select id from case_assignment where to_staff = ? and state = 'ACTIVE' order by follow_up_on, id")
                .param(staffId).query(Long.class).list());
    }

    public List<Task> delegatedBy(long staffId) {
        return tasks(jdbc.sql("select id from case_assignment where from_staff = ? and state = 'ACTIVE' order by follow_up_on, id")
                .param(staffId).query(Long.class).list());
    }

    /** Of the given cases, the confidential ones the viewer may not read now (the same rule as the list). */
    public java.util.Set<Long> confidentialWithheld(Actor viewer, java.util.Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select c.id from complaint_case c where c.id in (:ids) and c.confidential"
                        + " and not coalesce(" + VISIBLE + ", false)")
                .param("ids", caseIds).param("me", viewer.staffId()).param("ceo", viewer.isCeo())
                .param("manager", viewer.isManager()).query(Long.class).list());
    }

    public Page page(Filter f, Actor viewer, int number, int size) {
        StringBuilder where = new StringBuilder(VISIBLE);
        Map<String, Object> params = new java.util.HashMap<>(Map.of("me", viewer.staffId(), "ceo", viewer.isCeo(),
                "manager", viewer.isManager(), "now", Timestamp.from(clock.instant())));
        if (f.state() != null) {
            where.append(" and c.state = :state");
            params.put("state", f.state().name());
        }
        if (f.ownerId() != null) {
            where.append(" and c.owner_id = :owner");
            params.put("owner", f.ownerId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            // a tracking code in any digits, with a dash, a space or nothing in it; or words of the subject,
            // where a space, a ZWNJ and nothing match each other (the column is folded as compactKey folds)
            SubstringSearch.Condition subject = substrings.contains("complaint_case.subject_compact", "c.subject_compact",
                    ir.shenava.shared.PersianText.compactKey(f.q()));
            where.append(" and (c.tracking_code = :qExact or ").append(subject.named("q", params)).append(')');
            params.put("qExact", ir.shenava.intake.TrackingCode.parse(f.q()).map(ir.shenava.intake.TrackingCode::value)
                    .orElse(""));
        }
        if (f.sla() != null) {
            where.append(slaCondition(f.sla(), params));
        }
        List<Long> ids = jdbc.sql("select c.id from complaint_case c where " + where + " order by c.opened_at desc, c.id desc "
                + "limit " + (size + 1) + " offset " + ((long) number * size)).params(params).query(Long.class).list();
        boolean hasNext = ids.size() > size;
        return new Page(rows(hasNext ? ids.subList(0, size) : ids), number, hasNext);
    }

    /** "Due soon" is due within the warning window of working time: the same as Sla.state, as a range. */
    private String slaCondition(SlaState state, Map<String, Object> params) {
        Instant now = clock.instant();
        params.put("soon", Timestamp.from(sla.calendar().addWorkingTime(now, sla.warning())));
        return switch (state) {
            case OVERDUE -> " and " + OPEN + " and " + NEXT_DUE + " <= :now";
            case DUE_SOON -> " and " + OPEN + " and " + NEXT_DUE + " > :now and " + NEXT_DUE + " <= :soon";
            case ON_TIME -> " and " + OPEN + " and " + NEXT_DUE + " > :soon";
            case DONE -> " and (not " + OPEN + " or " + NEXT_DUE + " is null)";
        };
    }

    private List<Row> rows(List<Long> ids) {
        Map<Long, ComplaintCase> byId = cases.findAllById(ids).stream()
                .collect(Collectors.toMap(ComplaintCase::getId, Function.identity()));
        Instant now = clock.instant();
        List<Row> rows = new ArrayList<>();
        for (Long id : ids) {
            ComplaintCase c = byId.get(id);
            if (c != null) {
                rows.add(new Row(c, Sla.state(c, now, sla.calendar(), sla.warning()),
                        c.nextMilestone() == null ? null : c.dueAt(c.nextMilestone())));
            }
        }
        return rows;
    }

    private List<Task> tasks(List<Long> assignmentIds) {
        List<Assignment> list = assignments.findAllById(assignmentIds);
        Map<Long, Row> rowsByCase = rows(list.stream().map(Assignment::getCaseId).distinct().toList()).stream()
                .collect(Collectors.toMap(r -> r.kase().getId(), Function.identity()));
        LocalDate today = LocalDate.now(clock);
        return assignmentIds.stream().map(id -> list.stream().filter(a -> a.getId().equals(id)).findFirst().orElseThrow())
                .map(a -> new Task(a, rowsByCase.get(a.getCaseId()), !a.getFollowUpOn().isAfter(today))).toList();
    }
}
