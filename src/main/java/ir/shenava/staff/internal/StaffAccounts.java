package ir.shenava.staff.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;

import ir.shenava.audit.AuditAction;
import ir.shenava.audit.AuditKind;
import ir.shenava.audit.AuditTrail;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.staff.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Commands on staff accounts: create, edit, reset and change passwords. */
@Service
@Transactional
public class StaffAccounts {

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffRepository staff;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AuditTrail audit;

    StaffAccounts(StaffRepository staff, PasswordEncoder passwordEncoder, Clock clock, AuditTrail audit) {
        this.staff = staff;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The data an administrator enters for a person; mobile may be typed in any digits. */
    public record Profile(String fullName, String email, String mobile, Long departmentId, Long managerId,
                          Set<Role> roles, boolean active) {
    }

    /** Creates an account with a temporary password that must be changed at first login. */
    public Staff create(String username, String temporaryPassword, Profile profile) {
        if (staff.existsByUsernameIgnoreCase(username.trim())) {
            throw new StaffRuleException("staff.username.taken");
        }
        Staff person = new Staff(username, passwordEncoder.encode(temporaryPassword), clock.instant());
        apply(person, profile);
        Staff saved = staff.save(person);
        audit.record(AuditKind.STAFF, AuditAction.CREATED, saved.getUsername(), null, described(saved));
        return saved;
    }

    public Staff update(long id, Profile profile) {
        Staff person = staff.findById(id).orElseThrow(() -> new StaffRuleException("staff.notFound"));
        var before = described(person);
        apply(person, profile);
        audit.record(AuditKind.STAFF, AuditAction.CHANGED, person.getUsername(), before, described(person));
        return person;
    }

    public void resetPassword(long id, String temporaryPassword) {
        Staff person = staff.findById(id).orElseThrow(() -> new StaffRuleException("staff.notFound"));
        person.assignTemporaryPassword(passwordEncoder.encode(temporaryPassword));
        audit.record(AuditKind.STAFF, AuditAction.CHANGED, person.getUsername(), java.util.Map.of("password", "-"),
                java.util.Map.of("password", "reset"));
    }

    /** What the audit shows of a person: never the password. */
    static java.util.Map<String, Object> described(Staff p) {
        java.util.Map<String, Object> d = new java.util.LinkedHashMap<>();
        d.put("fullName", p.getFullName());
        d.put("email", p.getEmail());
        d.put("mobile", p.getMobile());
        d.put("departmentId", p.getDepartmentId());
        d.put("managerId", p.getManagerId());
        d.put("roles", p.getRoles() == null ? java.util.List.of() : p.getRoles().stream().map(Enum::name).sorted().toList());
        d.put("active", p.isActive());
        return d;
    }

    /** The signed-in person's own change; the current password must match and the new one differ. */
    public void changeOwnPassword(String username, String current, String next) {
        Staff person = staff.findByUsernameIgnoreCase(username).orElseThrow(() -> new StaffRuleException("staff.notFound"));
        if (!passwordEncoder.matches(current, person.getPasswordHash())) {
            throw new StaffRuleException("password.current.wrong");
        }
        if (passwordEncoder.matches(next, person.getPasswordHash())) {
            throw new StaffRuleException("password.same");
        }
        person.changeOwnPassword(passwordEncoder.encode(next));
    }

    public static String randomPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    private void apply(Staff person, Profile p) {
        if (p.managerId() != null && createsLoop(person.getId(), p.managerId())) {
            throw new StaffRuleException("staff.manager.loop");
        }
        String mobile = p.mobile() == null || p.mobile().isBlank() ? null : PhoneNumber.parse(p.mobile()).e164();
        person.updateProfile(p.fullName(), p.email(), mobile, p.departmentId(), p.managerId(), p.roles(), p.active());
    }

    /** True when making {@code managerId} the manager of {@code id} would close a loop in the chain. */
    private boolean createsLoop(Long id, Long managerId) {
        if (id == null) {
            return false;
        }
        Long current = managerId;
        for (int depth = 0; current != null && depth < 100; depth++) {
            if (current.equals(id)) {
                return true;
            }
            current = staff.findById(current).map(Staff::getManagerId).orElse(null);
        }
        return false;
    }
}
