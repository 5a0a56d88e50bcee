package ir.shenava.servicerecords.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ir.shenava.servicerecords.internal.ServiceRuleException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the service-records API as RFC 9457 problem details, in Persian whatever the caller's
 * Accept-Language (the ERP and its people are in Iran). Field problems come as
 * {@code errors: [{field, message}]}.
 */
@RestControllerAdvice(assignableTypes = ServiceRecordApiController.class)
class ApiErrors {

    static final Locale PERSIAN = Locale.forLanguageTag("fa");

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidServiceRecordException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.invalid", request);
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field().apiName(),
                        "message", messages.getMessage(p.key(), p.args().toArray(), PERSIAN)))
                .toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.body.unreadable", request);
        problem.setProperty("errors", List.of());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail rule(ServiceRuleException e, HttpServletRequest request) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "api.rule.broken", request);
    }

    @ExceptionHandler
    ProblemDetail notFound(ServiceRecordNotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "api.notFound", request);
    }

    private ProblemDetail problem(HttpStatus status, String key, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, PERSIAN));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** No service record with this id. */
    static class ServiceRecordNotFoundException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
