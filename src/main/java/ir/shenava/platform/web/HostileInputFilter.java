package ir.shenava.platform.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The one door all input passes, ahead of the security filters and every controller: control and
 * direction characters leave every parameter and file name (see {@link CleanedRequest}); a
 * parameter longer than {@link #MAX_PARAMETER_LENGTH} — far above any field's own limit, which the
 * forms explain at the field — and a body whose content type cannot be understood are answered
 * 400 with the Persian error page (or a problem detail for programs) before anything is read or
 * stored.
 */
final class HostileInputFilter extends OncePerRequestFilter {

    /** Twice the longest field any form accepts (a description of 10,000 characters). */
    static final int MAX_PARAMETER_LENGTH = 20_000;
    /** Request attribute naming why a request was refused, for the error page and the logs. */
    static final String REFUSED = HostileInputFilter.class.getName() + ".refused";

    private static final Logger log = LoggerFactory.getLogger(HostileInputFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // the error page of a request whose body could not be read must not try to read it again
            chain.doFilter(new CleanedRequest(request, true), response);
            return;
        }
        // a body already taken apart into parts (MockMvc's multipart requests) needs no boundary to read
        boolean alreadyParsed = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class) != null;
        String problem = alreadyParsed ? null : contentTypeProblem(request.getContentType());
        CleanedRequest cleaned = new CleanedRequest(request);
        if (problem == null) {
            problem = parameterProblem(cleaned);
        }
        if (problem != null) {
            log.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), problem);
            request.setAttribute(REFUSED, problem);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(cleaned, response);
    }

    /** A content type that does not parse, a multipart body without its boundary, an unknown charset. */
    static String contentTypeProblem(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return "malformed content type";
        }
        if ("multipart".equalsIgnoreCase(type.getType()) && (type.getParameter("boundary") == null
                || type.getParameter("boundary").isBlank())) {
            return "multipart without boundary";
        }
        String charset = type.getParameter("charset");
        if (charset != null) {
            try {
                Charset.forName(charset.replace("\"", ""));
            } catch (IllegalArgumentException e) {
                return "unknown charset";
            }
        }
        return null;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new CleanedRequest(request, true), response);
    }

    private static String parameterProblem(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException e) {
            return "unreadable parameters";
        }
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            if (p.getKey().length() > 200) {
                return "parameter name too long";
            }
            for (String value : p.getValue()) {
                if (value != null && value.length() > MAX_PARAMETER_LENGTH) {
                    return "parameter " + p.getKey() + " too long";
                }
            }
        }
        return null;
    }
}
