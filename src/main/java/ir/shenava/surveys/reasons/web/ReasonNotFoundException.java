package ir.shenava.surveys.reasons.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A reason code that names no reason: the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ReasonNotFoundException extends RuntimeException {

    ReasonNotFoundException() {
        super("no such reason");
    }
}
