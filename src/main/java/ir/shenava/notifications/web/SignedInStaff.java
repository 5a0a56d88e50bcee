package ir.shenava.notifications.web;

import java.util.Optional;

import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffSummary;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The staff id of the signed-in person. The login knows only the username; the id is looked up
 * once and kept in the session, so the unread count on every page costs one query, not three.
 */
@Component
class SignedInStaff {

    private static final String SESSION_KEY = SignedInStaff.class.getName() + ".id";

    private final StaffDirectory staff;

    SignedInStaff(StaffDirectory staff) {
        this.staff = staff;
    }

    /** Empty for a visitor, and for a login that is not (or no longer) a staff member. */
    Optional<Long> id(Authentication auth, HttpServletRequest request) {
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Long id) {
            return Optional.of(id);
        }
        Optional<Long> id = staff.findByUsername(auth.getName()).map(s -> s.id().value());
        if (session != null) {
            id.ifPresent(value -> session.setAttribute(SESSION_KEY, value));
        }
        return id;
    }

    Optional<StaffSummary> summary(Authentication auth) {
        return auth == null ? Optional.empty() : staff.findByUsername(auth.getName());
    }
}
