package ir.shenava.servicerecords.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import ir.shenava.servicerecords.ServiceStatus;
import ir.shenava.servicerecords.ServiceType;
import ir.shenava.shared.PersianText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One service event at a customer. Status changes only through {@link #complete} and {@link #cancel}. */
@Entity
@Table(name = "service_record")
public class ServiceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ServiceType type;
    private Long customerId;
    private Long siteId;
    private Long equipmentId;
    private LocalDate plannedOn;
    private LocalDate doneOn;
    @Enumerated(EnumType.STRING)
    private ServiceStatus status = ServiceStatus.PLANNED;
    private String report;
    private String externalRef;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_record_staff", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "staff_id")
    private Set<Long> staffIds = new LinkedHashSet<>();

    protected ServiceRecord() {
    }

    public ServiceRecord(long customerId, String createdBy, Instant now) {
        this.customerId = customerId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void describe(ServiceType type, Long siteId, Long equipmentId, LocalDate plannedOn, Set<Long> staffIds,
                         String report, String externalRef) {
        if (status == ServiceStatus.DONE && this.type != null && !this.type.installationSteps().equals(type.installationSteps())) {
            throw new ServiceRuleException("service.type.locked");
        }
        this.type = type;
        this.siteId = siteId;
        this.equipmentId = equipmentId;
        this.plannedOn = plannedOn;
        this.staffIds = new LinkedHashSet<>(staffIds);
        this.report = PersianText.normalizeText(report);
        this.externalRef = externalRef == null || externalRef.isBlank() ? null : externalRef.trim();
    }

    /** The service was performed on {@code day} (not in the future, not twice). */
    public void complete(LocalDate day, LocalDate today) {
        if (status != ServiceStatus.PLANNED) {
            throw new ServiceRuleException("service.complete.notPlanned");
        }
        if (day == null || day.isAfter(today)) {
            throw new ServiceRuleException("service.complete.future");
        }
        this.doneOn = day;
        this.status = ServiceStatus.DONE;
    }

    public void cancel() {
        if (status != ServiceStatus.PLANNED) {
            throw new ServiceRuleException("service.cancel.notPlanned");
        }
        this.status = ServiceStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public ServiceType getType() {
        return type;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getEquipmentId() {
        return equipmentId;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public String getReport() {
        return report;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getStaffIds() {
        return Set.copyOf(staffIds);
    }

    /** The day the timeline sorts by: when it was done, else when it is planned. */
    public LocalDate getDay() {
        return doneOn != null ? doneOn : plannedOn;
    }
}
