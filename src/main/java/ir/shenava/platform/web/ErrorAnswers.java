package ir.shenava.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Boot's error controller with one change: programs (the API, anything that does not ask for
 * HTML) get an RFC 9457 problem detail in Persian — English only on {@code Accept-Language: en} —
 * instead of Spring's English JSON with its exception names. Browsers keep getting the Persian
 * pages under {@code templates/error/}.
 */
class ErrorAnswers extends BasicErrorController {

    static final Locale PERSIAN = Locale.forLanguageTag("fa");

    private final MessageSource messages;

    ErrorAnswers(ErrorAttributes attributes, ErrorProperties properties, List<ErrorViewResolver> resolvers,
                 MessageSource messages) {
        super(attributes, properties, resolvers);
        this.messages = messages;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Locale locale = locale(request);
        String key = messageKey(status, request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage(key + ".title", null, locale));
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage(key + ".text", null, locale));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.put("instance", uri.toString());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The page's and the problem's text: the status's own where there is one. */
    static String messageKey(HttpStatus status, HttpServletRequest request) {
        if (request.getAttribute(HostileInputFilter.REFUSED) != null || status == HttpStatus.BAD_REQUEST) {
            return "error.400";
        }
        return switch (status.value()) {
            case 403, 404, 405, 409, 413, 415, 429 -> "error." + status.value();
            default -> status.is5xxServerError() ? "error.500" : "error.generic";
        };
    }

    private static Locale locale(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        try {
            List<Locale.LanguageRange> ranges = header == null ? List.of() : Locale.LanguageRange.parse(header);
            return !ranges.isEmpty() && ranges.get(0).getRange().toLowerCase(Locale.ROOT).startsWith("en")
                    ? Locale.ENGLISH : PERSIAN;
        } catch (IllegalArgumentException e) {
            return PERSIAN;
        }
    }
}
