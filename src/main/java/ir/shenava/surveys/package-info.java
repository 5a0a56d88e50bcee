/**
 * Surveys: the follow-up call a week after installation, commissioning and training (policy 4).
 * {@link ir.shenava.servicerecords.InstallationCompleted} schedules a {@code FollowUpCall} at the next
 * working moment seven days on; callers claim calls from their queue, log every attempt and record the
 * answers of a versioned questionnaire as they talk. A completed survey is published as
 * {@link ir.shenava.surveys.SurveyCompleted}; dissatisfied answers carry coded reasons from the
 * {@link ir.shenava.surveys.DissatisfactionReasons} catalogue and register SURVEY complaints through
 * intake. The catalogue also counts the reasons case owners code when closing a case, for the
 * quarterly evaluation (policy 5).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveys")
package ir.shenava.surveys;
