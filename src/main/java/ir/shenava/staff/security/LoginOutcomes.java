package ir.shenava.staff.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import ir.shenava.audit.AuditAction;
import ir.shenava.audit.AuditKind;
import ir.shenava.audit.AuditTrail;
import ir.shenava.staff.StaffAccountLocked;
import ir.shenava.staff.internal.StaffRepository;
import ir.shenava.staff.twofactor.TwoFactor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
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
    private final TwoFactor twoFactor;

    LoginOutcomes(StaffRepository staff, Clock clock, TransactionTemplate tx, LoginThrottle throttle,
                  ApplicationEventPublisher events, AuditTrail audit, TwoFactor twoFactor,
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
        this.twoFactor = twoFactor;
        setDefaultTargetUrl("/");
    }

    /**
     * The password was right. A person with two-factor login on is not signed in yet: the
     * authentication just made is taken back out of the session (they stay anonymous) and the
     * page for the code is next ({@link SecondFactorController}).
     */
    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        Long id = staff.findByUsernameIgnoreCase(authentication.getName()).map(p -> p.getId()).orElse(null);
        if (id != null && twoFactor.isEnabled(id)) {
            SecurityContextHolder.clearContext();
            request.getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            new PendingLogin(authentication.getName(), clock.instant(), 0).keep(request);
            response.sendRedirect(request.getContextPath() + SecondFactorController.PAGE);
            return;
        }
        signedIn(request, response, authentication, null);
    }

    /** Signed in at last (after the password, or after the password and the code): the saved page, or the start page. */
    void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
                  String secondFactor) throws IOException, jakarta.servlet.ServletException {
        recordSignedIn(authentication, secondFactor);
        super.onAuthenticationSuccess(request, response, authentication);
    }

    /** The account's failure count cleared and the login audited (with the kind of second factor, if any). */
    void recordSignedIn(Authentication authentication, String secondFactor) {
        tx.executeWithoutResult(s -> staff.findByUsernameIgnoreCase(authentication.getName())
                .ifPresent(p -> p.recordSuccessfulLogin()));
        audit.recordAs(authentication.getName(), AuditKind.LOGIN, AuditAction.LOGIN_SUCCEEDED, authentication.getName(),
                null, secondFactor == null ? null : java.util.Map.of("secondFactor", secondFactor));
    }

    /**
     * A wrong code in the second step counts exactly like a wrong password: for the address (the
     * throttle) and for the account (its lock, and the mail to its owner).
     * @return whether the account is now locked
     */
    boolean wrongSecondFactor(HttpServletRequest request, String username) {
        throttle.failed(request.getRemoteAddr());
        audit.recordAs(username, AuditKind.LOGIN, AuditAction.LOGIN_FAILED, username, null,
                java.util.Map.of("secondFactor", "wrong"));
        return countFailure(request, username);
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
                countFailure(request, username.trim());
            }
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    /** One more failure of the account; the one that locks it is audited and mailed to its owner. */
    private boolean countFailure(HttpServletRequest request, String username) {
        return Boolean.TRUE.equals(tx.execute(s -> staff.findByUsernameIgnoreCase(username).map(p -> {
            boolean wasLocked = p.isLockedAt(clock.instant());
            p.recordFailedLogin(maxFailures, lockout, clock.instant());
            if (!wasLocked && p.isLockedAt(clock.instant())) {
                audit.recordAs(p.getUsername(), AuditKind.LOGIN, AuditAction.LOCKED_OUT, p.getUsername(), null,
                        java.util.Map.of("lockedUntil", p.getLockedUntil()));
                events.publishEvent(new StaffAccountLocked(p.getId(), p.getUsername(), p.getFullName(),
                        p.getEmail(), p.getLockedUntil(), request.getRemoteAddr()));
            }
            return p.isLockedAt(clock.instant());
        }).orElse(false)));
    }
}
