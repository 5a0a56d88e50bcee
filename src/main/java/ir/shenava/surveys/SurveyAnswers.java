package ir.shenava.surveys;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import ir.shenava.surveys.followup.SurveyResults;
import ir.shenava.surveys.questionnaire.Question;
import ir.shenava.surveys.questionnaire.Questionnaires;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers of completed surveys for other modules' pages: the case page of a SURVEY complaint
 * shows the answers that opened it. Read from the surveys module's own record of completed surveys.
 */
@Service
@Transactional(readOnly = true)
public class SurveyAnswers {

    private final SurveyResults results;
    private final DissatisfactionReasons reasons;

    private final Questionnaires questionnaires;

    SurveyAnswers(SurveyResults results, DissatisfactionReasons reasons, Questionnaires questionnaires) {
        this.results = results;
        this.reasons = reasons;
        this.questionnaires = questionnaires;
    }

    /** The survey a SURVEY complaint was registered from, with its answers; empty for any other complaint. */
    public Optional<AnsweredSurvey> forComplaint(long complaintId, Locale locale) {
        return results.surveyOf(complaintId).flatMap(id -> find(id, locale));
    }

    public Optional<AnsweredSurvey> find(long surveyId, Locale locale) {
        Map<String, String> names = reasons.all().stream()
                .collect(Collectors.toMap(DissatisfactionReason::code, r -> r.name(locale)));
        return results.find(surveyId).map(s -> {
            // the questions as the caller read them: the version the survey was answered with
            Map<String, String> questions = questionnaires.find(s.questionnaireId()).map(q -> q.questions().stream()
                    .collect(Collectors.toMap(Question::code, x -> x.text(locale), (a, b) -> a))).orElse(Map.of());
            return new AnsweredSurvey(s.surveyId(), s.customerId(), s.completedAt(), s.mode(), s.callerId(),
                    results.answers(surveyId).stream().map(a -> line(a, names, questions)).toList());
        });
    }

    private static AnsweredSurvey.Line line(SurveyAnswer a, Map<String, String> names, Map<String, String> questions) {
        List<String> reasonNames = a.reasonCodes().stream().map(c -> names.getOrDefault(c, c)).toList();
        return new AnsweredSurvey.Line(a.questionCode(), questions.getOrDefault(a.questionCode(), a.questionCode()), a.section(), sectionKey(a.section()), scoreKey(a), a.score(),
                a.dissatisfied(), reasonNames, a.text());
    }

    /** Message key of a section's name in this part of the module's bundle. */
    public static String sectionKey(SurveySection section) {
        return "followup.section." + section.name();
    }

    /** Message key of an answer's score label ({0}: the score); null when there is nothing to show. */
    public static String scoreKey(SurveyAnswer a) {
        if (a.notApplicable()) {
            return "followup.score.notApplicable";
        }
        if (a.score() == null) {
            return null;
        }
        return switch (a.type()) {
            case SCALE -> a.score() >= 1 && a.score() <= 5 ? "followup.score.scale" + a.score() : "followup.score.number";
            case RECOMMEND -> "followup.score.recommend";
            case YES_NO -> a.score() == 1 ? "followup.score.yes" : "followup.score.no";
            default -> "followup.score.number";
        };
    }
}
