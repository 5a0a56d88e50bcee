package ir.shenava.surveys.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import ir.shenava.customers.ContactSummary;
import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerSummary;
import ir.shenava.customers.EquipmentSummary;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.surveys.calls.CallQueue;
import ir.shenava.surveys.calls.CallRow;
import ir.shenava.surveys.calls.CallUnit;
import org.springframework.stereotype.Component;

/**
 * Puts calls into words for the pages: a handful of bulk look-ups per page (customers, contacts,
 * units, staff names), never one per row.
 */
@Component
class CallLines {

    private final CallQueue queue;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;

    CallLines(CallQueue queue, CustomerDirectory customers, StaffDirectory staff) {
        this.queue = queue;
        this.customers = customers;
        this.staff = staff;
    }

    List<CallLine> of(List<CallRow> calls) {
        if (calls.isEmpty()) {
            return List.of();
        }
        List<Long> ids = calls.stream().map(CallRow::id).toList();
        Map<Long, List<CallUnit>> units = queue.unitsOf(ids).stream().collect(Collectors.groupingBy(CallUnit::callId));
        Map<Long, CustomerSummary> customerById = customers.findAll(calls.stream().map(CallRow::customerId).collect(Collectors.toSet()));
        Map<Long, ContactSummary> contactById = customers.contacts(
                calls.stream().map(CallRow::contactId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, EquipmentSummary> equipment = customers.equipment(
                units.values().stream().flatMap(Collection::stream).map(CallUnit::equipmentId).collect(Collectors.toSet()));
        Map<Long, String> names = staff.names();
        return calls.stream().map(call -> {
            List<CallLine.Unit> list = units.getOrDefault(call.id(), List.of()).stream().map(u -> {
                EquipmentSummary e = equipment.get(u.equipmentId());
                return new CallLine.Unit(u.equipmentId(), e == null ? "—" : e.model(), e == null ? "" : e.serialNumber(),
                        u.completedOn(), names(u.installerIds(), names), names(u.sellerIds(), names));
            }).toList();
            CustomerSummary customer = customerById.get(call.customerId());
            LocalDate installed = list.stream().map(CallLine.Unit::completedOn).min(Comparator.naturalOrder()).orElse(null);
            return new CallLine(call, customer == null ? "—" : customer.name(), customer == null ? "" : customer.code(),
                    call.contactId() == null ? null : contactById.get(call.contactId()), list, installed,
                    call.claimedBy() == null ? null : names.getOrDefault(call.claimedBy(), "—"));
        }).toList();
    }

    CallLine of(CallRow call) {
        return of(List.of(call)).get(0);
    }

    private static List<String> names(Collection<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, "—")).sorted().toList();
    }
}
