package ir.shenava.servicerecords;

import java.time.LocalDate;
import java.util.Set;

/**
 * Installation, commissioning and training of one unit are all done (published once per unit).
 * The surveys module schedules the follow-up call a week after {@code completedOn}.
 *
 * @param equipmentId the unit (an id in the customers module)
 * @param customerId  its customer
 * @param expertIds   the staff who did the work (ids in the staff module)
 * @param completedOn the day the last of the three steps was done
 */
public record InstallationCompleted(long equipmentId, long customerId, Set<Long> expertIds, LocalDate completedOn) {
}
