package ir.shenava.notifications.web;

import ir.shenava.notifications.internal.StaffNotifications;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * The unread count beside "Notifications" in the navigation bar of every page. Lazy: the query
 * runs only when a page actually renders the layout's badge — not for redirects, htmx fragments,
 * files or JSON — and only for a signed-in staff member.
 */
@ControllerAdvice
class UnreadBadge {

    private final StaffNotifications notifications;
    private final SignedInStaff signedIn;

    UnreadBadge(StaffNotifications notifications, SignedInStaff signedIn) {
        this.notifications = notifications;
        this.signedIn = signedIn;
    }

    @ModelAttribute("unreadNotifications")
    LazyContextVariable<Long> unreadNotifications(Authentication auth, HttpServletRequest request) {
        return new LazyContextVariable<>() {
            @Override
            protected Long loadValue() {
                return signedIn.id(auth, request).map(notifications::unread).orElse(0L);
            }
        };
    }
}
