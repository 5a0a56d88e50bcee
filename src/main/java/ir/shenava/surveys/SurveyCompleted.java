package ir.shenava.surveys;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A customer answered the follow-up survey (on the call, or on the web link). Published once per
 * survey through the event registry; analytics keeps its figures from it, the managers' review list
 * and the SURVEY complaints follow from it.
 *
 * @param equipmentIds  the units the call was about (ids in the customers module)
 * @param installerIds  staff who installed, commissioned and trained (ids in the staff module)
 * @param sellerIds     staff who sold the units
 * @param callerId      the caller who recorded the answers; null for a web answer
 * @param contactId     the customer's contact who answered (id in the customers module); null when unknown
 */
public record SurveyCompleted(long surveyId, long callId, long customerId, List<Long> equipmentIds,
        Set<Long> installerIds, Set<Long> sellerIds, long questionnaireId, int questionnaireVersion,
        SurveyMode mode, Long callerId, Instant completedAt, List<SurveyAnswer> answers, Long contactId) {

    /** A survey whose answering contact is not known (kept from before the contact was recorded). */
    public SurveyCompleted(long surveyId, long callId, long customerId, List<Long> equipmentIds, Set<Long> installerIds,
                           Set<Long> sellerIds, long questionnaireId, int questionnaireVersion, SurveyMode mode, Long callerId,
                           Instant completedAt, List<SurveyAnswer> answers) {
        this(surveyId, callId, customerId, equipmentIds, installerIds, sellerIds, questionnaireId, questionnaireVersion, mode,
                callerId, completedAt, answers, null);
    }

    public SurveyCompleted {
        equipmentIds = List.copyOf(equipmentIds);
        installerIds = Set.copyOf(installerIds);
        sellerIds = Set.copyOf(sellerIds);
        answers = List.copyOf(answers);
    }
}
