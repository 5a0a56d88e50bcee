package ir.shenava.customers;

import java.time.LocalDate;

/** What other modules may know about an installed unit; soldBy is a staff id value. */
public record EquipmentSummary(long id, CustomerId customerId, String model, String serialNumber, Long soldBy,
                               LocalDate installedOn) {
}
