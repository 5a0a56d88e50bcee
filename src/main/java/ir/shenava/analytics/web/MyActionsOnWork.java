package ir.shenava.analytics.web;

import java.util.List;

import ir.shenava.analytics.review.ManagementReviews;
import ir.shenava.analytics.review.Review;
import ir.shenava.staff.StaffDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The open management review actions of the signed-in person, for the "my work" page of the cases
 * module (named by package so the cases module does not depend on analytics): shown there with the
 * {@code analytics/actions :: onWork} fragment.
 */
@ControllerAdvice(basePackages = "ir.shenava.cases.web")
class MyActionsOnWork {

    private final ManagementReviews reviews;
    private final StaffDirectory staff;

    MyActionsOnWork(ManagementReviews reviews, StaffDirectory staff) {
        this.reviews = reviews;
        this.staff = staff;
    }

    @ModelAttribute("myReviewActions")
    List<Review.Action> myReviewActions(Authentication auth) {
        if (auth == null) {
            return List.of();
        }
        return staff.findActiveByUsername(auth.getName())
                .map(s -> reviews.actionsOwnedBy(s.id().value()).stream().filter(a -> a.status().isOpen()).toList())
                .orElse(List.of());
    }
}
