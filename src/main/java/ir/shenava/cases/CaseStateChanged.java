package ir.shenava.cases;

import java.time.Instant;

/** A case moved from one state to another; actor null means the system (or the customer online). */
public record CaseStateChanged(long caseId, String trackingCode, CaseState from, CaseState to, Long actorId, Instant at) {
}
