package ir.shenava.servicerecords.review;

/** A rule of the confirmation sample review was broken; the message is a key in {@code i18n/review}. */
public class ReviewRuleException extends RuntimeException {

    public ReviewRuleException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
