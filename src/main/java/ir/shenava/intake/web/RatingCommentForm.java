package ir.shenava.intake.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The optional comment after a one-click rating; the rating link's token comes along in a hidden field. */
record RatingCommentForm(String complaint, String token, @NotBlank @Size(max = 2000) String comment) {

    static RatingCommentForm blank(long complaintId, String token) {
        return new RatingCommentForm(String.valueOf(complaintId), token, null);
    }
}
