package ir.shenava.surveys.questionnaire;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import ir.shenava.surveys.QuestionType;
import ir.shenava.surveys.SurveySection;

/** One question of a questionnaire version, in both languages; choices one per line. */
public record Question(long id, long questionnaireId, int position, String code, SurveySection section, QuestionType type,
                       String textFa, String textEn, String optionsFa, String optionsEn, boolean allowsNotApplicable,
                       boolean required) {

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textFa;
    }

    /** The choices in the reader's language (numbered from 1 in answers). */
    public List<String> options(Locale locale) {
        String raw = "en".equals(locale.getLanguage()) ? optionsEn : optionsFa;
        return raw == null || raw.isBlank() ? List.of()
                : Arrays.stream(raw.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public boolean isScale() {
        return type == QuestionType.SCALE;
    }

    public boolean isChoice() {
        return type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
    }

    /** The scores a digit key may choose: 1–5, 0–10 for would-recommend, 1 (yes) / 0 (no). */
    public List<Integer> scores() {
        return switch (type) {
            case SCALE -> List.of(1, 2, 3, 4, 5);
            case RECOMMEND -> List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            case YES_NO -> List.of(1, 0);
            default -> List.of();
        };
    }
}
