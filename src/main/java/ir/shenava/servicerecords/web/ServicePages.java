package ir.shenava.servicerecords.web;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerSummary;
import ir.shenava.customers.EquipmentSummary;
import ir.shenava.servicerecords.internal.ServiceRecord;
import ir.shenava.staff.StaffDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What several service pages need besides the records: customer, unit and staff names (looked up
 * once per page, not per row), and whether the signed-in person may see a record's scans.
 */
@Component
class ServicePages {

    private static final Set<String> SCAN_ROLES = Set.of("ROLE_ADMIN", "ROLE_CEO", "ROLE_SENIOR_MANAGER", "ROLE_MANAGER",
            "ROLE_TECHNICAL_MANAGER", "ROLE_QUALITY_MANAGER");

    private final CustomerDirectory customers;
    private final StaffDirectory staff;

    ServicePages(CustomerDirectory customers, StaffDirectory staff) {
        this.customers = customers;
        this.staff = staff;
    }

    void addNames(Model model, Collection<ServiceRecord> records) {
        Map<Long, CustomerSummary> customerNames = customers.findAll(records.stream().map(ServiceRecord::getCustomerId)
                .collect(Collectors.toSet()));
        model.addAttribute("customerNames", customerNames.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name())));
        model.addAttribute("staffNames", staff.names());
        model.addAttribute("serials", customers.equipment(records.stream().map(ServiceRecord::getEquipmentId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet())).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().serialNumber())));
    }

    /** Managers see every scan; an expert sees the scans of the services they took part in. */
    boolean maySeeScans(Authentication auth, ServiceRecord record) {
        if (auth.getAuthorities().stream().anyMatch(a -> SCAN_ROLES.contains(a.getAuthority()))) {
            return true;
        }
        return staff.findByUsername(auth.getName()).map(me -> record.getStaffIds().contains(me.id().value())).orElse(false);
    }
}
