package ir.shenava.cases.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ir.shenava.cases.CaseState;

import static ir.shenava.cases.CaseState.ACKNOWLEDGED;
import static ir.shenava.cases.CaseState.ASSESSED;
import static ir.shenava.cases.CaseState.AWAITING_CONFIRMATION;
import static ir.shenava.cases.CaseState.CLOSED;
import static ir.shenava.cases.CaseState.DECISION_COMMUNICATED;
import static ir.shenava.cases.CaseState.RECEIVED;
import static ir.shenava.cases.CaseState.REJECTED;
import static ir.shenava.cases.CaseState.REOPENED;
import static ir.shenava.cases.CaseState.RESPONSE_PROPOSED;
import static ir.shenava.cases.CaseState.UNDER_INVESTIGATION;

/**
 * The workflow's only moves: each step leads from some states to one state. Everything else is
 * refused, so a case's history can always be read as a path through this table.
 */
public enum CaseStep {
    ACKNOWLEDGE(ACKNOWLEDGED, RECEIVED),
    ASSESS(ASSESSED, ACKNOWLEDGED, REOPENED),
    START_INVESTIGATION(UNDER_INVESTIGATION, ASSESSED),
    PROPOSE_RESPONSE(RESPONSE_PROPOSED, UNDER_INVESTIGATION),
    RETURN_TO_INVESTIGATION(UNDER_INVESTIGATION, RESPONSE_PROPOSED),
    COMMUNICATE_DECISION(DECISION_COMMUNICATED, RESPONSE_PROPOSED),
    REQUEST_CONFIRMATION(AWAITING_CONFIRMATION, DECISION_COMMUNICATED),
    RECORD_NOT_SATISFIED(UNDER_INVESTIGATION, DECISION_COMMUNICATED, AWAITING_CONFIRMATION),
    CLOSE(CLOSED, DECISION_COMMUNICATED, AWAITING_CONFIRMATION),
    REJECT(REJECTED, RECEIVED, ACKNOWLEDGED, ASSESSED),
    REOPEN(REOPENED, CLOSED, REJECTED);

    private final CaseState to;
    private final Set<CaseState> from;

    CaseStep(CaseState to, CaseState first, CaseState... more) {
        this.to = to;
        this.from = EnumSet.of(first, more);
    }

    public CaseState to() {
        return to;
    }

    public boolean allowedFrom(CaseState state) {
        return from.contains(state);
    }

    /** The steps open from a state, in the order the page shows them as buttons. */
    public static List<CaseStep> from(CaseState state) {
        return java.util.Arrays.stream(values()).filter(s -> s.allowedFrom(state)).toList();
    }

    public String messageKey() {
        return "case.step." + name();
    }
}
