package ir.shenava.surveys;

import java.time.Instant;

/**
 * A completed survey has waited its configured number of working days for this reviewer (a manager
 * of one of its sections, or a quality manager) to mark it reviewed. Published once per survey and
 * reviewer; the notifications module tells the reviewer.
 */
public record SurveyReviewDue(long surveyId, long staffId, Instant completedAt) {
}
