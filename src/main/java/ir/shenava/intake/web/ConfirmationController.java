package ir.shenava.intake.web;

import ir.shenava.intake.internal.AnswerOutcome;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.LinkSigner;
import ir.shenava.intake.internal.SatisfactionConfirmations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The complainant confirms (or not) satisfaction with the resolution (ISO 10002 §7.8), from the
 * tracking page after a lookup or from the link in the mail: both carry a signed token for one
 * complaint. The answer is taken once, while the complaint awaits it; a second submit changes nothing.
 */
@Controller
class ConfirmationController {

    private final LinkAccess links;
    private final TrackingResult result;
    private final SatisfactionConfirmations confirmations;

    ConfirmationController(LinkAccess links, TrackingResult result, SatisfactionConfirmations confirmations) {
        this.links = links;
        this.result = result;
        this.confirmations = confirmations;
    }

    /** The tracking page of that complaint, with the form while the answer is awaited. */
    @GetMapping("/track/confirm")
    @Transactional(readOnly = true)
    String open(@RequestParam(defaultValue = "") String complaint, @RequestParam(defaultValue = "") String token,
                HttpServletRequest request, Model model) {
        return result.show(links.open(request, LinkSigner.Purpose.CONFIRM, complaint, token), token, model);
    }

    @PostMapping("/track/confirm")
    String answer(@Valid @ModelAttribute("confirmation") ConfirmationForm form, BindingResult binding,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Complaint complaint = links.open(request, LinkSigner.Purpose.CONFIRM, form.complaint(), form.token());
        if (form.satisfied() == null && !binding.hasFieldErrors("satisfied")) {
            binding.rejectValue("satisfied", "track.confirm.choose");
        }
        if (binding.hasErrors()) {
            return result.show(complaint, form.token(), model);
        }
        AnswerOutcome outcome = confirmations.confirm(complaint.getId(), form.satisfied(), form.comment());
        switch (outcome) {
            case RECORDED -> redirect.addFlashAttribute("success", "track.confirm.recorded");
            case ALREADY_GIVEN -> redirect.addFlashAttribute("success", "track.confirm.already");
            case NOT_NOW -> redirect.addFlashAttribute("error", "track.confirm.notAwaiting");
        }
        redirect.addAttribute("complaint", complaint.getId());
        redirect.addAttribute("token", form.token());
        return "redirect:/track/confirm";
    }
}
