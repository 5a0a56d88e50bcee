package ir.shenava.intake.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import java.time.Clock;
import java.time.Instant;

import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintLanguage;
import ir.shenava.intake.TrackingCode;
import ir.shenava.intake.internal.AnswerPromises;
import ir.shenava.intake.internal.ComplaintCategoryRepository;
import ir.shenava.intake.internal.ComplaintFile;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.IntakeRuleException;
import ir.shenava.platform.RateCounters;
import ir.shenava.shared.PhoneNumber;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public pages the company website links to: {@code /complaint} (to senior managers, policy 3)
 * and {@code /ceo} (to the CEO personally, policy 6). No login; a honeypot field, a proof of work
 * and per-address limits keep bots out; nothing typed is lost when something is wrong. The limit on
 * complaints counts only sends that passed every check (a page sent twice counts twice, though it
 * stores one complaint), so a customer correcting a few mistakes is never turned away; a more
 * generous one on every send stops a flood of bad ones.
 */
@Controller
class PublicComplaintController {

    private final ComplaintIntake intake;
    private final ComplaintCategoryRepository categories;
    private final ProofOfWork pow;
    private final RateLimit accepted;
    private final RateLimit sends;
    private final ConcernedStaff concerned;
    private final AnswerPromises promises;
    private final Clock clock;

    PublicComplaintController(ComplaintIntake intake, ComplaintCategoryRepository categories, ProofOfWork pow, RateCounters counters,
                              ConcernedStaff concerned, AnswerPromises promises, Clock clock) {
        this.promises = promises;
        this.clock = clock;
        this.intake = intake;
        this.categories = categories;
        this.pow = pow;
        this.concerned = concerned;
        this.accepted = new RateLimit(counters, "form-accepted", 5, Duration.ofMinutes(10));
        this.sends = new RateLimit(counters, "form-sends", 30, Duration.ofMinutes(10));
    }

    @GetMapping("/complaint")
    String webForm(Model model) {
        return form(model, Channel.WEB_FORM, PublicComplaintForm.empty());
    }

    @GetMapping("/ceo")
    String ceoForm(Model model) {
        return form(model, Channel.CEO_PAGE, PublicComplaintForm.empty());
    }

    @PostMapping("/complaint")
    String submitWebForm(@Valid @ModelAttribute("form") PublicComplaintForm form, BindingResult result,
                         @RequestParam(name = "files", required = false) MultipartFile[] files, Model model,
                         HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect)
            throws IOException {
        return submit(Channel.WEB_FORM, form, result, files, model, request, response, redirect);
    }

    @PostMapping("/ceo")
    String submitCeoForm(@Valid @ModelAttribute("form") PublicComplaintForm form, BindingResult result,
                         @RequestParam(name = "files", required = false) MultipartFile[] files, Model model,
                         HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect)
            throws IOException {
        return submit(Channel.CEO_PAGE, form, result, files, model, request, response, redirect);
    }

    /**
     * The thanks: the tracking code to keep (from the redirect; or, after the language switch, from the
     * address, which only repeats a code in its own format) and when to expect contact and an answer.
     */
    @GetMapping("/complaint/done")
    String done(@RequestParam(name = "code", required = false) String code, Model model) {
        if (!model.containsAttribute("trackingCode")) {
            TrackingCode.parse(code == null ? "" : code).ifPresent(c -> model.addAttribute("trackingCode", c.display()));
        }
        if (model.getAttribute("trackingCode") instanceof String shown) {
            Instant received = model.getAttribute("receivedAt") instanceof Instant at ? at : clock.instant();
            promises.forComplaintReceivedAt(received).ifPresent(p -> model.addAttribute("promise", p));
            // the language switch comes back here with the code, not to a page that forgot it
            model.addAttribute("currentPath", "/complaint/done?code=" + shown);
        }
        return "intake/done";
    }

    private String submit(Channel channel, PublicComplaintForm form, BindingResult result, MultipartFile[] files,
                          Model model, HttpServletRequest request, HttpServletResponse response,
                          RedirectAttributes redirect) throws IOException {
        if (form.website() != null && !form.website().isBlank()) {
            return "redirect:/complaint/done";   // a bot filled the hidden field: say nothing useful
        }
        if (!sends.tryAcquire(request.getRemoteAddr() + "#sends")) {
            return refused(model, channel, form, files, result, response);
        }
        Optional<PhoneNumber> phone = checkContact(form, result);
        categories.check(form.categoryCode(), result);
        List<ComplaintFile> checked = new ArrayList<>();
        if (!result.hasErrors()) {
            if (!pow.verify(form.challenge(), form.counter())) {
                result.reject("intake.challenge");
            }
            try {
                // counted and sized before any is read into memory: an anonymous request may be large
                List<MultipartFile> sent = files == null ? List.of() : Arrays.stream(files).filter(f -> !f.isEmpty()).toList();
                if (sent.size() > ComplaintFile.MAX_FILES) {
                    throw new IntakeRuleException("upload.tooMany");
                }
                for (MultipartFile file : sent) {
                    if (file.getSize() > ComplaintFile.MAX_BYTES) {
                        throw new IntakeRuleException("upload.tooLarge");
                    }
                    checked.add(ComplaintFile.check(file.getOriginalFilename(), file.getBytes()));
                }
            } catch (IntakeRuleException e) {
                result.reject(e.messageKey());
            }
        }
        if (result.hasErrors()) {
            return again(model, channel, form, files);
        }
        if (!accepted.tryAcquire(request.getRemoteAddr() + "#accepted")) {
            return refused(model, channel, form, files, result, response);
        }
        // the page's language at submission (the visitor's choice, remembered in its cookie) is the complainant's
        var complaint = intake.register(channel,
                form.submission(phone.orElse(null), form.challenge(), concerned.match(form.concernedStaffName()))
                        .in(ComplaintLanguage.of(RequestContextUtils.getLocale(request))), checked);
        redirect.addFlashAttribute("trackingCode", complaint.getTrackingCode().display());
        redirect.addFlashAttribute("channel", channel);
        redirect.addFlashAttribute("receivedAt", complaint.getReceivedAt());
        return "redirect:/complaint/done";
    }

    private String refused(Model model, Channel channel, PublicComplaintForm form, MultipartFile[] files,
                           BindingResult result, HttpServletResponse response) {
        response.setStatus(429);
        result.reject("intake.rateLimited");
        return again(model, channel, form, files);
    }

    /** The form once more, with what was typed; a browser cannot be given files back, so it is told. */
    private String again(Model model, Channel channel, PublicComplaintForm form, MultipartFile[] files) {
        model.addAttribute("filesDropped", files != null && Arrays.stream(files).anyMatch(f -> !f.isEmpty()));
        return form(model, channel, form);
    }

    /** A phone typed in any digits, or an email: at least one, so that the company can answer. */
    private static Optional<PhoneNumber> checkContact(PublicComplaintForm form, BindingResult result) {
        Optional<PhoneNumber> phone = Optional.empty();
        if (form.phone() != null && !form.phone().isBlank()) {
            phone = PhoneNumber.tryParse(form.phone());
            if (phone.isEmpty()) {
                result.rejectValue("phone", "phone.invalid");
            }
        }
        if ((form.phone() == null || form.phone().isBlank()) && (form.email() == null || form.email().isBlank())) {
            result.rejectValue("phone", "intake.contactRequired");
        }
        return phone;
    }

    private String form(Model model, Channel channel, PublicComplaintForm form) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("channel", channel);
        model.addAttribute("challenge", pow.issue());
        model.addAttribute("powBits", pow.bits());
        model.addAttribute("categories", categories.findByActiveTrueOrderBySort());
        return "intake/form";
    }
}
