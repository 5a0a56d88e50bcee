package ir.shenava.analytics.web;

import java.util.Locale;
import java.util.Set;

import ir.shenava.intake.ComplaintCategories;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffSummary;
import ir.shenava.surveys.DissatisfactionReason;
import ir.shenava.surveys.DissatisfactionReasons;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is looking, and so which slice: the CEO, senior managers and the quality manager see the
 * whole company; a manager or technical manager (without one of those roles) his department only —
 * and one with no department an empty slice, never the whole company.
 */
@Component
public class Viewers {

    public static final String DASHBOARD = "hasAnyRole('CEO','SENIOR_MANAGER','QUALITY_MANAGER','MANAGER','TECHNICAL_MANAGER')";
    private static final Set<Role> WHOLE = Set.of(Role.CEO, Role.SENIOR_MANAGER, Role.QUALITY_MANAGER);
    /** A department code no department has: the slice of a manager without a department. */
    private static final String NO_DEPARTMENT = "";

    private final StaffDirectory staff;
    private final DissatisfactionReasons reasons;
    private final ComplaintCategories categories;
    private final MessageSource messages;

    Viewers(StaffDirectory staff, DissatisfactionReasons reasons, ComplaintCategories categories, MessageSource messages) {
        this.staff = staff;
        this.reasons = reasons;
        this.categories = categories;
        this.messages = messages;
    }

    /** Null for the whole company, else the department code of the viewer's slice. */
    public String department(Authentication auth) {
        Set<Role> roles = Role.fromAuthorities(auth.getAuthorities().stream().map(a -> a.getAuthority()).toList());
        if (roles.stream().anyMatch(WHOLE::contains)) {
            return null;
        }
        return staff.findActiveByUsername(auth.getName()).map(StaffSummary::departmentCode).orElse(NO_DEPARTMENT);
    }

    public Labels labels(Locale locale) {
        java.util.Map<String, String> reasonNames = new java.util.LinkedHashMap<>();
        for (DissatisfactionReason r : reasons.all()) {
            reasonNames.put(r.code(), r.name(locale));
        }
        return new Labels(messages, locale, reasonNames, categories.names(locale), staff.names());
    }
}
