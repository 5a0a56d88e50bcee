package ir.shenava.surveys.calls;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import ir.shenava.surveys.DissatisfactionReasons;
import ir.shenava.surveys.QuestionType;
import ir.shenava.surveys.ReasonSource;
import ir.shenava.surveys.SurveyAnswer;
import ir.shenava.surveys.SurveyCompleted;
import ir.shenava.surveys.SurveyMode;
import ir.shenava.surveys.questionnaire.Question;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The end of a survey, in the caller's transaction: the survey and the call completed, the coded
 * reasons recorded for the quarterly count, and {@link SurveyCompleted} published with everything the
 * managers' review, the SURVEY complaints and analytics need — so none of them reads our tables.
 */
@Component
class SurveyCompletion {

    private final JdbcClient jdbc;
    private final CallAttempts attempts;
    private final CallQueue queue;
    private final DissatisfactionReasons reasons;
    private final ApplicationEventPublisher events;

    SurveyCompletion(JdbcClient jdbc, CallAttempts attempts, CallQueue queue, DissatisfactionReasons reasons,
                     ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.attempts = attempts;
        this.queue = queue;
        this.reasons = reasons;
        this.events = events;
    }

    void complete(SurveyRecording.Draft draft, Long callerId, Instant now) {
        CallRow call = attempts.lockedOpen(draft.callId());
        if (callerId != null && !call.claimedBy(callerId, now)) {
            throw new CallRuleException("call.notClaimed");
        }
        // the survey's mode and contact come back with the update: no second read of the row just written
        Completed completed = markCompleted(draft, callerId, now);
        attempts.end(call.id(), CallStatus.COMPLETED, now);
        publish(draft, call, completed, callerId, now);
    }

    /**
     * The end of a survey answered on the web (WebSurveys) after its call ended unreachable: the call
     * stays as it ended, the survey is completed and published as for a call, with no caller.
     */
    void completeOnWeb(SurveyRecording.Draft draft, CallRow call, Instant now) {
        publish(draft, call, markCompleted(draft, null, now), null, now);
    }

    private Completed markCompleted(SurveyRecording.Draft draft, Long callerId, Instant now) {
        return jdbc.sql("""
                update survey set completed_at = ?, caller_id = coalesce(?, caller_id) where id = ? and completed_at is null
                returning mode, contact_id""")
                .params(Timestamp.from(now), callerId, draft.surveyId())
                .query((rs, i) -> new Completed(SurveyMode.valueOf(rs.getString(1)), (Long) rs.getObject(2))).optional()
                .orElseThrow(() -> new CallRuleException("survey.completed"));
    }

    private void publish(SurveyRecording.Draft draft, CallRow call, Completed completed, Long callerId, Instant now) {
        List<SurveyAnswer> answers = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (Question q : draft.questionnaire().questions()) {
            Response r = draft.answers().get(q.id());
            if (r == null || !r.given()) {
                continue;
            }
            boolean dissatisfied = draft.dissatisfied(q);
            codes.addAll(r.reasonCodes());
            answers.add(new SurveyAnswer(q.code(), q.section(), q.type(), r.notApplicable() ? null : r.score(),
                    r.notApplicable(), dissatisfied, r.reasonCodes(), text(q, r)));
        }
        if (!codes.isEmpty()) {
            reasons.recorded(ReasonSource.SURVEY, draft.surveyId(), codes, now);
        }
        List<CallUnit> units = queue.unitsOf(List.of(call.id()));
        Set<Long> installers = new HashSet<>();
        Set<Long> sellers = new HashSet<>();
        units.forEach(u -> {
            installers.addAll(u.installerIds());
            sellers.addAll(u.sellerIds());
        });
        events.publishEvent(new SurveyCompleted(draft.surveyId(), call.id(), call.customerId(),
                units.stream().map(CallUnit::equipmentId).toList(), installers, sellers, draft.questionnaire().id(),
                draft.questionnaire().version(), completed.mode(), callerId, now, answers, completed.contactId()));
    }

    private record Completed(SurveyMode mode, Long contactId) {
    }

    /** The customer's words; for a choice question the chosen options (Persian) before them. */
    private static String text(Question q, Response r) {
        if (q.type() != QuestionType.SINGLE_CHOICE && q.type() != QuestionType.MULTIPLE_CHOICE) {
            return r.text();
        }
        List<String> options = q.options(Locale.ROOT);
        String chosen = r.choices().stream().filter(c -> c <= options.size()).map(c -> options.get(c - 1))
                .collect(Collectors.joining("، "));
        return r.text() == null ? (chosen.isEmpty() ? null : chosen) : chosen.isEmpty() ? r.text() : chosen + " — " + r.text();
    }
}
