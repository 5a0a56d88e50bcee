package ir.shenava.cases.web;

import ir.shenava.cases.internal.Actor;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The signed-in staff member as the cases module sees them: id and the roles they were authorised with. */
@Component
class CaseActors {

    /**
     * Every staff role but the administrator and the caller (a caller sees calls, not cases: issue 12
     * §6); what each person sees and may do is decided per case.
     */
    static final String STAFF = "hasAnyRole('CEO','SENIOR_MANAGER','MANAGER','TECHNICAL_MANAGER',"
            + "'SALES_EXPERT','TECHNICAL_EXPERT','QUALITY_MANAGER')";

    private final StaffDirectory staff;

    CaseActors(StaffDirectory staff) {
        this.staff = staff;
    }

    Actor of(Authentication auth) {
        long me = staff.findActiveByUsername(auth.getName()).map(s -> s.id().value()).orElse(-1L);
        return new Actor(me, Role.fromAuthorities(auth.getAuthorities().stream().map(a -> a.getAuthority()).toList()));
    }
}
