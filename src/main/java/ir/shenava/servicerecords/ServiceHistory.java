package ir.shenava.servicerecords;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ir.shenava.servicerecords.internal.ServiceRecordRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services performed for a customer, for whoever reviews that documentation — a case's
 * investigation log refers to the records its owner reviewed.
 */
@Service
@Transactional(readOnly = true)
public class ServiceHistory {

    /** One service record, as other modules may show and link it ({@code /service-records/{id}}). */
    public record Entry(long id, ServiceType type, ServiceStatus status, LocalDate day, Long equipmentId) {

        public String reference() {
            return "service-record:" + id;
        }
    }

    private final ServiceRecordRepository records;
    private final JdbcClient jdbc;

    ServiceHistory(ServiceRecordRepository records, JdbcClient jdbc) {
        this.records = records;
        this.jdbc = jdbc;
    }

    /** The staff on the done SALE records of a unit: the sellers the follow-up call names. */
    public Set<Long> sellersOf(long equipmentId) {
        return new HashSet<>(jdbc.sql("""
                select distinct s.staff_id from service_record r join service_record_staff s on s.record_id = r.id
                where r.equipment_id = ? and r.type = 'SALE' and r.status <> 'CANCELLED'""")
                .param(equipmentId).query(Long.class).list());
    }

    /** The staff on the done installation, commissioning and training records of a unit. */
    public Set<Long> installersOf(long equipmentId) {
        return new HashSet<>(jdbc.sql("""
                select distinct s.staff_id from service_record r join service_record_staff s on s.record_id = r.id
                where r.equipment_id = ? and r.status = 'DONE'
                  and r.type in ('INSTALLATION', 'COMMISSIONING', 'TRAINING', 'INSTALLATION_COMMISSIONING_TRAINING')""")
                .param(equipmentId).query(Long.class).list());
    }

    /**
     * The installations completed (installation, commissioning and training all done) on or after
     * {@code since}, oldest first, as their {@link InstallationCompleted} said — for scheduling the
     * follow-up calls of completions that happened before anyone listened.
     */
    public List<InstallationCompleted> installationsCompletedSince(LocalDate since) {
        return jdbc.sql("""
                select m.equipment_id, m.customer_id, m.completed_on,
                       array(select distinct s.staff_id from service_record r join service_record_staff s on s.record_id = r.id
                             where r.equipment_id = m.equipment_id and r.status = 'DONE'
                               and r.type in ('INSTALLATION', 'COMMISSIONING', 'TRAINING', 'INSTALLATION_COMMISSIONING_TRAINING')) as experts
                from installation_milestone m where m.completed_on >= ? order by m.completed_on, m.equipment_id""")
                .param(since)
                .query((rs, i) -> new InstallationCompleted(rs.getLong(1), rs.getLong(2),
                        Set.copyOf(Arrays.asList((Long[]) rs.getArray(4).getArray())), rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** How many installations were completed on or after {@code since} (the backfill's preview). */
    public long countInstallationsCompletedSince(LocalDate since) {
        return jdbc.sql("select count(*) from installation_milestone where completed_on >= ?").param(since)
                .query(Long.class).single();
    }

    /** Newest first. */
    public List<Entry> ofCustomer(long customerId) {
        return records.findByCustomerIdOrderByCreatedAtDesc(customerId).stream()
                .map(r -> new Entry(r.getId(), r.getType(), r.getStatus(), r.getDay(), r.getEquipmentId())).toList();
    }
}
