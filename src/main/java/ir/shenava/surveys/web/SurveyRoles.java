package ir.shenava.surveys.web;

import ir.shenava.staff.StaffDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Who may use the surveys pages, and the signed-in staff member's id. */
@Component
class SurveyRoles {

    /** Callers work the queue; the quality manager oversees it. */
    static final String CALLS = "hasAnyRole('CALLER','QUALITY_MANAGER')";
    /** Creating calls by hand, backfilling, ending held calls, editing the questionnaire. */
    static final String QUALITY = "hasRole('QUALITY_MANAGER')";

    private final StaffDirectory staff;

    SurveyRoles(StaffDirectory staff) {
        this.staff = staff;
    }

    long me(Authentication auth) {
        return staff.findActiveByUsername(auth.getName()).map(s -> s.id().value()).orElse(-1L);
    }

    static boolean isQualityManager(Authentication auth) {
        return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_QUALITY_MANAGER"));
    }
}
