package ir.shenava.surveys.calls;

import java.time.LocalDate;
import java.util.Set;

/** A unit the call is about, with who installed and who sold it (staff ids). */
public record CallUnit(long callId, long equipmentId, LocalDate completedOn, Set<Long> installerIds, Set<Long> sellerIds) {
}
