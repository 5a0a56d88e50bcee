package ir.shenava.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The access-denied pages Spring Security forwards to. Other errors are rendered by Boot's error
 * controller from {@code templates/error/*.html}; neither ever shows a stack trace.
 */
@Controller
class ErrorPages {

    @RequestMapping("/error/403")
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/403";
    }

    /** A form sent without a valid security token (see the security configuration). */
    @RequestMapping("/error/form-not-accepted")
    String formNotAccepted(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/form-not-accepted";
    }
}
