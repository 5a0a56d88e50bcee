package ir.shenava.surveys;

import java.time.Instant;
import java.util.List;

/**
 * A completed survey put into words for a reader (their language already chosen): what the case
 * page of a SURVEY complaint and the survey page show. Message keys are the template's to look up.
 *
 * @param callerId null for an answer given on the web
 */
public record AnsweredSurvey(long surveyId, long customerId, Instant completedAt, SurveyMode mode, Long callerId,
                             List<Line> lines) {

    public AnsweredSurvey {
        lines = List.copyOf(lines);
    }

    /**
     * One answer.
     *
     * @param sectionKey message key of the section's name
     * @param scoreKey   message key of the score's label, taking {@code scoreArg}; null when there is no score
     * @param reasons    the reasons' names in the reader's language
     * @param question   the question as the caller read it (the survey's questionnaire version), in the
     *                   reader's language; the code when that version no longer names it
     */
    public record Line(String questionCode, String question, SurveySection section, String sectionKey, String scoreKey, Object scoreArg,
                       boolean dissatisfied, List<String> reasons, String text) {

        public Line {
            reasons = List.copyOf(reasons);
        }
    }

    public boolean dissatisfied() {
        return lines.stream().anyMatch(Line::dissatisfied);
    }
}
