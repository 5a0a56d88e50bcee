package ir.shenava.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ir.shenava.cases.AssignmentEnded;
import ir.shenava.cases.CaseAssigned;
import ir.shenava.shared.PersianText;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing a case down the reporting chain (CEO → middle manager → expert) and back: only to someone
 * below you in the chain recorded in staff, with instructions and a follow-up date. The delegate
 * then sees the case (even a confidential one) until the task is taken back.
 */
@Service
@Transactional
public class CaseAssignments {

    private final CaseJournal journal;
    private final AssignmentRepository assignments;
    private final StaffDirectory staff;

    CaseAssignments(CaseJournal journal, AssignmentRepository assignments, StaffDirectory staff) {
        this.journal = journal;
        this.assignments = assignments;
        this.staff = staff;
    }

    public Assignment assign(long caseId, Actor actor, long toStaffId, String instructions, LocalDate followUpOn) {
        ComplaintCase c = journal.forWork(caseId, actor);
        if (instructions == null || instructions.isBlank()) {
            throw new CaseRuleException("case.error.instructionsRequired");
        }
        if (followUpOn == null || followUpOn.isBefore(journal.today())) {
            throw new CaseRuleException("case.error.followUpInPast");
        }
        StaffSummary to = staff.find(new StaffId(toStaffId)).filter(StaffSummary::active)
                .orElseThrow(() -> new CaseRuleException("case.error.noSuchStaff"));
        if (!Casework.does(to)) {
            throw new CaseRuleException("case.error.noCasework");
        }
        if (!below(to, actor)) {
            throw new CaseRuleException("case.error.notBelowInChain");
        }
        Long parent = assignments.findByCaseIdOrderById(caseId).stream()
                .filter(a -> a.isActive() && a.getToStaff() == actor.staffId()).map(Assignment::getId)
                .reduce((a, b) -> b).orElse(null);
        Assignment a = assignments.save(new Assignment(caseId, parent, actor.staffId(), toStaffId,
                PersianText.normalizeText(instructions), followUpOn, journal.now()));
        journal.chainChanged(c);
        journal.audit(c, actor.staffId(), "ASSIGNED", null, Map.of("assignment", a.getId(), "to", toStaffId,
                "instructions", a.getInstructions(), "followUpOn", followUpOn.toString()));
        journal.publish(new CaseAssigned(caseId, a.getId(), c.getTrackingCode(), actor.staffId(), toStaffId,
                a.getInstructions(), followUpOn, journal.now()));
        return a;
    }

    /**
     * The delegator takes the task back — and with it every task handed further down from it, finished
     * ones included. Who may see the complaint is worked out afresh once everything below has ended.
     */
    public void takeBack(long assignmentId, Actor actor) {
        Assignment a = assignments.findById(assignmentId).orElseThrow(() -> new CaseRuleException("case.error.noSuchAssignment"));
        ComplaintCase c = journal.forWork(a.getCaseId(), actor);
        // a task is taken back by whoever gave it (or the case's deciders), never by the one holding it
        if (a.getToStaff() == actor.staffId()
                || a.getFromStaff() != actor.staffId() && !CaseAccess.mayDecide(c, actor, journal.assignmentsOf(c.getId()))) {
            throw new CaseRuleException("case.error.notYours");
        }
        List<Assignment> all = assignments.findByCaseIdOrderById(a.getCaseId());
        a.takeBack(journal.now());
        ended(c, a, actor.staffId());
        all.stream().filter(child -> a.getId().equals(child.getParentId()))
                .forEach(child -> withdraw(c, child, all, actor.staffId()));
        journal.chainChanged(c);
    }

    private void withdraw(ComplaintCase c, Assignment a, List<Assignment> all, long actorId) {
        if (a.getState() == Assignment.State.TAKEN_BACK) {
            return;
        }
        boolean wasActive = a.isActive();
        a.withdrawnWithParent(journal.now());
        if (wasActive) {
            ended(c, a, actorId);
        } else {
            journal.audit(c, actorId, "WITHDRAWN_WITH_PARENT", Map.of("assignment", a.getId(), "to", a.getToStaff()), null);
        }
        all.stream().filter(child -> a.getId().equals(child.getParentId()))
                .forEach(child -> withdraw(c, child, all, actorId));
    }

    private void ended(ComplaintCase c, Assignment a, long actorId) {
        journal.audit(c, actorId, "TAKEN_BACK", Map.of("assignment", a.getId(), "to", a.getToStaff()), null);
        journal.publish(new AssignmentEnded(c.getId(), a.getId(), c.getTrackingCode(), a.getFromStaff(), a.getToStaff(),
                true, journal.now()));
    }

    /** The delegate reports the task done, with what they found or did. */
    public void reportDone(long assignmentId, Actor actor, String report) {
        Assignment a = assignments.findById(assignmentId).orElseThrow(() -> new CaseRuleException("case.error.noSuchAssignment"));
        if (a.getToStaff() != actor.staffId()) {
            throw new CaseRuleException("case.error.notYours");
        }
        if (report == null || report.isBlank()) {
            throw new CaseRuleException("case.error.reportRequired");
        }
        ComplaintCase c = journal.find(a.getCaseId());
        a.reportDone(PersianText.normalizeText(report), journal.now());
        journal.audit(c, actor.staffId(), "REPORTED_DONE", null, Map.of("assignment", a.getId(), "report", a.getReport()));
        journal.publish(new AssignmentEnded(c.getId(), a.getId(), c.getTrackingCode(), a.getFromStaff(), a.getToStaff(),
                false, journal.now()));
    }

    /** Down the chain: the delegator is among the person's managers (the CEO heads every chain). */
    private boolean below(StaffSummary to, Actor actor) {
        if (to.id().value() == actor.staffId()) {
            return false;
        }
        return actor.isCeo() || staff.managersOf(to.id()).stream().anyMatch(m -> m.id().value() == actor.staffId());
    }
}
