package ir.shenava.staff.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/** A login (or its second step's code) sent before its address has waited long enough is answered without checking the password. */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // the code of the second step counts like a password: a wrong one is a failure of the address
        if ("POST".equals(request.getMethod()) && ("/login".equals(path) || SecondFactorController.PAGE.equals(path))) {
            Duration wait = throttle.waitFor(request.getRemoteAddr());
            if (!wait.isZero()) {
                response.sendRedirect(request.getContextPath() + path + "?throttled=" + Math.max(1, (wait.toMillis() + 999) / 1000));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
