package ir.shenava.staff.security;

import ir.shenava.platform.PublicEndpoints;
import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Until a person replaces an administrator-given password, every page leads to the change form. */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/account/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && mustChange(auth) && !allowed(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mustChange(Authentication auth) {
        return auth.getAuthorities().stream()
                .anyMatch(a -> StaffUserDetailsService.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
    }

    private static boolean allowed(String path) {
        return path.equals(CHANGE_PAGE) || path.equals("/logout") || PublicEndpoints.isStaticFile(path)
                || path.startsWith("/error") || path.equals("/lang");
    }
}
