package ir.shenava.servicerecords.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A service record as the API shows it; dates are ISO (Gregorian). */
record ServiceRecordResponse(long id, String type, String status, String customerCode, String equipmentSerial,
                             LocalDate plannedOn, LocalDate doneOn, List<String> staffUsernames, String report,
                             String externalRef, Instant createdAt) {
}
