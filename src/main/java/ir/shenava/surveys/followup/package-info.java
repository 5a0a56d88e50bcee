/**
 * What follows a completed follow-up survey (policy 4, issue 12 §4): the survey kept from
 * {@link ir.shenava.surveys.SurveyCompleted} for the managers' survey page, the review list of the
 * managers responsible for its sections and of the quality managers (with reminders after N working
 * days), and the SURVEY complaints its dissatisfied answers register through intake's
 * {@link ir.shenava.intake.ComplaintRegistration} — one per responsible manager, idempotent.
 */
package ir.shenava.surveys.followup;
