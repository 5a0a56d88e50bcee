package ir.shenava.servicerecords.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerId;
import ir.shenava.customers.EquipmentSummary;
import ir.shenava.servicerecords.ServiceStatus;
import ir.shenava.servicerecords.internal.ServiceConfirmation;
import ir.shenava.servicerecords.internal.ServiceConfirmationRepository;
import ir.shenava.servicerecords.internal.ServiceRecord;
import ir.shenava.servicerecords.internal.ServiceRecordRepository;
import ir.shenava.shared.JalaliDate;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Service history as a timeline (of a customer or of a unit) and the list of missing confirmation forms. */
@Controller
@RequestMapping("/service-records")
class ServiceOverviewController {

    private final ServiceRecordRepository records;
    private final ServiceConfirmationRepository confirmations;
    private final CustomerDirectory customers;
    private final ServicePages pages;
    private final Clock clock;

    ServiceOverviewController(ServiceRecordRepository records, ServiceConfirmationRepository confirmations,
                              CustomerDirectory customers, ServicePages pages, Clock clock) {
        this.records = records;
        this.confirmations = confirmations;
        this.customers = customers;
        this.pages = pages;
        this.clock = clock;
    }

    /** The htmx fragment the customer page loads. */
    @GetMapping("/timeline")
    @PreAuthorize(ServiceAccess.VIEW)
    String customerTimeline(@RequestParam long customerId, Model model) {
        timeline(model, records.findByCustomerIdOrderByCreatedAtDesc(customerId));
        model.addAttribute("customerId", customerId);
        return "servicerecords/timeline :: timeline";
    }

    @GetMapping("/equipment/{equipmentId}")
    @PreAuthorize(ServiceAccess.VIEW)
    String equipment(@PathVariable long equipmentId, Model model) {
        EquipmentSummary unit = customers.equipment(equipmentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("unit", unit);
        model.addAttribute("customer", customers.find(unit.customerId()).orElse(null));
        model.addAttribute("customerId", unit.customerId().value());
        timeline(model, records.findByEquipmentIdOrderByCreatedAtDesc(equipmentId));
        return "servicerecords/equipment";
    }

    /** Done services of a Jalali month without a complete confirmation form, by expert. */
    @GetMapping("/missing-confirmations")
    @PreAuthorize(ServiceAccess.ALL_SCANS)
    String missing(@RequestParam(required = false) String month, Model model) {
        JalaliDate today = JalaliDate.fromGregorian(LocalDate.now(clock));
        JalaliDate first = new JalaliDate(today.year(), today.month(), 1);
        if (month != null && !month.isBlank()) {
            try {
                first = JalaliDate.parse(month.trim() + "/01");
            } catch (IllegalArgumentException e) {
                model.addAttribute("error", "date.invalid");
            }
        }
        LocalDate from = first.toGregorian();
        LocalDate to = new JalaliDate(first.year(), first.month(), JalaliDate.lengthOfMonth(first.year(), first.month())).toGregorian();
        List<ServiceRecord> done = records.findByStatusAndDoneOnBetweenOrderByDoneOn(ServiceStatus.DONE, from, to);
        Map<Long, ServiceConfirmation> forms = confirmations.findByRecordIdIn(done.stream().map(ServiceRecord::getId).toList())
                .stream().collect(Collectors.toMap(ServiceConfirmation::getRecordId, c -> c));
        List<ServiceRecord> lacking = done.stream()
                .filter(r -> !forms.containsKey(r.getId()) || !forms.get(r.getId()).isComplete()).toList();
        Map<Long, List<ServiceRecord>> byExpert = new LinkedHashMap<>();
        for (ServiceRecord r : lacking) {
            Set<Long> experts = r.getStaffIds().isEmpty() ? Set.of(0L) : r.getStaffIds();
            experts.forEach(e -> byExpert.computeIfAbsent(e, k -> new java.util.ArrayList<>()).add(r));
        }
        model.addAttribute("month", first);
        model.addAttribute("previous", first.plusDays(-1).toNumericString().substring(0, 7));
        model.addAttribute("next", first.plusDays(32).toNumericString().substring(0, 7));
        model.addAttribute("doneCount", done.size());
        model.addAttribute("byExpert", byExpert);
        model.addAttribute("forms", forms);
        pages.addNames(model, lacking);
        return "servicerecords/missing";
    }

    private void timeline(Model model, List<ServiceRecord> list) {
        List<ServiceRecord> sorted = list.stream()
                .sorted(Comparator.comparing(ServiceRecord::getDay, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        model.addAttribute("records", sorted);
        model.addAttribute("forms", confirmations.findByRecordIdIn(sorted.stream().map(ServiceRecord::getId).toList())
                .stream().collect(Collectors.toMap(ServiceConfirmation::getRecordId, c -> c)));
        pages.addNames(model, sorted);
    }

}
