package ir.shenava.staff.twofactor;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;

import ir.shenava.audit.AuditAction;
import ir.shenava.audit.AuditKind;
import ir.shenava.audit.AuditTrail;
import ir.shenava.staff.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's rule "administrators and the CEO must use two-factor login". Read from the
 * database whenever it is asked (at a login, not per request), so a change applies on every node at
 * the next login without any cache to invalidate. Off unless the administrator turns it on.
 */
@Service
public class TwoFactorPolicy {

    /** The roles the rule is about: those who can change everything, or see everything. */
    /**
     * The authority of a person who signed in with the password but must set up two-factor login
     * before anything else (the rule applies to them and they have not).
     */
    public static final String SETUP_REQUIRED = "TWO_FACTOR_SETUP_REQUIRED";

    public static final java.util.Set<Role> GUARDED_ROLES = java.util.EnumSet.of(Role.ADMIN, Role.CEO);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    TwoFactorPolicy(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean requiredForAdmins() {
        return jdbc.sql("select two_factor_required_admins from staff_security_policy where id = 1")
                .query(Boolean.class).optional().orElse(false);
    }

    /** Whether a person with these roles must use two-factor login. */
    public boolean requiredFor(Collection<Role> roles) {
        return roles.stream().anyMatch(GUARDED_ROLES::contains) && requiredForAdmins();
    }

    @Transactional
    public void requireForAdmins(boolean required, String by) {
        boolean before = requiredForAdmins();
        if (before == required) {
            return;
        }
        jdbc.sql("update staff_security_policy set two_factor_required_admins = ?, changed_at = ?, changed_by = ? where id = 1")
                .params(required, Timestamp.from(clock.instant()), by).update();
        audit.record(AuditKind.SECURITY_POLICY, AuditAction.CHANGED, "twoFactorRequiredForAdmins",
                Map.of("twoFactorRequiredForAdmins", before), Map.of("twoFactorRequiredForAdmins", required));
    }
}
