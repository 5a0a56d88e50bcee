package ir.shenava.servicerecords;

import java.time.LocalDate;
import java.util.List;

import ir.shenava.servicerecords.internal.ServiceRecordRepository;
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

    ServiceHistory(ServiceRecordRepository records) {
        this.records = records;
    }

    /** Newest first. */
    public List<Entry> ofCustomer(long customerId) {
        return records.findByCustomerIdOrderByCreatedAtDesc(customerId).stream()
                .map(r -> new Entry(r.getId(), r.getType(), r.getStatus(), r.getDay(), r.getEquipmentId())).toList();
    }
}
