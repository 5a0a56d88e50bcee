package ir.shenava.surveys.followup.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ir.shenava.customers.CustomerDirectory;
import ir.shenava.surveys.followup.SurveyReviews;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The managers' review list (policy 4: "the results are sent to the managers"): the surveys whose
 * sections they answer for — every survey for the quality manager and the CEO — unreviewed first.
 */
@Controller
class ReviewListController {

    private final SurveyReviews reviews;
    private final SurveyReaders readers;
    private final CustomerDirectory customers;

    ReviewListController(SurveyReviews reviews, SurveyReaders readers, CustomerDirectory customers) {
        this.reviews = reviews;
        this.readers = readers;
        this.customers = customers;
    }

    @GetMapping("/surveys/review")
    @PreAuthorize(SurveyReaders.MAY_REVIEW)
    String list(@RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "0") int page,
                Authentication auth, Model model) {
        SurveyReaders.Reader reader = readers.of(auth);
        int number = Math.max(page, 0);
        List<SurveyReviews.Row> rows = reviews.listFor(reader.staffId(), reader.seesEverySurvey(), !all, number);
        boolean hasNext = rows.size() > SurveyReviews.PAGE_SIZE;
        List<SurveyReviews.Row> shown = hasNext ? rows.subList(0, SurveyReviews.PAGE_SIZE) : rows;
        Set<Long> customerIds = new HashSet<>();
        shown.forEach(r -> customerIds.add(r.customerId()));
        model.addAttribute("rows", shown);
        model.addAttribute("customers", customers.findAll(customerIds));
        model.addAttribute("all", all);
        model.addAttribute("page", number);
        model.addAttribute("hasNext", hasNext);
        return "followup/review";
    }
}
