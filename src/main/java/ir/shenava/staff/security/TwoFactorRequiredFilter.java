package ir.shenava.staff.security;

import java.io.IOException;

import ir.shenava.platform.PublicEndpoints;
import ir.shenava.staff.twofactor.TwoFactorPolicy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Where the administrator requires two-factor login for the person's role and they have not set it
 * up, every page leads to the setup page until they have (the forced password change comes first).
 */
class TwoFactorRequiredFilter extends OncePerRequestFilter {

    static final String SETUP_PAGE = "/account/two-factor";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && mustSetUp(auth)
                && !allowed(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.sendRedirect(request.getContextPath() + SETUP_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mustSetUp(Authentication auth) {
        return auth.getAuthorities().stream().anyMatch(a -> TwoFactorPolicy.SETUP_REQUIRED.equals(a.getAuthority()));
    }

    private static boolean allowed(String path) {
        return path.equals(SETUP_PAGE) || path.startsWith(SETUP_PAGE + "/") || path.equals(PasswordChangeRequiredFilter.CHANGE_PAGE)
                || path.equals("/logout") || PublicEndpoints.isStaticFile(path) || path.startsWith("/error") || path.equals("/lang");
    }
}
