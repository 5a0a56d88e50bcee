package ir.shenava.staff.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import ir.shenava.staff.internal.StaffRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed logins and locks an account after too many in a row, so that a password cannot be
 * guessed; a successful login clears the count. Tells the login page which message to show
 * without revealing whether a username exists.
 */
@Component
class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    private final StaffRepository staff;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final int maxFailures;
    private final Duration lockout;

    LoginOutcomes(StaffRepository staff, Clock clock, TransactionTemplate tx,
                  @Value("${shenava.security.max-failed-logins:5}") int maxFailures,
                  @Value("${shenava.security.lockout:15m}") Duration lockout) {
        this.staff = staff;
        this.clock = clock;
        this.tx = tx;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        tx.executeWithoutResult(s -> staff.findByUsernameIgnoreCase(authentication.getName())
                .ifPresent(p -> p.recordSuccessfulLogin()));
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String outcome = "error";
        if (exception instanceof LockedException) {
            outcome = "locked";
        } else if (exception instanceof DisabledException) {
            outcome = "disabled";
        } else if (exception instanceof BadCredentialsException) {
            String username = request.getParameter("username");
            boolean lockedNow = username != null && Boolean.TRUE.equals(tx.execute(s ->
                    staff.findByUsernameIgnoreCase(username.trim()).map(p -> {
                        p.recordFailedLogin(maxFailures, lockout, clock.instant());
                        return p.isLockedAt(clock.instant());
                    }).orElse(false)));
            outcome = lockedNow ? "locked" : "error";
        }
        response.sendRedirect(request.getContextPath() + "/login?" + outcome);
    }
}
