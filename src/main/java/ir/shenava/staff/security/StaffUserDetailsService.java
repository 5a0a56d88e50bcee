package ir.shenava.staff.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import ir.shenava.staff.internal.Staff;
import ir.shenava.staff.internal.StaffRepository;
import ir.shenava.staff.twofactor.TwoFactor;
import ir.shenava.staff.twofactor.TwoFactorPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a staff member for login; an inactive or locked account cannot sign in. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    /** Granted until the person replaces the password an administrator gave them. */
    static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final StaffRepository staff;
    private final Clock clock;
    private final TwoFactorPolicy twoFactorPolicy;
    private final TwoFactor twoFactor;

    StaffUserDetailsService(StaffRepository staff, Clock clock, TwoFactorPolicy twoFactorPolicy, TwoFactor twoFactor) {
        this.staff = staff;
        this.clock = clock;
        this.twoFactorPolicy = twoFactorPolicy;
        this.twoFactor = twoFactor;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Staff person = staff.findByUsernameIgnoreCase(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return User.withUsername(person.getUsername())
                .password(person.getPasswordHash())
                .authorities(authorities(person))
                .disabled(!person.isActive())
                .accountLocked(person.isLockedAt(clock.instant()))
                .build();
    }

    private List<GrantedAuthority> authorities(Staff person) {
        List<GrantedAuthority> list = new ArrayList<>();
        person.getRoles().forEach(r -> list.add(new SimpleGrantedAuthority(r.authority())));
        if (person.isMustChangePassword()) {
            list.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
        }
        if (twoFactorPolicy.requiredFor(person.getRoles()) && !twoFactor.isEnabled(person.getId())) {
            list.add(new SimpleGrantedAuthority(TwoFactorPolicy.SETUP_REQUIRED));
        }
        return list;
    }
}
