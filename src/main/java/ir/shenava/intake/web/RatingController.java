package ir.shenava.intake.web;

import ir.shenava.intake.ComplaintStatus;
import ir.shenava.intake.internal.AnswerOutcome;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.HandlingRatings;
import ir.shenava.intake.internal.LinkSigner;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rating of how a closed complaint was handled (ISO 10002 §8.3), from the stars in the closing
 * mail, then an optional comment. Opening a star's link only shows that star chosen: mail scanners
 * fetch every link with GET, so recording is left to the button (a POST). The first rating counts;
 * later ones only say thank you.
 */
@Controller
class RatingController {

    private final LinkAccess links;
    private final HandlingRatings ratings;

    RatingController(LinkAccess links, HandlingRatings ratings) {
        this.links = links;
        this.ratings = ratings;
    }

    /** Shows the chosen star with the button that records it; records nothing. */
    @GetMapping("/track/rate")
    String open(@RequestParam(defaultValue = "") String complaint, @RequestParam(defaultValue = "") String rating,
                @RequestParam(defaultValue = "") String token, HttpServletRequest request, Model model) {
        Complaint rated = links.open(request, LinkSigner.Purpose.RATE, complaint, token);
        if (!rating.matches("[1-5]")) {
            throw new BadLinkException(HttpStatus.BAD_REQUEST, "track.link.invalid");
        }
        if (!model.containsAttribute("ratingForm")) {
            model.addAttribute("ratingForm", RatingForm.chosen(rated.getId(), token, Integer.parseInt(rating)));
        }
        model.addAttribute("form", RatingCommentForm.blank(rated.getId(), token));
        return page(rated, model);
    }

    @PostMapping("/track/rate")
    String rate(@Valid @ModelAttribute("ratingForm") RatingForm form, BindingResult binding, HttpServletRequest request,
                Model model, RedirectAttributes redirect) {
        Complaint rated = links.open(request, LinkSigner.Purpose.RATE, form.complaint(), form.token());
        if (form.rating() == null && !binding.hasFieldErrors("rating")) {
            binding.rejectValue("rating", "track.rate.choose");
        }
        if (binding.hasErrors()) {
            model.addAttribute("form", RatingCommentForm.blank(rated.getId(), form.token()));
            return page(rated, model);
        }
        AnswerOutcome outcome = ratings.rate(rated.getId(), form.rating());
        redirect.addFlashAttribute("outcome", outcome);
        redirect.addAttribute("complaint", rated.getId());
        redirect.addAttribute("rating", form.rating());
        redirect.addAttribute("token", form.token());
        return "redirect:/track/rate";
    }

    @PostMapping("/track/rate/comment")
    String comment(@Valid @ModelAttribute("form") RatingCommentForm form, BindingResult binding,
                   HttpServletRequest request, Model model) {
        Complaint rated = links.open(request, LinkSigner.Purpose.RATE, form.complaint(), form.token());
        if (!binding.hasErrors()) {
            model.addAttribute("commented", ratings.comment(rated.getId(), form.comment()));
        }
        return page(rated, model);
    }

    private String page(Complaint complaint, Model model) {
        model.addAttribute("complaint", complaint);
        model.addAttribute("closed", complaint.getStatus() == ComplaintStatus.CLOSED);
        model.addAttribute("rating", ratings.of(complaint.getId()).orElse(null));
        return "intake/rating";
    }
}
