package ir.shenava.surveys.followup;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.PersianText;
import ir.shenava.surveys.DissatisfactionReason;
import ir.shenava.surveys.DissatisfactionReasons;
import ir.shenava.surveys.SurveyAnswer;
import ir.shenava.surveys.SurveyAnswers;
import ir.shenava.surveys.SurveySection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The subject and description of a SURVEY complaint, in Persian (the company's working language, as
 * every complaint is stored): which answers were dissatisfied, their scores, the coded reasons and
 * the customer's own words, so the owner knows the complaint before opening the survey.
 */
@Component
class ComplaintWording {

    private static final Locale PERSIAN = Locale.forLanguageTag("fa");
    private static final int SUBJECT_MAX = 200;

    private final MessageSource messages;
    private final DissatisfactionReasons reasons;

    ComplaintWording(MessageSource messages, DissatisfactionReasons reasons) {
        this.messages = messages;
        this.reasons = reasons;
    }

    String subject(SurveyResult survey, Collection<SurveySection> sections) {
        String names = sections.stream().map(s -> msg(SurveyAnswers.sectionKey(s))).collect(Collectors.joining("، "));
        String subject = messages.getMessage("followup.complaint.subject", new Object[] {names}, PERSIAN);
        return subject.length() <= SUBJECT_MAX ? subject : subject.substring(0, SUBJECT_MAX - 1) + "…";
    }

    String description(SurveyResult survey, Collection<SurveyAnswer> answers) {
        Map<String, String> names = reasons.all().stream()
                .collect(Collectors.toMap(DissatisfactionReason::code, r -> r.name(PERSIAN)));
        String day = JalaliDate.fromGregorian(survey.completedAt().atZone(JalaliDate.TEHRAN).toLocalDate()).toPersianString();
        StringBuilder text = new StringBuilder(messages.getMessage("followup.complaint.intro",
                new Object[] {PersianText.persianDigits(String.valueOf(survey.surveyId())), day}, PERSIAN));
        for (SurveyAnswer a : answers) {
            String key = SurveyAnswers.scoreKey(a);
            String score = key == null ? "—" : messages.getMessage(key,
                    new Object[] {PersianText.persianDigits(String.valueOf(a.score()))}, PERSIAN);
            text.append('\n').append(messages.getMessage("followup.complaint.answer",
                    new Object[] {msg(SurveyAnswers.sectionKey(a.section())), a.questionCode(), score}, PERSIAN));
            if (!a.reasonCodes().isEmpty()) {
                text.append('\n').append(messages.getMessage("followup.complaint.reasons", new Object[] {
                        a.reasonCodes().stream().map(c -> names.getOrDefault(c, c)).collect(Collectors.joining("، "))},
                        PERSIAN));
            }
            if (a.text() != null && !a.text().isBlank()) {
                text.append('\n').append(messages.getMessage("followup.complaint.words", new Object[] {a.text().strip()}, PERSIAN));
            }
        }
        return text.toString();
    }

    private String msg(String key) {
        return messages.getMessage(key, null, PERSIAN);
    }
}
