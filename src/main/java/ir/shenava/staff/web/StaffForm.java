package ir.shenava.staff.web;

import java.util.EnumSet;
import java.util.Set;

import ir.shenava.staff.Role;
import ir.shenava.staff.internal.Staff;
import ir.shenava.staff.internal.StaffAccounts;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the administrator types for a staff member; never bound onto the entity itself. */
record StaffForm(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{staff.username.pattern}") String username,
        @NotBlank @Size(max = 150) String fullName,
        @Email @Size(max = 200) String email,
        @Size(max = 30) String mobile,
        Long departmentId,
        Long managerId,
        Set<Role> roles,
        Boolean active) {

    static StaffForm empty() {
        return new StaffForm("", "", "", "", null, null, EnumSet.noneOf(Role.class), true);
    }

    static StaffForm of(Staff s) {
        return new StaffForm(s.getUsername(), s.getFullName(), s.getEmail(), s.getMobile() == null ? ""
                : ir.shenava.shared.PhoneNumber.parse(s.getMobile()).national(),
                s.getDepartmentId(), s.getManagerId(), s.getRoles(), s.isActive());
    }

    StaffAccounts.Profile profile() {
        return new StaffAccounts.Profile(fullName, email, mobile, departmentId, managerId,
                roles == null ? EnumSet.noneOf(Role.class) : roles, Boolean.TRUE.equals(active));
    }
}
