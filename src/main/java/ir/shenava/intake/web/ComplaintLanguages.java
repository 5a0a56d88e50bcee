package ir.shenava.intake.web;

import java.util.Optional;

import ir.shenava.intake.ComplaintLanguage;
import org.springframework.validation.BindingResult;

/**
 * The language the staff chose on a form they fill for a complainant (a call, a paper form): the
 * mails to that complainant speak it. Not chosen means Persian; anything but fa or en is refused at
 * the field (only a tampered form sends that), never guessed.
 */
final class ComplaintLanguages {

    private ComplaintLanguages() {
    }

    static Optional<ComplaintLanguage> chosen(String typed, BindingResult result) {
        if (typed == null || typed.isBlank()) {
            return Optional.of(ComplaintLanguage.FA);
        }
        Optional<ComplaintLanguage> language = ComplaintLanguage.parse(typed);
        if (language.isEmpty() && !result.hasFieldErrors("language")) {
            result.rejectValue("language", "maillang.language.invalid");
        }
        return language;
    }
}
