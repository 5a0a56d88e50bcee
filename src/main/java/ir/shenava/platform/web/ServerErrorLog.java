package ir.shenava.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * One line for every answer of 500 or more: the request, the status, and the exception behind it when
 * Spring resolved one into that status. An exception that reaches Tomcat is logged by Tomcat with its
 * stack trace; one that a resolver turned into a 5xx page (a {@code ResponseStatusException}, an
 * {@code ErrorResponse}) otherwise leaves no trace at all, and an operator — or a test that saw a 500 —
 * has nothing to go on.
 */
final class ServerErrorLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorLog.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response.getStatus() >= 500) {
            Object cause = request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE);
            if (cause == null) {
                cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            }
            log.warn("{} {} answered {}{}", request.getMethod(), request.getRequestURI(), response.getStatus(),
                    cause instanceof Throwable t ? ": " + t : "");
        }
    }
}
