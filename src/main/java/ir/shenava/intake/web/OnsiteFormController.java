package ir.shenava.intake.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import ir.shenava.intake.ComplaintLanguage;
import ir.shenava.branding.BrandView;
import ir.shenava.branding.Branding;
import ir.shenava.intake.SatisfactionLevel;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintCategoryRepository;
import ir.shenava.intake.internal.ComplaintFile;
import ir.shenava.intake.internal.IntakeRuleException;
import ir.shenava.intake.internal.Submission;
import ir.shenava.intake.onsite.OnsiteComplaintFormPdf;
import ir.shenava.intake.onsite.OnsiteEntry;
import ir.shenava.intake.onsite.OnsiteForms;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Paper complaint forms (policy 2): the technical unit manager issues books of serials to experts
 * and prints them; any staff member types a returned form in (the QR code on the paper opens that
 * serial's entry page) and uploads its scan.
 */
@Controller
@RequestMapping("/intake/onsite")
class OnsiteFormController {

    static final String BOOKS = "hasAnyRole('ADMIN','CEO','SENIOR_MANAGER','TECHNICAL_MANAGER','QUALITY_MANAGER')";
    static final String ISSUE = "hasAnyRole('ADMIN','TECHNICAL_MANAGER')";

    private final OnsiteForms forms;
    private final OnsiteEntry entry;
    private final StaffDirectory staff;
    private final ComplaintCategoryRepository categories;
    private final ConcernedStaff concerned;
    private final String publicUrl;
    private final Branding branding;

    OnsiteFormController(OnsiteForms forms, OnsiteEntry entry, StaffDirectory staff, ComplaintCategoryRepository categories,
                         ConcernedStaff concerned, @Value("${shenava.public-url:http://localhost:8080}") String publicUrl, Branding branding) {
        this.forms = forms;
        this.entry = entry;
        this.staff = staff;
        this.categories = categories;
        this.concerned = concerned;
        this.publicUrl = publicUrl;
        this.branding = branding;
    }

    record EntryForm(@Size(max = 30) String phone, @NotBlank @Size(max = 150) String contactName,
                     @Size(max = 200) String organisation, @Email @Size(max = 200) String email, String categoryCode,
                     @Size(max = 80) String serial, @Min(1) @Max(5) Integer satisfaction,
                     @NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 10000) String description,
                     @Size(max = 5000) String remedySought, Long concernedStaffId, @Size(max = 2) String language) {
    }

    @GetMapping
    @PreAuthorize(BOOKS)
    String books(Model model) {
        model.addAttribute("books", forms.books());
        model.addAttribute("experts", staff.activeWithRole(Role.TECHNICAL_EXPERT));
        model.addAttribute("staffNames", staff.names());
        return "intake/onsite-books";
    }

    @PostMapping("/books")
    @PreAuthorize(ISSUE)
    String issue(@RequestParam long expertId, @RequestParam(defaultValue = "25") int count, Authentication auth,
                 RedirectAttributes redirect) {
        if (count < 1 || count > OnsiteForms.MAX_BOOK || staff.find(new ir.shenava.staff.StaffId(expertId)).isEmpty()) {
            redirect.addFlashAttribute("error", "onsite.count");
            return "redirect:/intake/onsite";
        }
        OnsiteForms.Book book = forms.issue(count, expertId, auth.getName());
        redirect.addFlashAttribute("success", "onsite.issued");
        return "redirect:/intake/onsite/books/" + book.id();
    }

    @GetMapping("/books/{id}")
    @PreAuthorize(BOOKS)
    String book(@PathVariable long id, Model model) {
        model.addAttribute("book", forms.book(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("forms", forms.formsOf(id));
        model.addAttribute("staffNames", staff.names());
        return "intake/onsite-book";
    }

    @GetMapping("/books/{id}/pdf")
    @PreAuthorize(BOOKS)
    ResponseEntity<byte[]> print(@PathVariable long id) {
        OnsiteForms.Book book = forms.book(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<String> serials = IntStream.rangeClosed(book.firstSerial(), book.lastSerial()).mapToObj(OnsiteForms::format).toList();
        BrandView company = branding.view(java.util.Locale.forLanguageTag("fa"));   // the paper form is Persian
        byte[] pdf = new OnsiteComplaintFormPdf().renderBook(serials, s -> OnsiteComplaintFormPdf.entryUrl(publicUrl, s),
                company.phone() == null ? company.name() : company.name() + " — " + company.phone());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + book.first() + "_" + book.last() + ".pdf\"")
                .body(pdf);
    }

    @PostMapping("/forms/{serial}/mark")
    @PreAuthorize(BOOKS)
    String mark(@PathVariable int serial, @RequestParam OnsiteForms.Status status, RedirectAttributes redirect) {
        OnsiteForms.Form form = forms.form(serial).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (status != OnsiteForms.Status.ENTERED) {
            forms.mark(serial, status);
        }
        return "redirect:/intake/onsite/books/" + form.bookId();
    }

    @GetMapping("/{serial}")
    @PreAuthorize(IntakeAccess.STAFF)
    String entryPage(@PathVariable String serial, Model model) {
        return entryPage(model, form(serial), new EntryForm(null, null, null, null, null, null, null, null, null, null, null,
                ComplaintLanguage.FA.tag()));
    }

    @PostMapping("/{serial}")
    @PreAuthorize(IntakeAccess.STAFF)
    String enter(@PathVariable String serial, @Valid @ModelAttribute("form") EntryForm form, BindingResult result,
                 @RequestParam(name = "scan", required = false) MultipartFile scan, Authentication auth, Model model,
                 RedirectAttributes redirect) throws IOException {
        OnsiteForms.Form paper = form(serial);
        categories.check(form.categoryCode(), result);
        concerned.check(form.concernedStaffId(), result);
        Optional<PhoneNumber> phone = form.phone() == null || form.phone().isBlank() ? Optional.empty() : PhoneNumber.tryParse(form.phone());
        if (form.phone() != null && !form.phone().isBlank() && phone.isEmpty()) {
            result.rejectValue("phone", "phone.invalid");
        }
        Optional<ComplaintLanguage> language = ComplaintLanguages.chosen(form.language(), result);
        ComplaintFile file = null;
        try {
            file = scan == null || scan.isEmpty() ? null : ComplaintFile.check(scan.getOriginalFilename(), scan.getBytes());
        } catch (IntakeRuleException e) {
            result.reject(e.messageKey());
        }
        if (result.hasErrors()) {
            return entryPage(model, paper, form);
        }
        Long me = staff.findByUsername(auth.getName()).map(s -> s.id().value()).orElse(null);
        try {
            Complaint complaint = entry.enter(paper.serial(), new Submission(form.contactName(), form.organisation(),
                    phone.orElse(null), form.email(), form.categoryCode(), form.serial(), SatisfactionLevel.of(form.satisfaction()),
                    form.subject(), form.description(), form.remedySought(), me, null, null, form.concernedStaffId(),
                    language.orElse(ComplaintLanguage.FA)), file);
            redirect.addFlashAttribute("success", "onsite.entered.flash");
            return "redirect:/complaints/" + complaint.getId();
        } catch (IntakeRuleException e) {
            result.reject(e.messageKey());
            return entryPage(model, form(serial), form);   // read again: someone else may have entered it meanwhile
        }
    }

    private String entryPage(Model model, OnsiteForms.Form paper, EntryForm form) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("paper", paper);
        model.addAttribute("categories", categories.findByActiveTrueOrderBySort());
        model.addAttribute("staffNames", staff.names());
        concerned.offer(model);
        model.addAttribute("languages", ComplaintLanguage.values());
        return "intake/onsite-entry";
    }

    private OnsiteForms.Form form(String serial) {
        return OnsiteForms.parse(serial).flatMap(forms::form)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

}
