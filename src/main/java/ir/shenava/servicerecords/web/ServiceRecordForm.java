package ir.shenava.servicerecords.web;

import java.time.LocalDate;
import java.util.Set;

import ir.shenava.servicerecords.ServiceType;
import ir.shenava.servicerecords.internal.ServiceRecord;
import ir.shenava.servicerecords.internal.ServiceRecords;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** What a person types for a service; {@code doneOn} given on a new record completes it at once. */
record ServiceRecordForm(
        @NotNull Long customerId,
        @NotNull ServiceType type,
        Long equipmentId,
        Long siteId,
        LocalDate plannedOn,
        @PastOrPresent LocalDate doneOn,
        Set<Long> staffIds,
        @Size(max = 10000) String report,
        @Size(max = 80) String externalRef) {

    static ServiceRecordForm startFor(long customerId, Long equipmentId) {
        return new ServiceRecordForm(customerId, ServiceType.INSTALLATION_COMMISSIONING_TRAINING, equipmentId, null, null,
                null, Set.of(), null, null);
    }

    static ServiceRecordForm of(ServiceRecord r) {
        return new ServiceRecordForm(r.getCustomerId(), r.getType(), r.getEquipmentId(), r.getSiteId(), r.getPlannedOn(),
                r.getDoneOn(), r.getStaffIds(), r.getReport(), r.getExternalRef());
    }

    ServiceRecords.Details details() {
        return new ServiceRecords.Details(type, customerId, siteId, equipmentId, plannedOn != null ? plannedOn : doneOn,
                staffIds == null ? Set.of() : staffIds, report, externalRef);
    }
}
