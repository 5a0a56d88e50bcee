package ir.shenava.surveys.followup.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such survey, or one the reader may not see: the same 404 either way, so ids reveal nothing. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class SurveyNotFoundException extends RuntimeException {

    SurveyNotFoundException() {
        super("survey not found");
    }
}
