package ir.shenava.platform.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The roles of whoever is signed in, as {@code #roles} in templates ({@link TemplateObjects}). */
public final class SignedInRoles {

    private static final SignedInRoles NOBODY = new SignedInRoles(false, Set.of());

    private final boolean signedIn;
    private final Set<String> authorities;

    private SignedInRoles(boolean signedIn, Set<String> authorities) {
        this.signedIn = signedIn;
        this.authorities = authorities;
    }

    static SignedInRoles of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return NOBODY;
        }
        return new SignedInRoles(true, authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet()));
    }

    public boolean isSignedIn() {
        return signedIn;
    }

    /** True if the user holds at least one of the roles (names without the {@code ROLE_} prefix). */
    public boolean any(String... roles) {
        for (String role : roles) {
            if (authorities.contains("ROLE_" + role)) {
                return true;
            }
        }
        return false;
    }
}
