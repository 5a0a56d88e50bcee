package ir.shenava.intake.web;

import jakarta.validation.constraints.Size;

/**
 * "Are you satisfied with the resolution?" on the tracking page; {@code complaint} and {@code token}
 * travel in hidden fields and are checked again on every submit.
 */
record ConfirmationForm(String complaint, String token, Boolean satisfied, @Size(max = 2000) String comment) {

    static ConfirmationForm blank(long complaintId, String token) {
        return new ConfirmationForm(String.valueOf(complaintId), token, null, null);
    }
}
