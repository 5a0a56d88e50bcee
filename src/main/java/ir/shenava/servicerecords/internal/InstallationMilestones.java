package ir.shenava.servicerecords.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ir.shenava.servicerecords.InstallationCompleted;
import ir.shenava.servicerecords.ServiceStatus;
import ir.shenava.servicerecords.ServiceType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link InstallationCompleted} when a unit's installation, commissioning and training
 * are all done — one combined record or three. The milestone row (primary key = equipment) is
 * inserted in the same transaction, so a unit's milestone is published once even if records are
 * edited or two people complete steps at the same moment.
 */
@Component
class InstallationMilestones {

    private final ServiceRecordRepository records;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InstallationMilestones(ServiceRecordRepository records, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Called inside the transaction that completed {@code record}. */
    void afterCompletion(ServiceRecord record) {
        if (record.getEquipmentId() == null || record.getType().installationSteps().isEmpty()) {
            return;
        }
        List<ServiceRecord> done = records.findByEquipmentIdAndStatus(record.getEquipmentId(), ServiceStatus.DONE);
        Set<ServiceType> steps = EnumSet.noneOf(ServiceType.class);
        Set<Long> experts = new LinkedHashSet<>();
        LocalDate completedOn = null;
        for (ServiceRecord r : done) {
            if (!r.getType().installationSteps().isEmpty()) {
                steps.addAll(r.getType().installationSteps());
                experts.addAll(r.getStaffIds());
                completedOn = completedOn == null || r.getDoneOn().isAfter(completedOn) ? r.getDoneOn() : completedOn;
            }
        }
        if (!steps.containsAll(ServiceType.INSTALLATION_STEPS)) {
            return;
        }
        int inserted = jdbc.update("""
                insert into installation_milestone (equipment_id, customer_id, completed_on, recorded_at)
                values (?, ?, ?, ?) on conflict (equipment_id) do nothing""",
                record.getEquipmentId(), record.getCustomerId(), completedOn, java.sql.Timestamp.from(clock.instant()));
        if (inserted == 1) {
            events.publishEvent(new InstallationCompleted(record.getEquipmentId(), record.getCustomerId(),
                    Set.copyOf(experts), completedOn));
        }
    }
}
