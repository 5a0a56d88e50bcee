package ir.shenava.staff;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What other modules may know about a staff member. */
public record StaffSummary(StaffId id, String username, String fullName, String email, String mobile,
                           String departmentCode, StaffId managerId, Set<Role> roles, boolean active) {

    /** Roles in their declared order and read-only: one summary may be shared by many readers. */
    public StaffSummary {
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
