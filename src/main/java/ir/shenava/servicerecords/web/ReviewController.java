package ir.shenava.servicerecords.web;

import java.security.Principal;
import java.time.Clock;

import ir.shenava.servicerecords.review.ConfirmationReview;
import ir.shenava.servicerecords.review.ConfirmationReviews;
import ir.shenava.servicerecords.review.DefectKind;
import ir.shenava.servicerecords.review.ReviewPages;
import ir.shenava.servicerecords.review.ReviewRuleException;
import ir.shenava.servicerecords.review.SampleSize;
import ir.shenava.shared.JalaliDate;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The CEO's sample review of service confirmation forms (policy 6): history, start, review, item. */
@Controller
@RequestMapping("/service-records/reviews")
class ReviewController {

    private final ConfirmationReviews reviews;
    private final ReviewPages pages;
    private final Clock clock;

    ReviewController(ConfirmationReviews reviews, ReviewPages pages, Clock clock) {
        this.reviews = reviews;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(ServiceAccess.REVIEW)
    String list(Model model) {
        model.addAttribute("lines", pages.history());
        return "servicerecords/review-list";
    }

    @GetMapping("/new")
    @PreAuthorize(ServiceAccess.REVIEW)
    String newForm(Model model) {
        return startForm(model, ReviewStartForm.empty(JalaliDate.now(clock).year()));
    }

    @PostMapping("/new")
    @PreAuthorize(ServiceAccess.REVIEW)
    String start(@Valid @ModelAttribute("form") ReviewStartForm form, BindingResult result, Model model,
                 Principal principal, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return startForm(model, form);
        }
        try {
            ConfirmationReview review = reviews.start(form.toPeriod(), form.toSize(), form.toSeed(), principal.getName());
            redirect.addFlashAttribute("success", "review.started");
            return "redirect:/service-records/reviews/" + review.getId();
        } catch (ReviewRuleException e) {
            String field = e.messageKey().startsWith("review.period") ? "period"
                    : e.messageKey().startsWith("review.seed") ? "seed"
                    : e.messageKey().startsWith("review.size") ? "size" : null;
            if (field == null) {
                result.reject(e.messageKey());
            } else {
                result.rejectValue(field, e.messageKey());
            }
            return startForm(model, form);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(ServiceAccess.REVIEW)
    String view(@PathVariable long id, Model model) {
        model.addAttribute("sheet", pages.sheet(id).orElseThrow(ReviewController::notFound));
        model.addAttribute("kinds", DefectKind.values());
        return "servicerecords/review";
    }

    @GetMapping("/{id}/items/{itemId}")
    @PreAuthorize(ServiceAccess.REVIEW)
    String item(@PathVariable long id, @PathVariable long itemId, Model model) {
        ReviewPages.ItemSheet sheet = pages.itemSheet(id, itemId).orElseThrow(ReviewController::notFound);
        return itemPage(model, sheet, ReviewItemForm.of(sheet.item(), sheet.confirmation()));
    }

    @PostMapping("/{id}/items/{itemId}")
    @PreAuthorize(ServiceAccess.REVIEW)
    String saveItem(@PathVariable long id, @PathVariable long itemId, @Valid @ModelAttribute("form") ReviewItemForm form,
                    BindingResult result, Model model, Principal principal, RedirectAttributes redirect) {
        ReviewPages.ItemSheet sheet = pages.itemSheet(id, itemId).orElseThrow(ReviewController::notFound);
        if (result.hasErrors()) {
            return itemPage(model, sheet, form);
        }
        reviews.review(id, itemId, form.toFindings(), principal.getName());
        redirect.addFlashAttribute("success", "review.item.saved");
        return "redirect:/service-records/reviews/" + id + "/items/" + itemId;
    }

    @PostMapping("/{id}/items/{itemId}/case")
    @PreAuthorize(ServiceAccess.REVIEW)
    String requestCase(@PathVariable long id, @PathVariable long itemId, Principal principal,
                       RedirectAttributes redirect) {
        pages.itemSheet(id, itemId).orElseThrow(ReviewController::notFound);
        try {
            boolean raised = reviews.requestCase(id, itemId, principal.getName());
            redirect.addFlashAttribute(raised ? "success" : "error", raised ? "review.case.requested" : "review.case.already");
        } catch (ReviewRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/service-records/reviews/" + id + "/items/" + itemId;
    }

    private String startForm(Model model, ReviewStartForm form) {
        model.addAttribute("form", form);
        model.addAttribute("modes", SampleSize.Mode.values());
        model.addAttribute("periodYears", ReviewPeriodChoices.lastYears(JalaliDate.now(clock), 5));
        return "servicerecords/review-new";
    }

    private String itemPage(Model model, ReviewPages.ItemSheet sheet, ReviewItemForm form) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("form", form);
        return "servicerecords/review-item";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
