package ir.shenava.staff.twofactor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import ir.shenava.audit.AuditAction;
import ir.shenava.audit.AuditKind;
import ir.shenava.audit.AuditTrail;
import ir.shenava.branding.Branding;
import ir.shenava.platform.Secrets;
import ir.shenava.staff.StaffTwoFactorChanged;
import ir.shenava.staff.internal.Staff;
import ir.shenava.staff.internal.StaffRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member's second factor: the TOTP secret of their authenticator app (encrypted with
 * {@link Secrets}) and their one-time recovery codes. Setting up takes two steps — a new secret,
 * then a code from the app that proves it was scanned — before anyone is asked for a code at login.
 * Every accepted code moves the account's last used step forward in one conditional UPDATE, so a
 * code is accepted once, whichever node sees it.
 */
@Service
@Transactional
public class TwoFactor {

    /** What the person sees while setting up: the secret for typing, the QR code for the camera. */
    public record Setup(String grouped, String uri, String qrDataUrl) {
    }

    public enum Outcome { CODE, RECOVERY_CODE, ALREADY_USED, WRONG }

    /** A typed code checked: which kind matched, and how many recovery codes are left. */
    public record Verification(Outcome outcome, int recoveryCodesLeft) {

        public boolean accepted() {
            return outcome == Outcome.CODE || outcome == Outcome.RECOVERY_CODE;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 160 bits, the size RFC 4226 recommends and the HMAC-SHA1 block's natural key. */
    private static final int SECRET_BYTES = 20;

    private final JdbcClient jdbc;
    private final Secrets secrets;
    private final Clock clock;
    private final StaffRepository staff;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Branding branding;
    private final PasswordEncoder passwords;
    private final TwoFactorPolicy policy;

    TwoFactor(JdbcClient jdbc, Secrets secrets, Clock clock, StaffRepository staff, AuditTrail audit,
              ApplicationEventPublisher events, Branding branding, PasswordEncoder passwords, TwoFactorPolicy policy) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.branding = branding;
        this.passwords = passwords;
        this.policy = policy;
    }

    @Transactional(readOnly = true)
    public boolean isEnabled(long staffId) {
        return jdbc.sql("select count(*) from staff_two_factor where staff_id = ? and confirmed_at is not null")
                .param(staffId).query(Integer.class).single() > 0;
    }

    /** A new secret for the person to scan; an earlier unfinished setup is replaced. */
    public Setup begin(String username) {
        Staff person = person(username);
        if (isEnabled(person.getId())) {
            throw new TwoFactorException("twofactor.alreadyOn");
        }
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        jdbc.sql("""
                insert into staff_two_factor (staff_id, secret, created_at) values (?, ?, ?)
                on conflict (staff_id) do update set secret = excluded.secret, created_at = excluded.created_at,
                   last_used_step = null where staff_two_factor.confirmed_at is null""")
                .params(person.getId(), secrets.encrypt(Base32.encode(secret)), Timestamp.from(clock.instant())).update();
        return setup(person.getUsername(), Base32.encode(secret));
    }

    /** The setup begun and not yet confirmed, to show again (after a wrong code, say). */
    @Transactional(readOnly = true)
    public Optional<Setup> pending(String username) {
        Staff person = person(username);
        return jdbc.sql("select secret from staff_two_factor where staff_id = ? and confirmed_at is null")
                .param(person.getId()).query(String.class).optional()
                .map(stored -> setup(person.getUsername(), secrets.decrypt(stored)));
    }

    /** The code from the app proves the secret was scanned: two-factor is on, and here are the recovery codes (shown once). */
    public List<String> confirm(String username, String typed) {
        Staff person = person(username);
        String stored = jdbc.sql("select secret from staff_two_factor where staff_id = ? and confirmed_at is null")
                .param(person.getId()).query(String.class).optional()
                .orElseThrow(() -> new TwoFactorException("twofactor.setup.none"));
        OptionalLong step = Totp.matchingStep(Base32.decode(secrets.decrypt(stored)), typed, clock.instant());
        if (step.isEmpty()) {
            throw new TwoFactorException("twofactor.code.wrong");
        }
        jdbc.sql("update staff_two_factor set confirmed_at = ?, last_used_step = ? where staff_id = ?")
                .params(Timestamp.from(clock.instant()), step.getAsLong(), person.getId()).update();
        audit.record(AuditKind.STAFF, AuditAction.CHANGED, person.getUsername(), Map.of("twoFactor", "off"),
                Map.of("twoFactor", "on"));
        publish(person, StaffTwoFactorChanged.Change.TURNED_ON, person.getUsername());
        return replaceRecoveryCodes(person.getId());
    }

    /** A code from the app or an unused recovery code (which is then used up). */
    public Verification verify(long staffId, String typed) {
        String stored = jdbc.sql("select secret from staff_two_factor where staff_id = ? and confirmed_at is not null")
                .param(staffId).query(String.class).optional().orElse(null);
        if (stored == null) {
            return new Verification(Outcome.WRONG, 0);
        }
        String digits = Totp.digits(typed);
        if (digits != null && digits.length() == Totp.DIGITS) {
            OptionalLong step = Totp.matchingStep(Base32.decode(secrets.decrypt(stored)), digits, clock.instant());
            if (step.isEmpty()) {
                return new Verification(Outcome.WRONG, recoveryCodesLeft(staffId));
            }
            int moved = jdbc.sql("""
                    update staff_two_factor set last_used_step = :step
                     where staff_id = :id and (last_used_step is null or last_used_step < :step)""")
                    .param("step", step.getAsLong()).param("id", staffId).update();
            return new Verification(moved == 1 ? Outcome.CODE : Outcome.ALREADY_USED, recoveryCodesLeft(staffId));
        }
        String hash = RecoveryCodes.hash(typed);
        int used = hash == null ? 0 : jdbc.sql("""
                update staff_recovery_code set used_at = ? where staff_id = ? and code_hash = ? and used_at is null""")
                .params(Timestamp.from(clock.instant()), staffId, hash).update();
        return new Verification(used == 1 ? Outcome.RECOVERY_CODE : Outcome.WRONG, recoveryCodesLeft(staffId));
    }

    /** Turning off needs the password or a current code; refused while the administrator requires it for the person's role. */
    public void turnOff(String username, String passwordOrCode) {
        Staff person = person(username);
        if (policy.requiredFor(person.getRoles())) {
            throw new TwoFactorException("twofactor.off.required");
        }
        boolean proven = passwordOrCode != null && !passwordOrCode.isEmpty()
                && (passwords.matches(passwordOrCode, person.getPasswordHash()) || verify(person.getId(), passwordOrCode).accepted());
        if (!proven) {
            throw new TwoFactorException("twofactor.off.wrong");
        }
        remove(person);
        audit.record(AuditKind.STAFF, AuditAction.CHANGED, person.getUsername(), Map.of("twoFactor", "on"),
                Map.of("twoFactor", "off"));
        publish(person, StaffTwoFactorChanged.Change.TURNED_OFF, person.getUsername());
    }

    /** Ten new recovery codes in place of the old ones, after a current code from the app. */
    public List<String> renewRecoveryCodes(String username, String code) {
        Staff person = person(username);
        String digits = Totp.digits(code);
        if (digits == null || digits.length() != Totp.DIGITS || !verify(person.getId(), digits).accepted()) {
            throw new TwoFactorException("twofactor.code.wrong");
        }
        audit.record(AuditKind.STAFF, AuditAction.CHANGED, person.getUsername(), Map.of("recoveryCodes", "old"),
                Map.of("recoveryCodes", "renewed"));
        return replaceRecoveryCodes(person.getId());
    }

    /** The administrator's reset for a lost phone: the person signs in with the password alone (and sets up again). */
    public void reset(long staffId, String by) {
        Staff person = staff.findById(staffId).orElseThrow(() -> new TwoFactorException("staff.notFound"));
        if (!isEnabled(staffId)) {
            remove(person);   // an unfinished setup, if any
            return;
        }
        remove(person);
        audit.record(AuditKind.STAFF, AuditAction.CHANGED, person.getUsername(), Map.of("twoFactor", "on"),
                Map.of("twoFactor", "reset"));
        publish(person, StaffTwoFactorChanged.Change.RESET, by);
    }

    @Transactional(readOnly = true)
    public int recoveryCodesLeft(long staffId) {
        return jdbc.sql("select count(*) from staff_recovery_code where staff_id = ? and used_at is null")
                .param(staffId).query(Integer.class).single();
    }

    private List<String> replaceRecoveryCodes(long staffId) {
        jdbc.sql("delete from staff_recovery_code where staff_id = ?").param(staffId).update();
        List<String> codes = RecoveryCodes.generate();
        for (String code : codes) {
            jdbc.sql("insert into staff_recovery_code (staff_id, code_hash) values (?, ?)")
                    .params(staffId, RecoveryCodes.hash(code)).update();
        }
        return codes;
    }

    private void remove(Staff person) {
        jdbc.sql("delete from staff_recovery_code where staff_id = ?").param(person.getId()).update();
        jdbc.sql("delete from staff_two_factor where staff_id = ?").param(person.getId()).update();
    }

    private void publish(Staff person, StaffTwoFactorChanged.Change change, String by) {
        events.publishEvent(new StaffTwoFactorChanged(person.getId(), person.getUsername(), person.getFullName(),
                person.getEmail(), change, by, clock.instant()));
    }

    private Staff person(String username) {
        return staff.findByUsernameIgnoreCase(username).orElseThrow(() -> new TwoFactorException("staff.notFound"));
    }

    /** The issuer shown in the app: the company's Latin name when set (apps show it best), else "Shenava". */
    private Setup setup(String username, String secret) {
        var brand = branding.current();
        String issuer = brand.nameEn() != null && !brand.nameEn().isBlank() ? brand.nameEn().replace(":", "").strip() : "Shenava";
        String label = encode(issuer) + ":" + encode(username);
        String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new Setup(Base32.grouped(secret), uri, QrImage.dataUrl(uri));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
