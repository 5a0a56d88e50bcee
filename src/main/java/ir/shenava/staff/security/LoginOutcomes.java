package ir.shenava.staff.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import ir.shenava.audit.AuditAction;
import ir.shenava.audit.AuditKind;
import ir.shenava.audit.AuditTrail;
import ir.shenava.staff.StaffAccountLocked;
import ir.shenava.staff.internal.StaffRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
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
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    LoginOutcomes(StaffRepository staff, Clock clock, TransactionTemplate tx, LoginThrottle throttle,
                  ApplicationEventPublisher events, AuditTrail audit,
                  @Value("${shenava.security.max-failed-logins:5}") int maxFailures,
                  @Value("${shenava.security.lockout:15m}") Duration lockout) {
        this.staff = staff;
        this.clock = clock;
        this.tx = tx;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.throttle = throttle;
        this.events = events;
        this.audit = audit;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        tx.executeWithoutResult(s -> staff.findByUsernameIgnoreCase(authentication.getName())
                .ifPresent(p -> p.recordSuccessfulLogin()));
        audit.recordAs(authentication.getName(), AuditKind.LOGIN, AuditAction.LOGIN_SUCCEEDED, authentication.getName(),
                null, null);
        super.onAuthenticationSuccess(request, response, authentication);
    }

    /**
     * One answer for every failure — wrong password, unknown user, locked or disabled account — so
     * that the page never tells a stranger which user names exist. The owner of an account that
     * just got locked learns it by mail instead; the address's failures feed the {@link LoginThrottle}.
     */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        throttle.failed(request.getRemoteAddr());
        String typed = request.getParameter("username");
        audit.recordAs(typed == null ? null : typed.trim(), AuditKind.LOGIN, AuditAction.LOGIN_FAILED,
                typed == null ? "" : typed.trim(), null, null);
        if (exception instanceof BadCredentialsException) {
            String username = request.getParameter("username");
            if (username != null) {
                tx.executeWithoutResult(s -> staff.findByUsernameIgnoreCase(username.trim()).ifPresent(p -> {
                    boolean wasLocked = p.isLockedAt(clock.instant());
                    p.recordFailedLogin(maxFailures, lockout, clock.instant());
                    if (!wasLocked && p.isLockedAt(clock.instant())) {
                        audit.recordAs(p.getUsername(), AuditKind.LOGIN, AuditAction.LOCKED_OUT, p.getUsername(), null,
                                java.util.Map.of("lockedUntil", p.getLockedUntil()));
                        events.publishEvent(new StaffAccountLocked(p.getId(), p.getUsername(), p.getFullName(),
                                p.getEmail(), p.getLockedUntil(), request.getRemoteAddr()));
                    }
                }));
            }
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
