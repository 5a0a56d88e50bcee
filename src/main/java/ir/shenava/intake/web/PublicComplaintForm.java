package ir.shenava.intake.web;

import ir.shenava.intake.SatisfactionLevel;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.PhoneNumber;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The public complaint form (web form to senior managers, or the page to the CEO). */
record PublicComplaintForm(
        @NotBlank @Size(max = 150) String contactName,
        @Size(max = 200) String organisation,
        @Size(max = 30) String phone,
        @Email @Size(max = 200) String email,
        String categoryCode,
        @Size(max = 80) String serial,
        @Min(1) @Max(5) Integer satisfaction,
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 10000) String description,
        @Size(max = 5000) String remedySought,
        @Size(max = 150) String concernedStaffName,
        String website,
        String challenge,
        String counter) {

    static PublicComplaintForm empty() {
        return new PublicComplaintForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** @param concernedStaffId the person {@link #concernedStaffName} matched, else null */
    Submission submission(PhoneNumber parsedPhone, String key, Long concernedStaffId) {
        return new Submission(contactName, organisation, parsedPhone, email, categoryCode, serial,
                SatisfactionLevel.of(satisfaction), subject, description, remedySought, null, null, key, concernedStaffId);
    }
}
