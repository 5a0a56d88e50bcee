package ir.shenava.surveys.followup.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerId;
import ir.shenava.intake.ComplaintFollowUp;
import ir.shenava.intake.ComplaintSummary;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.surveys.SurveyAnswers;
import ir.shenava.surveys.followup.SurveyResult;
import ir.shenava.surveys.followup.SurveyResults;
import ir.shenava.surveys.followup.SurveyReviews;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of one completed survey: the customer, the units, who installed and sold them, who called,
 * when, and every answer with its section, score, reasons and the customer's words; for its reviewers
 * also the complaints it opened, the reviews, and the form to mark it reviewed.
 */
@Controller
class SurveyPageController {

    /** The reviewer's optional comment. */
    record ReviewForm(String comment) {
    }

    private static final int COMMENT_MAX = 2000;

    private final SurveyResults results;
    private final SurveyReviews reviews;
    private final SurveyAnswers answers;
    private final SurveyReaders readers;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;
    private final ComplaintFollowUp complaints;
    private final Clock clock;

    SurveyPageController(SurveyResults results, SurveyReviews reviews, SurveyAnswers answers, SurveyReaders readers,
                         CustomerDirectory customers, StaffDirectory staff, ComplaintFollowUp complaints, Clock clock) {
        this.results = results;
        this.reviews = reviews;
        this.answers = answers;
        this.readers = readers;
        this.customers = customers;
        this.staff = staff;
        this.complaints = complaints;
        this.clock = clock;
    }

    @GetMapping("/surveys/{surveyId}")
    @PreAuthorize(SurveyReaders.MAY_READ)
    String page(@PathVariable long surveyId, Authentication auth, Locale locale, Model model) {
        SurveyReaders.Reader reader = readers.of(auth);
        SurveyResult survey = results.find(surveyId).filter(s -> readers.reads(reader, s))
                .orElseThrow(SurveyNotFoundException::new);
        boolean reviewer = readers.reviews(reader, survey);
        model.addAttribute("survey", survey);
        model.addAttribute("answered", answers.find(surveyId, locale).orElseThrow());
        model.addAttribute("customer", customers.find(new CustomerId(survey.customerId())).orElse(null));
        model.addAttribute("equipment", customers.equipment(survey.equipmentIds()).values());
        model.addAttribute("staffNames", staff.names());
        model.addAttribute("reviewer", reviewer);
        if (reviewer) {
            List<ComplaintSummary> opened = results.complaintsOf(surveyId).stream().map(complaints::summary)
                    .flatMap(Optional::stream).toList();
            model.addAttribute("complaints", opened);
            List<SurveyReviews.Review> all = reviews.of(surveyId);
            model.addAttribute("reviews", all);
            Optional<SurveyReviews.Review> mine = all.stream().filter(r -> r.staffId() == reader.staffId()).findFirst();
            model.addAttribute("myReview", mine.orElse(null));
            if (!model.containsAttribute("reviewForm")) {
                model.addAttribute("reviewForm", new ReviewForm(mine.map(SurveyReviews.Review::comment).orElse("")));
            }
        }
        return "followup/survey";
    }

    /** From a SURVEY complaint's page (intake cannot know surveys): on to the survey it came from. */
    @GetMapping("/surveys/of-complaint/{complaintId}")
    @PreAuthorize(SurveyReaders.MAY_READ)
    String ofComplaint(@PathVariable long complaintId) {
        return "redirect:/surveys/" + results.surveyOf(complaintId).orElseThrow(SurveyNotFoundException::new);
    }

    @PostMapping("/surveys/{surveyId}/review")
    @PreAuthorize(SurveyReaders.MAY_REVIEW)
    String review(@PathVariable long surveyId, ReviewForm reviewForm, Authentication auth, Locale locale, Model model,
                  RedirectAttributes flash) {
        SurveyReaders.Reader reader = readers.of(auth);
        SurveyResult survey = results.find(surveyId).filter(s -> readers.reviews(reader, s))
                .orElseThrow(SurveyNotFoundException::new);
        if (reader.staffId() < 0) {
            throw new SurveyNotFoundException();
        }
        String comment = reviewForm.comment();
        if (comment != null && comment.length() > COMMENT_MAX) {
            model.addAttribute("error", "followup.review.commentTooLong");
            model.addAttribute("reviewForm", reviewForm);
            return page(surveyId, auth, locale, model);
        }
        reviews.markReviewed(survey.surveyId(), reader.staffId(), comment, clock.instant());
        flash.addFlashAttribute("success", "followup.review.saved");
        return "redirect:/surveys/" + surveyId;
    }
}
