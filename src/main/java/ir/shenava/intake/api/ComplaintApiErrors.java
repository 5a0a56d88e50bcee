package ir.shenava.intake.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the complaints API as RFC 9457 problem details with a Persian {@code title} and
 * {@code detail} (English only when the caller asks for it with {@code Accept-Language: en}). Field
 * problems come as {@code errors: [{field, message}]}. Never a stack trace.
 */
@RestControllerAdvice(assignableTypes = ComplaintApiController.class)
class ComplaintApiErrors {

    static final Locale PERSIAN = Locale.forLanguageTag("fa");
    static final long RETRY_AFTER_SECONDS = 15 * 60;
    static final long CODE_RETRY_AFTER_SECONDS = 60 * 60;
    private static final Logger log = LoggerFactory.getLogger(ComplaintApiErrors.class);

    private final MessageSource messages;

    ComplaintApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** Persian, unless the caller's first language is English. */
    static Locale locale(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return PERSIAN;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            return !ranges.isEmpty() && ranges.get(0).getRange().toLowerCase(Locale.ROOT).startsWith("en")
                    ? Locale.ENGLISH : PERSIAN;
        } catch (IllegalArgumentException e) {
            return PERSIAN;
        }
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidComplaintException e, HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "complaintApi.problem.invalid", request);
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(),
                        "message", messages.getMessage(p.key(), p.args().toArray(), locale)))
                .toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "complaintApi.problem.unreadable", request);
        problem.setProperty("errors", List.of());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "complaintApi.problem.mediaType", request);
    }

    @ExceptionHandler
    ProblemDetail notFound(ComplaintNotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "complaintApi.problem.notFound", request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> throttled(TooManyGuessesException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "complaintApi.problem.throttled", request));
    }

    /** The code itself is locked (too many wrong verifiers from anywhere), for up to an hour. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> codeLocked(CodeLockedException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(CODE_RETRY_AFTER_SECONDS))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "complaintApi.problem.codeLocked", request));
    }

    /**
     * Any other mistake of the request that Spring MVC reports (a missing header, a wrong type…) with
     * its own status; the unexpected is logged here and answered without any detail of what broke.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> other(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e;   // Spring Security answers these with its 401/403 problem details
        }
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            return ResponseEntity.status(known.getStatusCode()).headers(known.getHeaders())
                    .body(problem(known.getStatusCode(), "complaintApi.problem.request", request));
        }
        log.error("Complaint API failed on {}", request.getRequestURI(), e);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "complaintApi.problem.server", request));
    }

    private ProblemDetail problem(HttpStatusCode status, String key, HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** No complaint with this code and verifier: which of the two was wrong is not told. */
    static class ComplaintNotFoundException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** The key has used up its wrong guesses for now. */
    static class TooManyGuessesException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static class CodeLockedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
