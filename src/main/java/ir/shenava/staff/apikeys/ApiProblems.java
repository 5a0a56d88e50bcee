package ir.shenava.staff.apikeys;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * 401 and 403 of {@code /api/**} as RFC 9457 problem details with a Persian {@code detail}: a
 * program calling the API must never be sent to the login page.
 */
@Component
public class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** API answers speak Persian, whatever the caller's Accept-Language (the ERP runs in Iran). */
    public static final Locale PERSIAN = Locale.forLanguageTag("fa");

    private final MessageSource messages;
    private final ObjectMapper json;

    ApiProblems(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String key = e instanceof RejectedKeyException ? "api.auth.rejected" : "api.auth.missing";
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, key);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "api.auth.scope");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage(key, null, PERSIAN));
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    /** A key was presented but is unknown or revoked. */
    static final class RejectedKeyException extends AuthenticationException {

        private static final long serialVersionUID = 1L;

        RejectedKeyException() {
            super("API key rejected");
        }
    }
}
