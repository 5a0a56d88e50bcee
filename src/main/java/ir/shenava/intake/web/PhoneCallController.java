package ir.shenava.intake.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ir.shenava.customers.ContactSummary;
import ir.shenava.customers.CustomerDirectory;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintLanguage;
import ir.shenava.intake.SatisfactionLevel;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintCategoryRepository;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.RepeatCalls;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.staff.StaffDirectory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Log a call" (policy 1): any staff member who took a complaint by phone records it; the caller's
 * number — typed or pasted in any digits — brings up the matching customer and contact, and the
 * person logging is recorded as the receiver.
 */
@Controller
@RequestMapping("/complaints/phone")
@PreAuthorize(IntakeAccess.STAFF)
class PhoneCallController {

    private final ComplaintIntake intake;
    private final ComplaintCategoryRepository categories;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;
    private final ConcernedStaff concerned;
    private final RepeatCalls repeatCalls;

    PhoneCallController(ComplaintIntake intake, ComplaintCategoryRepository categories, CustomerDirectory customers,
                        StaffDirectory staff, ConcernedStaff concerned, RepeatCalls repeatCalls) {
        this.repeatCalls = repeatCalls;
        this.intake = intake;
        this.categories = categories;
        this.customers = customers;
        this.staff = staff;
        this.concerned = concerned;
    }

    record PhoneCallForm(@NotBlank @Size(max = 30) String phone, @NotBlank @Size(max = 150) String contactName,
                         @Size(max = 200) String organisation, @Email @Size(max = 200) String email, String categoryCode,
                         @Size(max = 80) String serial, @Min(1) @Max(5) Integer satisfaction,
                         @Size(max = 200) String subject, @NotBlank @Size(max = 10000) String description,
                         @Size(max = 5000) String remedySought, @Size(max = 100) String submissionKey, Long concernedStaffId,
                         Long joinComplaintId, @Size(max = 2) String language) {
    }

    @GetMapping
    String form(Model model) {
        return page(model, new PhoneCallForm(null, null, null, null, null, null, null, null, null, null,
                UUID.randomUUID().toString(), null, null, ComplaintLanguage.FA.tag()));
    }

    /**
     * The htmx lookup as the number is typed: who is calling? It fills the caller's name when one
     * contact has the number and none was typed, offers the customer's equipment for the serial field,
     * and lists the customer's open complaints so a repeat call joins one (issue 15 §5).
     */
    @GetMapping("/lookup")
    String lookup(@RequestParam(defaultValue = "") String phone, @RequestParam(required = false) String contactName,
                  @RequestParam(required = false) String serial, Model model) {
        Optional<PhoneNumber> number = PhoneNumber.tryParse(phone);
        List<ContactSummary> matches = number.map(n -> customers.contactsByPhone(n.e164())).orElse(List.of());
        List<Long> customerIds = matches.stream().map(m -> m.customerId().value()).distinct().toList();
        model.addAttribute("valid", number.isPresent());
        model.addAttribute("typed", phone != null && !phone.isBlank());
        model.addAttribute("matches", matches);
        model.addAttribute("customerNames", customers.findAll(customerIds)
                .entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> e.getKey(), e -> e.getValue().name())));
        model.addAttribute("fillName", matches.size() == 1 && (contactName == null || contactName.isBlank())
                ? matches.get(0).fullName() : null);
        model.addAttribute("equipment", customerIds.stream()
                .flatMap(id -> customers.equipmentOf(new ir.shenava.customers.CustomerId(id)).stream()).toList());
        model.addAttribute("serial", serial == null ? "" : serial);
        model.addAttribute("openComplaints", repeatCalls.openOf(customerIds));
        return "intake/phone :: lookup";
    }

    @PostMapping
    String log(@Valid @ModelAttribute("form") PhoneCallForm form, BindingResult result, Authentication auth, Model model,
               RedirectAttributes redirect) {
        Optional<PhoneNumber> phone = PhoneNumber.tryParse(form.phone());
        categories.check(form.categoryCode(), result);
        concerned.check(form.concernedStaffId(), result);
        if (!result.hasFieldErrors("phone") && phone.isEmpty()) {
            result.rejectValue("phone", "phone.invalid");
        }
        Optional<ComplaintLanguage> language = ComplaintLanguages.chosen(form.language(), result);
        if (form.joinComplaintId() == null && (form.subject() == null || form.subject().isBlank())) {
            result.rejectValue("subject", "forms.required");
        }
        if (result.hasErrors()) {
            return page(model, form);
        }
        Long me = staff.findByUsername(auth.getName()).map(s -> s.id().value()).orElse(null);
        if (form.joinComplaintId() != null) {   // a repeat call: a message on the open complaint, not another case
            List<Long> callers = customers.contactsByPhone(phone.get().e164()).stream().map(c -> c.customerId().value())
                    .distinct().toList();
            String text = form.subject() == null || form.subject().isBlank() ? form.description()
                    : form.subject().strip() + "\n" + form.description();
            if (me != null && repeatCalls.join(form.joinComplaintId(), callers, form.contactName(), text, me)) {
                redirect.addFlashAttribute("success", "phone.joined");
                return "redirect:/complaints/" + form.joinComplaintId();
            }
            result.reject("phone.joinRefused");
            return page(model, form);
        }
        Complaint complaint = intake.register(Channel.PHONE, new Submission(form.contactName(), form.organisation(),
                phone.get(), form.email(), form.categoryCode(), form.serial(), SatisfactionLevel.of(form.satisfaction()),
                form.subject(), form.description(), form.remedySought(), me, null,
                form.submissionKey() == null ? null : "phone:" + form.submissionKey(), form.concernedStaffId(),
                language.orElse(ComplaintLanguage.FA)), List.of());
        redirect.addFlashAttribute("success", "phone.logged");
        return "redirect:/complaints/" + complaint.getId();
    }

    private String page(Model model, PhoneCallForm form) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("categories", categories.findByActiveTrueOrderBySort());
        concerned.offer(model);
        model.addAttribute("languages", ComplaintLanguage.values());
        return "intake/phone";
    }
}
