package ir.shenava.staff.web;

import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffSummary;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * The signed-in person's display name for the navigation bar: people know each other by name, not
 * by account (issue 15 §10). Lazy, so redirects and fragments never look it up; read from the
 * directory's snapshot of active staff, so a page costs no query. Null when the account is not a
 * staff member (the layout then shows the account name).
 */
@ControllerAdvice
class SignedInName {

    private final StaffDirectory staff;

    SignedInName(StaffDirectory staff) {
        this.staff = staff;
    }

    @ModelAttribute("signedInName")
    LazyContextVariable<String> signedInName(Authentication auth) {
        return new LazyContextVariable<>() {
            @Override
            protected String loadValue() {
                return auth == null ? null : staff.findActiveByUsername(auth.getName()).map(StaffSummary::fullName).orElse(null);
            }
        };
    }
}
