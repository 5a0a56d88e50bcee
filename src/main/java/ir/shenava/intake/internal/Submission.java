package ir.shenava.intake.internal;

import ir.shenava.intake.ComplaintLanguage;
import ir.shenava.intake.SatisfactionLevel;
import ir.shenava.shared.PhoneNumber;

/**
 * A complaint as a channel hands it over, already checked by the channel's own form or parser.
 *
 * @param receivedBy       the staff member who took it (phone, email, on-site form), else null
 * @param sourceRef        the email Message-ID or the paper form's serial
 * @param submissionKey    a key the channel sends once per submission, so a double click or a
 *                         resubmitted page never makes two complaints (null: no such guard)
 * @param concernedStaffId the staff member a staff-behaviour complaint is about, else null
 * @param language         the language the complainant used, which our mails to them speak (never null)
 */
public record Submission(String contactName, String organisation, PhoneNumber phone, String email, String categoryCode,
                         String serial, SatisfactionLevel satisfaction, String subject, String description,
                         String remedySought, Long receivedBy, String sourceRef, String submissionKey,
                         Long concernedStaffId, ComplaintLanguage language) {

    public Submission {
        language = language == null ? ComplaintLanguage.FA : language;
    }

    /** A complaint in Persian, the language unless the channel knows better. */
    public Submission(String contactName, String organisation, PhoneNumber phone, String email, String categoryCode,
                      String serial, SatisfactionLevel satisfaction, String subject, String description,
                      String remedySought, Long receivedBy, String sourceRef, String submissionKey,
                      Long concernedStaffId) {
        this(contactName, organisation, phone, email, categoryCode, serial, satisfaction, subject, description,
                remedySought, receivedBy, sourceRef, submissionKey, concernedStaffId, ComplaintLanguage.FA);
    }

    /** Channels that do not ask who the complaint is about (email, internal review). */
    public Submission(String contactName, String organisation, PhoneNumber phone, String email, String categoryCode,
                      String serial, SatisfactionLevel satisfaction, String subject, String description,
                      String remedySought, Long receivedBy, String sourceRef, String submissionKey) {
        this(contactName, organisation, phone, email, categoryCode, serial, satisfaction, subject, description,
                remedySought, receivedBy, sourceRef, submissionKey, null, ComplaintLanguage.FA);
    }

    /** The same submission, about this staff member. */
    public Submission concerning(Long staffId) {
        return new Submission(contactName, organisation, phone, email, categoryCode, serial, satisfaction, subject,
                description, remedySought, receivedBy, sourceRef, submissionKey, staffId, language);
    }

    /** The same submission, from a complainant who used this language. */
    public Submission in(ComplaintLanguage language) {
        return new Submission(contactName, organisation, phone, email, categoryCode, serial, satisfaction, subject,
                description, remedySought, receivedBy, sourceRef, submissionKey, concernedStaffId, language);
    }
}
