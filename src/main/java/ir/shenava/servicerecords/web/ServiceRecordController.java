package ir.shenava.servicerecords.web;

import java.util.Arrays;

import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerId;
import ir.shenava.customers.CustomerSummary;
import ir.shenava.servicerecords.ServiceStatus;
import ir.shenava.servicerecords.ServiceType;
import ir.shenava.servicerecords.internal.ServiceRecord;
import ir.shenava.servicerecords.internal.ServiceRecordRepository;
import ir.shenava.servicerecords.internal.ServiceRecords;
import ir.shenava.servicerecords.internal.ServiceRuleException;
import ir.shenava.staff.StaffDirectory;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** List, record and edit services. A new record starts from a customer (or one of its units). */
@Controller
@RequestMapping("/service-records")
class ServiceRecordController {

    private final ServiceRecordRepository records;
    private final ServiceRecords services;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;
    private final ServicePages pages;

    ServiceRecordController(ServiceRecordRepository records, ServiceRecords services, CustomerDirectory customers,
                            StaffDirectory staff, ServicePages pages) {
        this.records = records;
        this.services = services;
        this.customers = customers;
        this.staff = staff;
        this.pages = pages;
    }

    @GetMapping
    @PreAuthorize(ServiceAccess.VIEW)
    String list(@RequestParam(required = false) ServiceType type, @RequestParam(required = false) ServiceStatus status,
                @RequestParam(required = false) Long staffId, @RequestParam(defaultValue = "0") int page, Model model) {
        var found = records.search(type, status, null, staffId, PageRequest.of(Math.max(page, 0), 25));
        model.addAttribute("page", found);
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("staffId", staffId);
        model.addAttribute("types", Arrays.asList(ServiceType.values()));
        model.addAttribute("statuses", Arrays.asList(ServiceStatus.values()));
        model.addAttribute("staff", staff.active());
        pages.addNames(model, found.getContent());
        return "servicerecords/list";
    }

    @GetMapping("/new")
    @PreAuthorize(ServiceAccess.EDIT)
    String newForm(@RequestParam long customerId, @RequestParam(required = false) Long equipmentId, Model model) {
        return form(model, ServiceRecordForm.startFor(customerId, equipmentId), null);
    }

    @PostMapping("/new")
    @PreAuthorize(ServiceAccess.EDIT)
    String create(@Valid @ModelAttribute("form") ServiceRecordForm form, BindingResult result, Model model,
                  Authentication auth, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ServiceRecord record = services.record(form.details(), auth.getName());
                if (form.doneOn() != null) {
                    services.complete(record.getId(), form.doneOn());
                }
                redirect.addFlashAttribute("success", "service.saved");
                return "redirect:/service-records/" + record.getId();
            } catch (ServiceRuleException e) {
                result.reject(e.messageKey());
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(ServiceAccess.EDIT)
    String edit(@PathVariable long id, Model model) {
        ServiceRecord record = find(id);
        return form(model, ServiceRecordForm.of(record), record);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(ServiceAccess.EDIT)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ServiceRecordForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        ServiceRecord record = find(id);
        if (!result.hasErrors()) {
            try {
                services.update(id, form.details());
                redirect.addFlashAttribute("success", "service.saved");
                return "redirect:/service-records/" + id;
            } catch (ServiceRuleException e) {
                result.reject(e.messageKey());
            }
        }
        return form(model, form, record);
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize(ServiceAccess.EDIT)
    String complete(@PathVariable long id, @RequestParam(required = false) java.time.LocalDate doneOn,
                    RedirectAttributes redirect) {
        return act(id, redirect, "service.completed", () -> services.complete(id, doneOn));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(ServiceAccess.EDIT)
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "service.cancelled", () -> services.cancel(id));
    }

    private String act(long id, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        } catch (ServiceRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/service-records/" + id;
    }

    private String form(Model model, ServiceRecordForm form, ServiceRecord record) {
        CustomerSummary customer = customers.find(new CustomerId(form.customerId() == null ? -1 : form.customerId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("record", record);
        model.addAttribute("customer", customer);
        model.addAttribute("equipment", customers.equipmentOf(customer.id()));
        model.addAttribute("sites", customers.sitesOf(customer.id()));
        model.addAttribute("types", Arrays.asList(ServiceType.values()));
        model.addAttribute("staff", staff.active());
        return "servicerecords/form";
    }

    private ServiceRecord find(long id) {
        return records.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
