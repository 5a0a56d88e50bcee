package ir.shenava.surveys.reasons.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The Persian 404 page for a reason code that names no reason. */
@ControllerAdvice(basePackageClasses = ReasonNotFoundAdvice.class)
class ReasonNotFoundAdvice {

    @ExceptionHandler(ReasonNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
