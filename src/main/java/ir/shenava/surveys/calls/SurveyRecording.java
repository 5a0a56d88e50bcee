package ir.shenava.surveys.calls;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ir.shenava.shared.PersianText;
import ir.shenava.surveys.DissatisfactionReason;
import ir.shenava.surveys.DissatisfactionReasons;
import ir.shenava.surveys.questionnaire.Question;
import ir.shenava.surveys.questionnaire.Questionnaire;
import ir.shenava.surveys.questionnaire.Questionnaires;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the answers of a call as the caller types them — each saved on its own, so a dropped line
 * resumes where it stopped — and completes the survey when every required question has an answer
 * and every dissatisfied one a coded reason. The survey keeps the questionnaire version it started
 * with, even if a new version is published meanwhile.
 */
@Service
public class SurveyRecording {

    /** The survey of a call, with the answers saved so far by question id. */
    public record Draft(long surveyId, long callId, Questionnaire questionnaire, Map<Long, Response> answers, Instant completedAt) {

        public boolean dissatisfied(Question question) {
            Response r = answers.get(question.id());
            return r != null && !r.notApplicable() && questionnaire.dissatisfied(question, r.score());
        }
    }

    private final JdbcClient jdbc;
    private final Questionnaires questionnaires;
    private final DissatisfactionReasons reasons;
    private final SurveyCompletion completion;
    private final Clock clock;

    SurveyRecording(JdbcClient jdbc, Questionnaires questionnaires, DissatisfactionReasons reasons,
                    SurveyCompletion completion, Clock clock) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
        this.reasons = reasons;
        this.completion = completion;
        this.clock = clock;
    }

    /** The call's survey, begun now with the version in use unless it was begun before. */
    @Transactional
    public long start(long callId, Long callerId, Long contactId, ir.shenava.surveys.SurveyMode mode) {
        jdbc.sql("""
                insert into survey (call_id, questionnaire_id, mode, caller_id, contact_id, started_at)
                values (?, ?, ?, ?, ?, ?) on conflict (call_id) do nothing""")
                .params(callId, questionnaires.published().id(), mode.name(), callerId, contactId, Timestamp.from(clock.instant()))
                .update();
        return jdbc.sql("select id from survey where call_id = ?").param(callId).query(Long.class).single();
    }

    public Optional<Draft> ofCall(long callId) {
        return jdbc.sql("select id, questionnaire_id, completed_at from survey where call_id = ?").param(callId)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getTimestamp(3)}).optional()
                .map(row -> new Draft((Long) row[0], callId, questionnaires.find((Long) row[1]).orElseThrow(),
                        answers((Long) row[0]), row[2] == null ? null : ((Timestamp) row[2]).toInstant()));
    }

    /**
     * Saves one answer, replacing what was there. Values outside the question's range are refused
     * (the page shows why); reasons are kept only for a dissatisfied answer.
     */
    @Transactional
    public Response save(Draft draft, Response typed) {
        if (draft.completedAt() != null) {
            throw new CallRuleException("survey.completed");
        }
        Question q = draft.questionnaire().question(typed.questionId());
        if (typed.score() != null && !q.scores().contains(typed.score())) {
            throw new CallRuleException("survey.score.invalid");
        }
        if (typed.notApplicable() && !q.allowsNotApplicable()) {
            throw new CallRuleException("survey.na.notAllowed");
        }
        int options = q.options(java.util.Locale.ROOT).size();
        List<Integer> choices = typed.choices().stream().filter(c -> c >= 1 && c <= options).distinct().toList();
        if (q.type() == ir.shenava.surveys.QuestionType.SINGLE_CHOICE && choices.size() > 1) {
            choices = choices.subList(0, 1);
        }
        boolean na = typed.notApplicable();
        Integer score = na ? null : typed.score();
        boolean dissatisfied = !na && draft.questionnaire().dissatisfied(q, score);
        Set<String> active = reasons.active().stream().map(DissatisfactionReason::code).collect(Collectors.toSet());
        List<String> codes = dissatisfied ? typed.reasonCodes().stream().filter(active::contains).distinct().toList() : List.of();
        String text = typed.text() == null || typed.text().isBlank() ? null : PersianText.normalizeText(typed.text().strip());
        Response saved = new Response(q.id(), score, na, na ? List.of() : choices, text, codes);
        jdbc.sql("""
                insert into survey_response (survey_id, question_id, score, not_applicable, choices, text, reason_codes)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (survey_id, question_id) do update set score = excluded.score, not_applicable = excluded.not_applicable,
                    choices = excluded.choices, text = excluded.text, reason_codes = excluded.reason_codes""")
                .params(draft.surveyId(), q.id(), score, na,
                        saved.choices().isEmpty() ? null : saved.choices().stream().map(String::valueOf).collect(Collectors.joining(",")),
                        text, codes.toArray(String[]::new))
                .update();
        return saved;
    }

    /**
     * What still stops the survey from being completed, by question id (message keys): a required
     * question without an answer, a dissatisfied answer without a reason. Empty when it may complete.
     */
    public Map<Long, String> problems(Draft draft) {
        Map<Long, String> problems = new LinkedHashMap<>();
        for (Question q : draft.questionnaire().questions()) {
            Response r = draft.answers().get(q.id());
            if (q.required() && (r == null || !r.given())) {
                problems.put(q.id(), "survey.required");
            } else if (draft.dissatisfied(q) && r.reasonCodes().isEmpty()) {
                problems.put(q.id(), "survey.reason.required");
            }
        }
        return problems;
    }

    /** Completes the call's survey and the call; the problems instead when it cannot complete yet. */
    @Transactional
    public Map<Long, String> complete(long callId, Long callerId) {
        return complete(callId, callerId, clock.instant());
    }

    /** As {@link #complete(long, Long)}, at a given moment (the demo data's year of surveys). */
    Map<Long, String> complete(long callId, Long callerId, Instant at) {
        Draft draft = ofCall(callId).orElseThrow(() -> new CallRuleException("survey.notStarted"));
        Map<Long, String> problems = problems(draft);
        if (problems.isEmpty()) {
            completion.complete(draft, callerId, at);
        }
        return problems;
    }

    Map<Long, Response> answers(long surveyId) {
        Map<Long, Response> answers = new LinkedHashMap<>();
        jdbc.sql("select * from survey_response where survey_id = ?").param(surveyId).query((rs, i) -> {
            String choices = rs.getString("choices");
            List<Integer> chosen = choices == null ? List.of()
                    : Arrays.stream(choices.split(",")).map(Integer::valueOf).toList();
            String[] codes = (String[]) rs.getArray("reason_codes").getArray();
            return new Response(rs.getLong("question_id"), (Integer) rs.getObject("score"), rs.getBoolean("not_applicable"),
                    chosen, rs.getString("text"), List.copyOf(new LinkedHashSet<>(Arrays.asList(codes))));
        }).list().forEach(r -> answers.put(r.questionId(), r));
        return answers;
    }
}
