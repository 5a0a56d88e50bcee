package ir.shenava.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ir.shenava.analytics.review.ManagementReviews;
import ir.shenava.analytics.review.Notices;
import ir.shenava.analytics.review.Review;
import ir.shenava.shared.JalaliDate;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My actions": the management review actions a staff member owns, with their reminders, where the
 * owner reports progress and evidence. The quality manager may update any action.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ActionsController {

    private final ManagementReviews reviews;
    private final Notices notices;
    private final StaffDirectory staff;
    private final Viewers viewers;
    private final Clock clock;

    ActionsController(ManagementReviews reviews, Notices notices, StaffDirectory staff, Viewers viewers, Clock clock) {
        this.reviews = reviews;
        this.notices = notices;
        this.staff = staff;
        this.viewers = viewers;
        this.clock = clock;
    }

    @GetMapping("/analytics/actions/mine")
    String mine(Authentication auth, Locale locale, Model model) {
        Optional<Long> me = staff.findActiveByUsername(auth.getName()).map(s -> s.id().value());
        model.addAttribute("actions", me.map(reviews::actionsOwnedBy).orElse(List.of()));
        model.addAttribute("notices", me.map(notices::of).orElse(List.of()));
        model.addAttribute("statuses", Review.ActionStatus.values());
        model.addAttribute("today", LocalDate.ofInstant(clock.instant(), JalaliDate.TEHRAN));
        model.addAttribute("labels", viewers.labels(locale));
        return "analytics/actions";
    }

    @PostMapping("/analytics/actions/{id}")
    String update(@PathVariable long id, @RequestParam Review.ActionStatus status, @RequestParam(defaultValue = "") String evidence,
                  @RequestParam(defaultValue = "/analytics/actions/mine") String back, Authentication auth,
                  RedirectAttributes flash) {
        Optional<Review.Action> action = reviews.action(id);
        Long me = staff.findActiveByUsername(auth.getName()).map(s -> s.id().value()).orElse(null);
        boolean allowed = action.isPresent() && (action.get().ownerId() == (me == null ? -1 : me)
                || ManagementReviewController.has(auth, Role.QUALITY_MANAGER));
        if (!allowed) {
            flash.addFlashAttribute("error", "analytics.review.error.notYours");
        } else {
            reviews.updateAction(id, status, evidence);
            flash.addFlashAttribute("success", "analytics.review.actionUpdated");
        }
        return "redirect:" + (back.startsWith("/analytics/") ? back : "/analytics/actions/mine");
    }
}
