package ir.shenava.surveys.questionnaire;

/** A questionnaire change the rules forbid; the message is a message key for the page. */
public class QuestionnaireRuleException extends RuntimeException {

    public QuestionnaireRuleException(String messageKey) {
        super(messageKey);
    }
}
