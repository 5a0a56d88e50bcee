package ir.shenava.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ir.shenava.analytics.internal.Quarters;
import ir.shenava.analytics.review.ManagementReviews;
import ir.shenava.analytics.review.Review;
import ir.shenava.analytics.review.ReviewRuleException;
import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.JalaliQuarter;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The management review record of a quarter: the quality manager prepares the draft (or the
 * quarter-end job does), writes the analysis of the top reasons and the actions; the CEO approves,
 * and the record is locked — corrections are added as new entries.
 */
@Controller
class ManagementReviewController {

    static final String READERS = "hasAnyRole('CEO','SENIOR_MANAGER','QUALITY_MANAGER')";
    static final String DRAFTER = "hasRole('QUALITY_MANAGER')";

    private final ManagementReviews reviews;
    private final StaffDirectory staff;
    private final Viewers viewers;
    private final Clock clock;

    ManagementReviewController(ManagementReviews reviews, StaffDirectory staff, Viewers viewers, Clock clock) {
        this.reviews = reviews;
        this.staff = staff;
        this.viewers = viewers;
        this.clock = clock;
    }

    @GetMapping("/analytics/reviews")
    @PreAuthorize(READERS)
    String list(Locale locale, Model model) {
        Labels labels = viewers.labels(locale);
        model.addAttribute("reviews", reviews.all());
        model.addAttribute("labels", labels);
        model.addAttribute("lastClosed", Quarters.lastClosed(clock));
        model.addAttribute("lastClosedLabel", labels.quarter(Quarters.lastClosed(clock)));
        return "analytics/reviews";
    }

    @PostMapping("/analytics/reviews")
    @PreAuthorize(DRAFTER)
    String prepare(@RequestParam String quarter, Authentication auth, RedirectAttributes flash) {
        JalaliQuarter q = parse(quarter);
        if (q == null) {
            flash.addFlashAttribute("error", "analytics.badQuarter");
            return "redirect:/analytics/reviews";
        }
        reviews.prepare(q, me(auth));
        return "redirect:/analytics/reviews/" + q;
    }

    @GetMapping("/analytics/reviews/{quarter}")
    @PreAuthorize(READERS)
    String show(@PathVariable String quarter, Authentication auth, Locale locale, Model model) {
        JalaliQuarter q = parse(quarter);
        Optional<Review> found = q == null ? Optional.empty() : reviews.find(q);
        if (found.isEmpty()) {
            return "redirect:/analytics/reviews";
        }
        Review r = found.get();
        Labels labels = viewers.labels(locale);
        DashboardCharts charts = new DashboardCharts(labels, r.snapshot().now(), r.snapshot().previous(), r.snapshot().yearAgo());
        model.addAttribute("review", r);
        model.addAttribute("quarterLabel", labels.quarter(q));
        model.addAttribute("kpis", KeyFigures.of(labels, charts, r.snapshot().now(), r.snapshot().previous(), r.snapshot().yearAgo()));
        model.addAttribute("previousActions", reviews.find(q.previous()).map(Review::actions).orElse(List.of()));
        model.addAttribute("previousLabel", labels.quarter(q.previous()));
        model.addAttribute("labels", labels);
        model.addAttribute("owners", staff.active());
        model.addAttribute("statuses", Review.ActionStatus.values());
        model.addAttribute("today", LocalDate.ofInstant(clock.instant(), JalaliDate.TEHRAN));
        model.addAttribute("canDraft", has(auth, Role.QUALITY_MANAGER) && !r.locked());
        model.addAttribute("canApprove", has(auth, Role.CEO) && !r.locked());
        model.addAttribute("canCorrect", (has(auth, Role.QUALITY_MANAGER) || has(auth, Role.CEO)) && r.locked());
        return "analytics/review";
    }

    @PostMapping("/analytics/reviews/{quarter}/analysis")
    @PreAuthorize(DRAFTER)
    String analyse(@PathVariable String quarter, @RequestParam(defaultValue = "") String analysis,
                   @RequestParam(defaultValue = "") String attendees, @RequestParam MultiValueMap<String, String> all,
                   RedirectAttributes flash) {
        Map<String, String> causes = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith("cause.") && !v.isEmpty()) {
                causes.put(k.substring("cause.".length()), v.get(0));
            }
        });
        return run(quarter, flash, "analytics.review.saved", q -> reviews.analyse(q, analysis, attendees, causes));
    }

    @PostMapping("/analytics/reviews/{quarter}/actions")
    @PreAuthorize(DRAFTER)
    String addAction(@PathVariable String quarter, @RequestParam(defaultValue = "") String description,
                     @RequestParam(required = false) Long ownerId, @RequestParam(defaultValue = "") String dueOn,
                     RedirectAttributes flash) {
        return run(quarter, flash, "analytics.review.actionAdded", q -> {
            if (ownerId == null) {
                throw new ReviewRuleException("analytics.review.error.owner");
            }
            LocalDate due;
            try {
                due = JalaliDate.parse(dueOn).toGregorian();
            } catch (RuntimeException e) {
                throw new ReviewRuleException("analytics.review.error.due");
            }
            reviews.addAction(q, description, ownerId, due);
        });
    }

    @PostMapping("/analytics/reviews/{quarter}/approve")
    @PreAuthorize("hasRole('CEO')")
    String approve(@PathVariable String quarter, Authentication auth, RedirectAttributes flash) {
        return run(quarter, flash, "analytics.review.approved", q -> reviews.approve(q, me(auth)));
    }

    @PostMapping("/analytics/reviews/{quarter}/corrections")
    @PreAuthorize("hasAnyRole('CEO','QUALITY_MANAGER')")
    String correct(@PathVariable String quarter, @RequestParam(defaultValue = "") String body, Authentication auth,
                   RedirectAttributes flash) {
        return run(quarter, flash, "analytics.review.corrected", q -> reviews.correct(q, body, me(auth)));
    }

    private String run(String quarter, RedirectAttributes flash, String success, java.util.function.Consumer<JalaliQuarter> step) {
        JalaliQuarter q = parse(quarter);
        if (q == null) {
            return "redirect:/analytics/reviews";
        }
        try {
            step.accept(q);
            flash.addFlashAttribute("success", success);
        } catch (ReviewRuleException e) {
            flash.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/analytics/reviews/" + q;
    }

    private Long me(Authentication auth) {
        return staff.findActiveByUsername(auth.getName()).map(s -> s.id().value()).orElse(null);
    }

    static boolean has(Authentication auth, Role role) {
        return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }

    private static JalaliQuarter parse(String text) {
        try {
            return JalaliQuarter.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** For templates: the owner's name. */
    static String name(List<StaffSummary> all, long id) {
        return all.stream().filter(s -> s.id().value() == id).map(StaffSummary::fullName).findFirst().orElse("#" + id);
    }
}
