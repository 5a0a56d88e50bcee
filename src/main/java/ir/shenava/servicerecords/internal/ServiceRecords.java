package ir.shenava.servicerecords.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import ir.shenava.audit.AuditAction;
import ir.shenava.audit.AuditKind;
import ir.shenava.audit.AuditTrail;
import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerId;
import ir.shenava.customers.EquipmentSummary;
import ir.shenava.servicerecords.ServiceType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Commands on service records: record, edit, complete, cancel, attach documents and the confirmation form. */
@Service
@Transactional
public class ServiceRecords {

    private final ServiceRecordRepository records;
    private final ServiceAttachmentRepository attachments;
    private final ServiceConfirmationRepository confirmations;
    private final InstallationMilestones milestones;
    private final CustomerDirectory customers;
    private final Clock clock;
    private final AuditTrail audit;

    ServiceRecords(ServiceRecordRepository records, ServiceAttachmentRepository attachments,
                   ServiceConfirmationRepository confirmations, InstallationMilestones milestones,
                   CustomerDirectory customers, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.records = records;
        this.attachments = attachments;
        this.confirmations = confirmations;
        this.milestones = milestones;
        this.customers = customers;
        this.clock = clock;
    }

    /** What a person (or an import) says about a service. */
    public record Details(ServiceType type, long customerId, Long siteId, Long equipmentId, LocalDate plannedOn,
                          Set<Long> staffIds, String report, String externalRef) {
    }

    public ServiceRecord record(Details typed, String by) {
        Details details = onCurrentCustomer(typed);
        ServiceRecord record = new ServiceRecord(details.customerId(), by, clock.instant());
        describe(record, details);
        return records.save(record);
    }

    public ServiceRecord update(long id, Details typed) {
        Details details = onCurrentCustomer(typed);
        ServiceRecord record = find(id);
        if (record.getCustomerId() != details.customerId()) {
            throw new ServiceRuleException("service.customer.locked");
        }
        var before = audited(record);
        describe(record, details);
        audit.record(AuditKind.SERVICE_RECORD, AuditAction.CHANGED, subject(record), before, audited(record));
        return record;
    }

    /** Marks a planned service done; may complete a unit's installation milestone. */
    public ServiceRecord complete(long id, LocalDate day) {
        ServiceRecord record = find(id);
        var before = audited(record);
        record.complete(day, LocalDate.now(clock));
        audit.record(AuditKind.SERVICE_RECORD, AuditAction.CHANGED, subject(record), before, audited(record));
        records.flush();
        milestones.afterCompletion(record);
        return record;
    }

    public void cancel(long id) {
        ServiceRecord record = find(id);
        var before = audited(record);
        record.cancel();
        audit.record(AuditKind.SERVICE_RECORD, AuditAction.CHANGED, subject(record), before, audited(record));
    }

    private static String subject(ServiceRecord r) {
        return r.getType() + " #" + r.getId() + (r.getExternalRef() == null ? "" : " (" + r.getExternalRef() + ")");
    }

    private static java.util.Map<String, Object> audited(ServiceRecord r) {
        java.util.Map<String, Object> d = new java.util.LinkedHashMap<>();
        d.put("type", r.getType());
        d.put("siteId", r.getSiteId());
        d.put("equipmentId", r.getEquipmentId());
        d.put("plannedOn", r.getPlannedOn() == null ? null : ir.shenava.shared.JalaliDate.fromGregorian(r.getPlannedOn()).toNumericString());
        d.put("doneOn", r.getDoneOn() == null ? null : ir.shenava.shared.JalaliDate.fromGregorian(r.getDoneOn()).toNumericString());
        d.put("status", r.getStatus());
        d.put("staffIds", r.getStaffIds() == null ? java.util.List.of() : java.util.List.copyOf(r.getStaffIds()));
        d.put("report", r.getReport());
        d.put("externalRef", r.getExternalRef());
        return d;
    }

    public ServiceAttachment attach(long recordId, UploadedFile file, String by) {
        find(recordId);
        return attachments.save(new ServiceAttachment(recordId, ServiceAttachment.Kind.DOCUMENT, file, by, clock.instant()));
    }

    /**
     * Stores the scan of the confirmation form (if one is given) and its checklist; only a done
     * service has a confirmation form.
     */
    public ServiceConfirmation confirm(long recordId, UploadedFile scan, boolean filled, boolean stamped, boolean signed,
                                       boolean consistent, String by) {
        ServiceRecord record = find(recordId);
        if (record.getStatus() != ir.shenava.servicerecords.ServiceStatus.DONE) {
            throw new ServiceRuleException("confirmation.notDone");
        }
        ServiceConfirmation confirmation = confirmations.findById(recordId).orElseGet(() -> new ServiceConfirmation(recordId));
        if (scan != null) {
            confirmation.attachScan(attachments.save(new ServiceAttachment(recordId, ServiceAttachment.Kind.CONFIRMATION,
                    scan, by, clock.instant())).getId());
        }
        if (confirmation.getAttachmentId() == null) {
            throw new ServiceRuleException("confirmation.scanRequired");
        }
        confirmation.check(filled, stamped, signed, consistent, by, clock.instant());
        return confirmations.save(confirmation);
    }

    /**
     * A form opened before its customer was merged into another still posts the old id: the record
     * belongs to the customer that stays (which has the equipment now), not to one that is gone.
     */
    private Details onCurrentCustomer(Details d) {
        long current = customers.holdForWriting(d.customerId());   // a merge in progress waits for us, or we follow it
        return current == d.customerId() ? d : new Details(d.type(), current, d.siteId(), d.equipmentId(), d.plannedOn(),
                d.staffIds(), d.report(), d.externalRef());
    }

    private void describe(ServiceRecord record, Details d) {
        customers.find(new CustomerId(d.customerId())).orElseThrow(() -> new ServiceRuleException("service.customer.unknown"));
        if (d.equipmentId() != null) {
            EquipmentSummary unit = customers.equipment(d.equipmentId())
                    .orElseThrow(() -> new ServiceRuleException("service.equipment.unknown"));
            if (unit.customerId().value() != d.customerId()) {
                throw new ServiceRuleException("service.equipment.otherCustomer");
            }
        }
        if (d.siteId() != null && customers.sitesOf(new CustomerId(d.customerId())).stream().noneMatch(s -> s.id() == d.siteId())) {
            throw new ServiceRuleException("service.site.otherCustomer");
        }
        if (d.externalRef() != null && !d.externalRef().isBlank()) {
            records.findByExternalRef(d.externalRef().trim()).filter(other -> !other.getId().equals(record.getId()))
                    .ifPresent(other -> {
                        throw new ServiceRuleException("service.externalRef.taken");
                    });
        }
        record.describe(d.type(), d.siteId(), d.equipmentId(), d.plannedOn(), d.staffIds() == null ? Set.of() : d.staffIds(),
                d.report(), d.externalRef());
    }

    private ServiceRecord find(long id) {
        return records.findById(id).orElseThrow(() -> new ServiceRuleException("service.notFound"));
    }
}
