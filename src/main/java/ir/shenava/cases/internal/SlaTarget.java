package ir.shenava.cases.internal;

import ir.shenava.cases.Priority;

/** One priority's SLA targets, in working minutes. */
public record SlaTarget(Priority priority, int acknowledgeMinutes, int firstContactMinutes, int resolutionMinutes) {
}
