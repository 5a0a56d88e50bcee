package ir.shenava.surveys.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** One version of the follow-up questionnaire with its questions in order. */
public record Questionnaire(long id, int version, String titleFa, String titleEn, int threshold, Status status,
                            Instant publishedAt, List<Question> questions) {

    public enum Status { DRAFT, PUBLISHED, RETIRED }

    public Questionnaire {
        questions = List.copyOf(questions);
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleFa;
    }

    public boolean editable() {
        return status == Status.DRAFT;
    }

    /** A scale answer at or below the threshold is dissatisfied. */
    public boolean dissatisfied(Question question, Integer score) {
        return question.isScale() && score != null && score <= threshold;
    }

    public Question question(long questionId) {
        return questions.stream().filter(q -> q.id() == questionId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no question " + questionId + " in questionnaire " + id));
    }
}
