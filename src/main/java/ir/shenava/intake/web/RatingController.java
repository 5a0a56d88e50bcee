package ir.shenava.intake.web;

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

/**
 * The one-click rating of how a closed complaint was handled (ISO 10002 §8.3), from the stars in the
 * closing mail, then an optional comment. The first click counts; later ones only say thank you.
 * The GET records because the mail asks for one click; a HEAD (link checkers) never does.
 */
@Controller
class RatingController {

    private final LinkAccess links;
    private final HandlingRatings ratings;

    RatingController(LinkAccess links, HandlingRatings ratings) {
        this.links = links;
        this.ratings = ratings;
    }

    @GetMapping("/track/rate")
    String rate(@RequestParam(defaultValue = "") String complaint, @RequestParam(defaultValue = "") String rating,
                @RequestParam(defaultValue = "") String token, HttpServletRequest request, Model model) {
        Complaint rated = links.open(request, LinkSigner.Purpose.RATE, complaint, token);
        if (!rating.matches("[1-5]")) {
            throw new BadLinkException(HttpStatus.BAD_REQUEST, "track.link.invalid");
        }
        AnswerOutcome outcome = "HEAD".equals(request.getMethod()) ? null   // a link checker: look, record nothing
                : ratings.rate(rated.getId(), Integer.parseInt(rating));
        model.addAttribute("outcome", outcome);
        model.addAttribute("form", RatingCommentForm.blank(rated.getId(), token));
        return page(rated, model);
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
        model.addAttribute("rating", ratings.of(complaint.getId()).orElse(null));
        return "intake/rating";
    }
}
