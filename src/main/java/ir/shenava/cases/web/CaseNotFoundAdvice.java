package ir.shenava.cases.web;

import ir.shenava.cases.internal.CaseNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A case that does not exist, or one the viewer may not see: the same Persian 404 page either way. */
@ControllerAdvice(basePackageClasses = CaseNotFoundAdvice.class)
class CaseNotFoundAdvice {

    @ExceptionHandler(CaseNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
