package ir.shenava.cases.internal;

import java.util.Map;

import ir.shenava.cases.CaseClosed;
import ir.shenava.cases.CaseEscalated;
import ir.shenava.cases.CaseState;
import ir.shenava.cases.CustomerNotSatisfied;
import ir.shenava.cases.Priority;
import ir.shenava.cases.ResponseCommunicated;
import ir.shenava.cases.Severity;
import ir.shenava.shared.PersianText;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a case, one method each, as the owner (or a senior manager) takes them on the case
 * page. Each checks who acts, lets the case refuse a move its state does not allow, and leaves an
 * audit line, the public status and an event behind.
 */
@Service
@Transactional
public class CaseWork {

    /** What the initial assessment confirms or corrects. */
    public record Assessment(String categoryCode, Severity severity, Priority priority, boolean immediateAction,
                             String remedySought) {
    }

    private final CaseJournal journal;
    private final CorrectiveActionRepository actions;
    private final SlaTargets sla;
    private final StaffDirectory staff;

    CaseWork(CaseJournal journal, CorrectiveActionRepository actions, SlaTargets sla, StaffDirectory staff) {
        this.journal = journal;
        this.actions = actions;
        this.sla = sla;
        this.staff = staff;
    }

    public void acknowledge(long caseId, Actor actor) {
        ComplaintCase c = journal.forDecision(caseId, actor);
        Map<String, Object> before = c.snapshot();
        CaseState from = c.getState();
        c.acknowledge(journal.now());
        journal.stepped(c, actor.staffId(), CaseStep.ACKNOWLEDGE, from, before, null);
    }

    public void assess(long caseId, Actor actor, Assessment a) {
        ComplaintCase c = journal.forDecision(caseId, actor);
        if (a.severity() == null || a.priority() == null) {   // chosen, never a silent default (issue 15 §4)
            throw new CaseRuleException("case.error.severityPriorityRequired");
        }
        Map<String, Object> before = c.snapshot();
        CaseState from = c.getState();
        c.assess(a.categoryCode(), a.severity(), a.priority(), a.immediateAction(), PersianText.normalizeText(a.remedySought()),
                sla.dues(a.priority(), c.clocksStartedAt()));
        journal.stepped(c, actor.staffId(), CaseStep.ASSESS, from, before, null);
    }

    public void startInvestigation(long caseId, Actor actor) {
        plainStep(caseId, actor, CaseStep.START_INVESTIGATION);
    }

    public void returnToInvestigation(long caseId, Actor actor) {
        plainStep(caseId, actor, CaseStep.RETURN_TO_INVESTIGATION);
    }

    public void proposeResponse(long caseId, Actor actor, String decision, String response) {
        if (blank(decision) || blank(response)) {
            throw new CaseRuleException("case.error.responseRequired");
        }
        ComplaintCase c = journal.forDecision(caseId, actor);
        Map<String, Object> before = c.snapshot();
        CaseState from = c.getState();
        c.proposeResponse(PersianText.normalizeText(decision), PersianText.normalizeText(response));
        journal.stepped(c, actor.staffId(), CaseStep.PROPOSE_RESPONSE, from, before,
                Map.of("decision", c.getDecision(), "response", c.getResponse()));
    }

    /**
     * The decision goes to the complainant (shown on the tracking page, mailed by notifications);
     * usually the customer is asked at once to confirm satisfaction.
     */
    public void communicate(long caseId, Actor actor, String how, boolean requestConfirmation) {
        ComplaintCase c = journal.forDecision(caseId, actor);
        Map<String, Object> before = c.snapshot();
        CaseState from = c.getState();
        c.communicate(how, journal.now());
        journal.followUp().publishMessage(caseId, c.getResponse(), actor.staffId(), journal.now());
        journal.stepped(c, actor.staffId(), CaseStep.COMMUNICATE_DECISION, from, before, Map.of("how", how));
        if (requestConfirmation) {
            requestConfirmation(c, actor.staffId());
        }
        journal.publish(new ResponseCommunicated(caseId, c.getTrackingCode(), c.getResponse(), requestConfirmation,
                journal.now()));
    }

    /** Asking later, on its own: the customer gets the response again, with the link to confirm. */
    public void requestConfirmation(long caseId, Actor actor) {
        ComplaintCase c = journal.forDecision(caseId, actor);
        requestConfirmation(c, actor.staffId());
        journal.publish(new ResponseCommunicated(caseId, c.getTrackingCode(), c.getResponse(), true, journal.now()));
    }

    private void requestConfirmation(ComplaintCase c, Long actorId) {
        Map<String, Object> before = c.snapshot();
        CaseState from = c.move(CaseStep.REQUEST_CONFIRMATION);
        journal.stepped(c, actorId, CaseStep.REQUEST_CONFIRMATION, from, before, null);
    }

    /** Staff record the answer the customer gave on a call. */
    public void recordCustomerAnswer(long caseId, Actor actor, boolean satisfied, String comment, boolean escalate) {
        ComplaintCase c = journal.forDecision(caseId, actor);
        customerAnswered(c, actor.staffId(), satisfied, comment, escalate);
    }

    /**
     * The customer's answer, from a recorded call or from the tracking page (actor null). Satisfied:
     * the case closes unless corrective actions are still open. Not satisfied: back to
     * investigation, optionally escalated to the owner's manager (the customer's recourse).
     */
    void customerAnswered(ComplaintCase c, Long actorId, boolean satisfied, String comment, boolean escalate) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("satisfied", satisfied);
        details.put("comment", PersianText.normalizeText(comment));
        if (satisfied) {
            Map<String, Object> before = c.snapshot();
            c.customerSatisfied();
            journal.cases().save(c);
            journal.audit(c, actorId, "CUSTOMER_SATISFIED", before, details);
            if (!actions.existsByCaseIdAndDoneAtIsNull(c.getId())) {
                close(c, actorId, true, false, null);
            }
            return;
        }
        Map<String, Object> before = c.snapshot();
        CaseState from = c.getState();
        c.customerNotSatisfied();
        restartResolution(c);
        journal.stepped(c, actorId, CaseStep.RECORD_NOT_SATISFIED, from, before, details);
        journal.publish(new CustomerNotSatisfied(c.getId(), c.getTrackingCode(), c.getOwnerId(), comment, journal.now()));
        if (escalate && c.getOwnerId() != null) {
            staff.managersOf(new StaffId(c.getOwnerId())).stream().findFirst()
                    .ifPresent(manager -> escalate(c, actorId, manager, 1, CaseEscalated.Reason.NOT_SATISFIED));
        }
    }

    /** Closing: with the customer's confirmation, or by a senior manager with a reason. */
    public void close(long caseId, Actor actor, String reason) {
        ComplaintCase c = journal.forDecision(caseId, actor);
        close(c, actor.staffId(), Boolean.TRUE.equals(c.getCustomerSatisfied()), actor.isSenior(), reason);
    }

    private void close(ComplaintCase c, Long actorId, boolean confirmed, boolean senior, String reason) {
        Map<String, Object> before = c.snapshot();
        CaseState from = c.getState();
        c.close(confirmed, actions.existsByCaseIdAndDoneAtIsNull(c.getId()), senior, reason, journal.now());
        journal.stepped(c, actorId, CaseStep.CLOSE, from, before,
                c.getCloseReason() == null ? null : Map.of("reason", c.getCloseReason()));
        journal.publish(new CaseClosed(c.getId(), c.getTrackingCode(), confirmed ? Boolean.TRUE : null, c.getOwnerId(),
                journal.now()));
    }

    public void reject(long caseId, Actor actor, String reason, String note, Long duplicateOf) {
        ComplaintCase c = journal.forDecision(caseId, actor);
        if (duplicateOf != null) {
            journal.find(duplicateOf);
        }
        Map<String, Object> before = c.snapshot();
        CaseState from = c.getState();
        c.reject(reason, PersianText.normalizeText(note), duplicateOf);
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("reason", reason);
        details.put("note", c.getRejectNote());
        details.put("duplicateOf", duplicateOf);
        journal.stepped(c, actor.staffId(), CaseStep.REJECT, from, before, details);
        if (c.getDuplicateOf() != null) {   // its messages and files appear on the original (case id = complaint id)
            journal.followUp().duplicateOf(c.getId(), c.getDuplicateOf(), journal.now());
        }
    }

    public void reopen(long caseId, Actor actor) {
        plainStep(caseId, actor, CaseStep.REOPEN);
    }

    /** Escalation hands nothing over: the higher manager is told, sees the case and may step in. */
    void escalate(ComplaintCase c, Long actorId, StaffSummary to, int level, CaseEscalated.Reason reason) {
        Map<String, Object> before = c.snapshot();
        c.escalate(to.id().value(), level);
        journal.cases().save(c);
        journal.chainChanged(c);
        journal.audit(c, actorId, "ESCALATED", before, Map.of("to", to.id().value(), "level", level, "reason", reason));
        journal.publish(new CaseEscalated(c.getId(), c.getTrackingCode(), to.id().value(), level, reason, journal.now()));
    }

    private void plainStep(long caseId, Actor actor, CaseStep step) {
        ComplaintCase c = journal.forDecision(caseId, actor);
        Map<String, Object> before = c.snapshot();
        CaseState from = c.getState();
        if (step == CaseStep.REOPEN) {
            if (c.getDuplicateOf() != null) {   // no longer a duplicate: its messages leave the original's page
                journal.followUp().duplicateOf(c.getId(), null, journal.now());
            }
            c.reopen(journal.now(), sla.dues(c.getPriority(), journal.now()));
            journal.forgetSignals(c.getId(), ir.shenava.cases.SlaMilestone.FIRST_CONTACT);
            journal.forgetSignals(c.getId(), ir.shenava.cases.SlaMilestone.RESOLUTION);
        } else {
            c.move(step);
        }
        journal.stepped(c, actor.staffId(), step, from, before, null);
    }

    /** A fresh resolution due moment, and the reminders and escalations of the old one forgotten. */
    private void restartResolution(ComplaintCase c) {
        c.restartResolution(sla.dues(c.getPriority(), journal.now()).resolution());
        journal.forgetSignals(c.getId(), ir.shenava.cases.SlaMilestone.RESOLUTION);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
