package ir.shenava.customers.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.ContactRepository;
import ir.shenava.customers.internal.Customer;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.customers.internal.CustomerRepository;
import ir.shenava.customers.internal.CustomerRuleException;
import ir.shenava.customers.internal.CustomerListing;
import ir.shenava.customers.internal.CustomerMerges;
import ir.shenava.customers.internal.CustomerSiteRepository;
import ir.shenava.customers.internal.EquipmentRepository;
import ir.shenava.staff.StaffDirectory;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Customer list with search, the customer page, and the customer's own form. */
@Controller
@RequestMapping("/customers")
class CustomerController {

    private final CustomerRepository customers;
    private final CustomerSiteRepository sites;
    private final ContactRepository contacts;
    private final EquipmentRepository equipment;
    private final CustomerRegistry registry;
    private final StaffDirectory staff;
    private final CustomerListing listing;
    private final CustomerMerges merges;

    CustomerController(CustomerRepository customers, CustomerSiteRepository sites, ContactRepository contacts,
                       EquipmentRepository equipment, CustomerRegistry registry, StaffDirectory staff,
                       CustomerListing listing, CustomerMerges merges) {
        this.merges = merges;
        this.listing = listing;
        this.customers = customers;
        this.sites = sites;
        this.contacts = contacts;
        this.equipment = equipment;
        this.registry = registry;
        this.staff = staff;
    }

    @GetMapping
    @PreAuthorize(CustomerAccess.VIEW)
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", listing.page(q, page));
        return htmx != null ? "customers/list :: results" : "customers/list";
    }

    @GetMapping("/new")
    @PreAuthorize(CustomerAccess.EDIT)
    String newForm(Model model) {
        return form(model, CustomerForm.empty(), null);
    }

    @PostMapping("/new")
    @PreAuthorize(CustomerAccess.EDIT)
    String create(@Valid @ModelAttribute("form") CustomerForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Customer created = registry.create(form.data());
                redirect.addFlashAttribute("success", "customer.saved");
                return "redirect:/customers/" + created.getId();
            } catch (CustomerRuleException e) {
                result.rejectValue("code", e.messageKey(), e.args(), null);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/{id}")
    @PreAuthorize(CustomerAccess.VIEW)
    String view(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Customer customer = customers.findById(id).orElse(null);
        if (customer == null) {
            // an old link to a customer merged into another leads to that one
            long now = merges.current(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            redirect.addFlashAttribute("success", "customer.mergedAway");
            return "redirect:/customers/" + now;
        }
        model.addAttribute("customer", customer);
        model.addAttribute("sites", sites.findByCustomerIdOrderByName(id));
        model.addAttribute("contacts", contacts.findByCustomerIdOrderByFullName(id));
        model.addAttribute("equipment", equipment.findByCustomerIdOrderBySerialNumber(id));
        model.addAttribute("siteNames", sites.findByCustomerIdOrderByName(id).stream()
                .collect(Collectors.toMap(s -> s.getId(), s -> s.getName())));
        model.addAttribute("staffNames", staff.activeNames());
        return "customers/view";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(CustomerAccess.EDIT)
    String edit(@PathVariable long id, Model model) {
        Customer customer = find(id);
        return form(model, CustomerForm.of(customer), customer);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(CustomerAccess.EDIT)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CustomerForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Customer customer = find(id);
        if (result.hasErrors()) {
            return form(model, form, customer);
        }
        registry.update(id, form.data());
        redirect.addFlashAttribute("success", "customer.saved");
        return "redirect:/customers/" + id;
    }

    /** A customer made from an unknown complainant: staff checked it and accept it, contacts included. */
    @PostMapping("/{id}/verify")
    @PreAuthorize(CustomerAccess.EDIT)
    String verify(@PathVariable long id, RedirectAttributes redirect) {
        find(id);
        registry.verify(id);
        redirect.addFlashAttribute("success", "customer.verified");
        return "redirect:/customers/" + id;
    }

    /** The customer's wish not to be phoned for follow-up surveys: a checkbox on the customer page. */
    @PostMapping("/{id}/do-not-call")
    @PreAuthorize(CustomerAccess.EDIT)
    String doNotCall(@PathVariable long id, @RequestParam(defaultValue = "false") boolean doNotCall,
                     RedirectAttributes redirect) {
        Customer customer = find(id);
        customer.markDoNotCall(doNotCall);
        customers.save(customer);
        redirect.addFlashAttribute("success", "customer.doNotCall.saved");
        return "redirect:/customers/" + id;
    }

    private String form(Model model, CustomerForm form, Customer customer) {
        if (!model.containsAttribute("form")) {
            // after a failed POST the bound form and its errors are already in the model: keep them
            model.addAttribute("form", form);
        }
        model.addAttribute("customer", customer);
        model.addAttribute("kinds", Arrays.asList(CustomerKind.values()));
        return "customers/form";
    }

    private Customer find(long id) {
        return customers.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }


}
