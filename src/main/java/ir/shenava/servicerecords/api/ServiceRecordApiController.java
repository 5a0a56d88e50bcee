package ir.shenava.servicerecords.api;

import java.net.URI;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerId;
import ir.shenava.customers.CustomerSummary;
import ir.shenava.customers.EquipmentSummary;
import ir.shenava.servicerecords.internal.ExternalRecords;
import ir.shenava.servicerecords.internal.ServiceRecord;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ERP reports services here as they happen. {@code externalRef} (its document number) makes a
 * retry safe: the same reference again answers 200 with the record made the first time.
 */
@RestController
@RequestMapping(path = "/api/v1/service-records", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Service records", description = "Services performed at customers, reported by the ERP")
@SecurityRequirement(name = "apiKey")
@SecurityRequirement(name = "bearer")
class ServiceRecordApiController {

    static final String WRITE = "hasAuthority('SCOPE_SERVICE_RECORDS_WRITE')";

    private final ExternalRecords records;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;

    ServiceRecordApiController(ExternalRecords records, CustomerDirectory customers, StaffDirectory staff) {
        this.records = records;
        this.customers = customers;
        this.staff = staff;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITE)
    @Operation(summary = "Record a service",
            description = "Creates a service record; with doneOn it is completed at once. Needs the scope "
                    + "SERVICE_RECORDS_WRITE. Errors are RFC 9457 problem details with Persian messages.",
            responses = {
                @ApiResponse(responseCode = "201", description = "Created; Location names the new record"),
                @ApiResponse(responseCode = "200", description = "A record with this externalRef exists already"),
                @ApiResponse(responseCode = "400", description = "Invalid fields: problem detail with errors[]"),
                @ApiResponse(responseCode = "401", description = "No key, unknown or revoked key"),
                @ApiResponse(responseCode = "403", description = "The key lacks the scope")})
    ResponseEntity<ServiceRecordResponse> create(@RequestBody ServiceRecordRequest body, Authentication caller) {
        Optional<ServiceRecord> existing = records.findByExternalRef(body.externalRef());
        if (existing.isPresent()) {
            return ResponseEntity.ok(response(existing.get()));
        }
        ExternalRecords.Checked checked = records.check(body.input());
        if (!checked.valid()) {
            throw new InvalidServiceRecordException(checked.problems());
        }
        ServiceRecord record;
        try {
            record = records.write(checked, caller.getName());
        } catch (DataIntegrityViolationException e) {
            // the same reference arrived twice at once: the other request made the record
            return records.findByExternalRef(body.externalRef()).map(r -> ResponseEntity.ok(response(r)))
                    .orElseThrow(() -> e);
        }
        return ResponseEntity.created(URI.create("/api/v1/service-records/" + record.getId())).body(response(record));
    }

    @GetMapping("/{id}")
    @PreAuthorize(WRITE)
    @Operation(summary = "Read a service record", responses = {
        @ApiResponse(responseCode = "200", description = "The record"),
        @ApiResponse(responseCode = "404", description = "No such record")})
    ServiceRecordResponse get(@PathVariable long id) {
        return records.find(id).map(this::response).orElseThrow(ApiErrors.ServiceRecordNotFoundException::new);
    }

    private ServiceRecordResponse response(ServiceRecord r) {
        String code = customers.find(new CustomerId(r.getCustomerId())).map(CustomerSummary::code).orElse(null);
        String serial = r.getEquipmentId() == null ? null
                : customers.equipment(r.getEquipmentId()).map(EquipmentSummary::serialNumber).orElse(null);
        return new ServiceRecordResponse(r.getId(), r.getType().name(), r.getStatus().name(), code, serial,
                r.getPlannedOn(), r.getDoneOn(),
                r.getStaffIds().stream().sorted().map(id -> staff.find(new StaffId(id)).map(StaffSummary::username)
                        .orElse(null)).filter(java.util.Objects::nonNull).toList(),
                r.getReport(), r.getExternalRef(), r.getCreatedAt());
    }
}
