/**
 * Staff: the people who use Shenava, their departments, roles and reporting chain (the chain
 * that delegation and escalation follow), and everything about signing in — form login,
 * lockout after repeated failures, the forced first password change, optional two-factor login
 * (TOTP with recovery codes, which the administrator can require of administrators and the CEO), and
 * the security rules.
 * Other modules ask {@link ir.shenava.staff.StaffDirectory} about people by {@link ir.shenava.staff.StaffId}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff")
package ir.shenava.staff;
