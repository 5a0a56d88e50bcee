package ir.shenava.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import ir.shenava.cases.CaseState;
import ir.shenava.cases.CaseStateChanged;
import ir.shenava.intake.ComplaintFollowUp;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every change to a case shares: finding it (or "not found"), checking who may do it, writing
 * the audit line, telling intake the public status, and publishing the events — so the services
 * that change cases say only what is particular to their change.
 */
@Component
class CaseJournal {

    private final CaseRepository cases;
    private final AssignmentRepository assignments;
    private final CaseAudit audit;
    private final ComplaintFollowUp followUp;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    CaseJournal(CaseRepository cases, AssignmentRepository assignments, CaseAudit audit, ComplaintFollowUp followUp,
                ApplicationEventPublisher events, Clock clock, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.assignments = assignments;
        this.audit = audit;
        this.followUp = followUp;
        this.events = events;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    ComplaintCase find(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    List<Assignment> assignmentsOf(long caseId) {
        return assignments.findByCaseIdOrderById(caseId);
    }

    /** The case, if the actor may take its steps; one they may not even see is "not found". */
    ComplaintCase forDecision(long caseId, Actor actor) {
        ComplaintCase c = find(caseId);
        List<Assignment> chain = assignmentsOf(caseId);
        if (!CaseAccess.maySee(c, actor, chain)) {
            throw new CaseNotFoundException(caseId);
        }
        if (!CaseAccess.mayDecide(c, actor, chain)) {
            throw new CaseRuleException("case.error.notYours");
        }
        return c;
    }

    ComplaintCase forWork(long caseId, Actor actor) {
        ComplaintCase c = find(caseId);
        List<Assignment> chain = assignmentsOf(caseId);
        if (!CaseAccess.maySee(c, actor, chain)) {
            throw new CaseNotFoundException(caseId);
        }
        if (!CaseAccess.mayWork(c, actor, chain)) {
            throw new CaseRuleException("case.error.notYours");
        }
        return c;
    }

    void audit(ComplaintCase c, Long actorId, String action, Map<String, Object> before, Map<String, Object> after) {
        audit.record(c.getId(), actorId, action, before, after, now());
    }

    /** After a step: the audit line, the public status for the tracking page, and the event. */
    void stepped(ComplaintCase c, Long actorId, CaseStep step, CaseState from, Map<String, Object> before,
                 Map<String, Object> details) {
        cases.save(c);
        Map<String, Object> after = new java.util.LinkedHashMap<>(c.snapshot());
        if (details != null) {
            after.putAll(details);
        }
        audit(c, actorId, step.name(), before, after);
        nextStepChanged(c);
        if (from.publicStatus() != c.getState().publicStatus()) {
            followUp.statusChanged(c.getId(), c.getState().publicStatus(), now());
        }
        events.publishEvent(new CaseStateChanged(c.getId(), c.getTrackingCode(), from, c.getState(), actorId, now()));
    }

    /**
     * Intake's tracking page says when the complaint's next step is due (the next SLA milestone): told
     * after every change that may move it. Intake writes only when it moved.
     */
    void nextStepChanged(ComplaintCase c) {
        ir.shenava.cases.SlaMilestone next = c.nextMilestone();
        followUp.nextStepDue(c.getId(), next == null ? null : ir.shenava.intake.NextStep.valueOf(next.name()),
                next == null ? null : c.dueAt(next));
    }

    /** The SLA job's once-only marks of a milestone, cleared when that milestone is owed anew. */
    void forgetSignals(long caseId, ir.shenava.cases.SlaMilestone milestone) {
        jdbc.sql("delete from case_sla_signal where case_id = ? and kind like ?").params(caseId, "%:" + milestone.name()).update();
    }

    /**
     * Intake's list of who may read the complaint becomes exactly the case's live chain: called after
     * every change of the chain (hand down, take back, escalation), so nobody keeps a row after
     * leaving it, whatever the order in which the tasks ended.
     */
    void chainChanged(ComplaintCase c) {
        assignments.flush();
        followUp.chainIs(c.getId(), CaseAccess.chain(c, assignmentsOf(c.getId())));
    }

    void publish(Object event) {
        events.publishEvent(event);
    }

    ComplaintFollowUp followUp() {
        return followUp;
    }

    CaseRepository cases() {
        return cases;
    }

    /**
     * Whether the complaint's case exists. One plain query: Spring Data's {@code existsById} builds
     * and interprets a JPQL count for each call, a sixth of the work of opening a case.
     */
    boolean opened(long caseId) {
        return jdbc.sql("select exists (select 1 from complaint_case where id = ?)").param(caseId).query(Boolean.class).single();
    }
}
