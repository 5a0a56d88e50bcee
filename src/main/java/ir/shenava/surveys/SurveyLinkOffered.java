package ir.shenava.surveys;

import java.time.Instant;

/**
 * A follow-up call ended unreachable, so the customer is offered the same questionnaire on the web
 * (issue 12 §6): notifications sends {@code url} by SMS to the contact's mobile, else by mail. Published
 * once per call.
 *
 * @param mobile    the contact's mobile in E.164; null when none is known
 * @param email     the contact's address; null when none is known
 * @param url       the signed address of the survey, valid until {@code expiresAt}
 */
public record SurveyLinkOffered(long callId, long customerId, String contactName, String mobile, String email, String url,
        Instant expiresAt) {
}
