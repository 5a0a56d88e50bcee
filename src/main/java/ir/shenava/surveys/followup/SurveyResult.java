package ir.shenava.surveys.followup;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import ir.shenava.surveys.SurveyMode;

/** A completed survey as kept for the managers: who, what, when; its answers are read separately. */
public record SurveyResult(long surveyId, long callId, long customerId, List<Long> equipmentIds, Set<Long> installerIds,
                           Set<Long> sellerIds, long questionnaireId, int questionnaireVersion, SurveyMode mode,
                           Long callerId, Instant completedAt, boolean dissatisfied) {
}
