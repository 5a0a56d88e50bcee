package ir.shenava.staff;

import java.util.Set;

/** What other modules may know about a staff member. */
public record StaffSummary(StaffId id, String username, String fullName, String email, String mobile,
                           String departmentCode, StaffId managerId, Set<Role> roles, boolean active) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
