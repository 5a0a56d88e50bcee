package ir.shenava.staff.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A login half done: the password was right, the code from the app is still due. Kept in the
 * session instead of a security context, so that until the code is given the person is exactly as
 * anonymous as before the password — no page, role check or forgotten rule can let them through.
 * Lives {@link #LIFETIME} and allows {@link #MAX_WRONG} wrong codes; then the password is asked again.
 */
record PendingLogin(String username, Instant since, int wrong) implements Serializable {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int MAX_WRONG = 5;
    private static final String ATTRIBUTE = PendingLogin.class.getName();

    static PendingLogin of(HttpServletRequest request, Instant now) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof PendingLogin pending)) {
            return null;
        }
        if (pending.since().plus(LIFETIME).isBefore(now)) {
            session.removeAttribute(ATTRIBUTE);
            return null;
        }
        return pending;
    }

    void keep(HttpServletRequest request) {
        request.getSession().setAttribute(ATTRIBUTE, this);
    }

    PendingLogin oneMoreWrong() {
        return new PendingLogin(username, since, wrong + 1);
    }

    static void drop(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
