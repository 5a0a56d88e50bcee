package ir.shenava.intake.internal;

import ir.shenava.intake.SatisfactionLevel;
import ir.shenava.shared.PhoneNumber;

/**
 * A complaint as a channel hands it over, already checked by the channel's own form or parser.
 *
 * @param receivedBy    the staff member who took it (phone, email, on-site form), else null
 * @param sourceRef     the email Message-ID or the paper form's serial
 * @param submissionKey a key the channel sends once per submission, so a double click or a
 *                      resubmitted page never makes two complaints (null: no such guard)
 */
public record Submission(String contactName, String organisation, PhoneNumber phone, String email, String categoryCode,
                         String serial, SatisfactionLevel satisfaction, String subject, String description,
                         String remedySought, Long receivedBy, String sourceRef, String submissionKey) {
}
