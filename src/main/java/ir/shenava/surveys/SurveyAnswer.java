package ir.shenava.surveys;

import java.util.List;

/**
 * One answer of a completed survey, as analytics counts it.
 *
 * @param questionCode  stable code of the question (the same across questionnaire versions when the
 *                      question means the same)
 * @param score         1–5 for {@link QuestionType#SCALE}, 0–10 for {@link QuestionType#RECOMMEND},
 *                      1 (yes) / 0 (no) for {@link QuestionType#YES_NO}; null when not applicable or
 *                      not a number
 * @param dissatisfied  a scale answer at or below the questionnaire's threshold
 * @param reasonCodes   the coded dissatisfaction reasons chosen (empty unless dissatisfied)
 * @param text          the customer's words or the chosen options, as typed; may be null
 */
public record SurveyAnswer(String questionCode, SurveySection section, QuestionType type, Integer score,
        boolean notApplicable, boolean dissatisfied, List<String> reasonCodes, String text) {

    public SurveyAnswer {
        reasonCodes = reasonCodes == null ? List.of() : List.copyOf(reasonCodes);
    }
}
