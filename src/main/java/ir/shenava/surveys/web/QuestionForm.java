package ir.shenava.surveys.web;

import ir.shenava.surveys.QuestionType;
import ir.shenava.surveys.SurveySection;
import ir.shenava.surveys.questionnaire.Question;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A question of the draft questionnaire as the quality manager edits it; choices one per line. */
record QuestionForm(
        @NotBlank(message = "{questionnaire.code.invalid}") @Pattern(regexp = "[A-Za-z0-9_]{2,40}", message = "{questionnaire.code.invalid}") String code,
        @NotNull SurveySection section,
        @NotNull QuestionType type,
        @NotBlank(message = "{questionnaire.text.required}") @Size(max = 1000) String textFa,
        @NotBlank(message = "{questionnaire.text.required}") @Size(max = 1000) String textEn,
        @Size(max = 2000) String optionsFa,
        @Size(max = 2000) String optionsEn,
        // wrappers: an unticked checkbox sends nothing, which a primitive cannot take in constructor binding
        Boolean allowsNotApplicable,
        Boolean required) {

    static QuestionForm empty() {
        return new QuestionForm(null, SurveySection.STAFF_BEHAVIOUR, QuestionType.SCALE, null, null, null, null, false, true);
    }

    static QuestionForm of(Question q) {
        return new QuestionForm(q.code(), q.section(), q.type(), q.textFa(), q.textEn(), q.optionsFa(), q.optionsEn(),
                q.allowsNotApplicable(), q.required());
    }
}
