package ir.shenava.intake.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The stars of the rating page: the one chosen in the mail comes pre-selected, and is recorded only
 * when the complainant presses the button. The link's token travels in a hidden field.
 */
record RatingForm(String complaint, String token, @Min(1) @Max(5) Integer rating) {

    static RatingForm chosen(long complaintId, String token, int rating) {
        return new RatingForm(String.valueOf(complaintId), token, rating);
    }
}
