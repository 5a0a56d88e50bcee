package ir.shenava.servicerecords.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import ir.shenava.servicerecords.internal.ExternalRecords;

/** The body of {@code POST /api/v1/service-records}; every value is text, checked like a row of an import file. */
@Schema(description = "A service performed (or planned) at a customer, as the ERP knows it")
record ServiceRecordRequest(
        @Schema(description = "ServiceType name or its Persian name", example = "INSTALLATION", requiredMode = Schema.RequiredMode.REQUIRED)
        String type,
        @Schema(description = "The customer's code", example = "C-00042", requiredMode = Schema.RequiredMode.REQUIRED)
        String customerCode,
        @Schema(description = "Serial number of the unit; it must belong to the customer", example = "SN-1234")
        String equipmentSerial,
        @Schema(description = "ISO (2026-11-05) or Jalali (1405/08/14) date, any digits", example = "1405/08/14")
        String plannedOn,
        @Schema(description = "When it was done (not in the future); given, the record is completed", example = "2026-11-05")
        String doneOn,
        @Schema(description = "Usernames of the staff who performed it")
        List<String> staffUsernames,
        @Schema(description = "The service report")
        String report,
        @Schema(description = "The ERP's document number: the idempotency key", example = "INV-1405-0815")
        String externalRef) {

    ExternalRecords.Input input() {
        return new ExternalRecords.Input(type, customerCode, equipmentSerial, plannedOn, doneOn,
                staffUsernames == null ? List.of() : staffUsernames, report, externalRef);
    }
}
