package ir.shenava.cases.internal;

import java.util.EnumSet;
import java.util.Set;

import ir.shenava.staff.Role;

/** The signed-in staff member doing something to a case, with the roles they hold. */
public record Actor(long staffId, Set<Role> roles) {

    private static final Set<Role> MANAGERS = EnumSet.of(Role.CEO, Role.SENIOR_MANAGER, Role.MANAGER,
            Role.TECHNICAL_MANAGER, Role.QUALITY_MANAGER);

    public boolean isCeo() {
        return roles.contains(Role.CEO);
    }

    /** Senior managers (and the CEO) may close without confirmation and act on any case they see. */
    public boolean isSenior() {
        return isCeo() || roles.contains(Role.SENIOR_MANAGER);
    }

    public boolean isManager() {
        return roles.stream().anyMatch(MANAGERS::contains);
    }
}
