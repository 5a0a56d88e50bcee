package ir.shenava.intake.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A signed link that is malformed, forged, expired or for a complaint that is gone, or too many
 * link requests from one address. Shown as a Persian page with the status, never as a 500.
 */
final class BadLinkException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;

    BadLinkException(HttpStatus status, String messageKey) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
    }

    @ControllerAdvice(assignableTypes = {ConfirmationController.class, RatingController.class})
    static class Page {

        @ExceptionHandler(BadLinkException.class)
        ModelAndView show(BadLinkException e) {
            return new ModelAndView("intake/link-invalid", Map.of("error", e.messageKey), e.status);
        }
    }
}
