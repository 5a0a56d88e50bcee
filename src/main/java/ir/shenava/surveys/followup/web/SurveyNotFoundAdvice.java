package ir.shenava.surveys.followup.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The Persian 404 page for a survey that does not exist or that the reader may not see. */
@ControllerAdvice(basePackageClasses = SurveyNotFoundAdvice.class)
class SurveyNotFoundAdvice {

    @ExceptionHandler(SurveyNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
