package ir.shenava.cases.internal;

import java.time.LocalDate;
import java.util.Map;

import ir.shenava.shared.PersianText;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrective actions of a case: set by those who decide on it, marked done by the action's owner,
 * verified by a decider. A case with an action not done closes only by a senior manager's reason.
 */
@Service
@Transactional
public class CorrectiveActions {

    private final CaseJournal journal;
    private final CorrectiveActionRepository actions;
    private final StaffDirectory staff;

    CorrectiveActions(CaseJournal journal, CorrectiveActionRepository actions, StaffDirectory staff) {
        this.journal = journal;
        this.actions = actions;
        this.staff = staff;
    }

    public CorrectiveAction add(long caseId, Actor actor, String description, long ownerId, LocalDate dueOn) {
        ComplaintCase c = journal.forDecision(caseId, actor);
        if (description == null || description.isBlank()) {
            throw new CaseRuleException("case.error.actionRequired");
        }
        if (dueOn == null || dueOn.isBefore(journal.today())) {
            throw new CaseRuleException("case.error.dueInPast");
        }
        staff.find(new StaffId(ownerId)).filter(StaffSummary::active)
                .orElseThrow(() -> new CaseRuleException("case.error.noSuchStaff"));
        CorrectiveAction a = actions.save(new CorrectiveAction(caseId, PersianText.normalizeText(description), ownerId, dueOn,
                actor.staffId(), journal.now()));
        journal.audit(c, actor.staffId(), "ACTION_ADDED", null, Map.of("action", a.getId(), "description",
                a.getDescription(), "owner", ownerId, "dueOn", dueOn.toString()));
        return a;
    }

    public void markDone(long actionId, Actor actor, String note) {
        CorrectiveAction a = actions.findById(actionId).orElseThrow(() -> new CaseRuleException("case.error.noSuchAction"));
        ComplaintCase c = journal.find(a.getCaseId());
        if (a.getOwnerId() != actor.staffId()) {
            journal.forDecision(a.getCaseId(), actor);
        }
        a.markDone(PersianText.normalizeText(note), journal.now());
        journal.audit(c, actor.staffId(), "ACTION_DONE", null, Map.of("action", a.getId(), "note", String.valueOf(a.getDoneNote())));
    }

    public void verify(long actionId, Actor actor) {
        CorrectiveAction a = actions.findById(actionId).orElseThrow(() -> new CaseRuleException("case.error.noSuchAction"));
        ComplaintCase c = journal.forDecision(a.getCaseId(), actor);
        a.verify(actor.staffId(), journal.now());
        journal.audit(c, actor.staffId(), "ACTION_VERIFIED", null, Map.of("action", a.getId()));
    }
}
