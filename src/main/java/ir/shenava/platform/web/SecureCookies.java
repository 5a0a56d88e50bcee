package ir.shenava.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every cookie of a request that came over HTTPS is marked Secure — also behind a TLS proxy, where
 * Tomcat learns the scheme from {@code X-Forwarded-Proto} ({@code server.forward-headers-strategy=native}).
 * Tomcat and Spring Security already do so for the session and the form token; this catches the
 * rest (the language cookie), so no cookie set over HTTPS can leak over plain HTTP.
 */
final class SecureCookies extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, request.isSecure() ? new SecureResponse(response) : response);
    }

    private static final class SecureResponse extends HttpServletResponseWrapper {

        SecureResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookie.setSecure(true);
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, secure(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, secure(name, value));
        }

        private static String secure(String name, String value) {
            return HttpHeaders.SET_COOKIE.equalsIgnoreCase(name) && value != null
                    && !value.toLowerCase(Locale.ROOT).contains("; secure") ? value + "; Secure" : value;
        }
    }
}
