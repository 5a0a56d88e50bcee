package ir.shenava.staff.apikeys;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a call to {@code /api/**} by its key, sent as {@code Authorization: Bearer <key>}
 * or {@code X-Api-Key: <key>}. The authorities are the key's scopes ({@code SCOPE_...}); the
 * principal's name is {@code api:<prefix>}, which records made through the API carry as author.
 * Not a bean on purpose: Boot would register it for every request of the web application.
 */
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Api-Key";
    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final ApiProblems problems;

    public ApiKeyAuthenticationFilter(ApiKeys keys, ApiProblems problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> presented = presentedKey(request);
        if (presented.isPresent()) {
            var key = keys.authenticate(presented.get());
            if (key.isEmpty()) {
                problems.commence(request, response, new ApiProblems.RejectedKeyException());
                return;
            }
            List<SimpleGrantedAuthority> authorities = key.get().getScopes().stream()
                    .map(s -> new SimpleGrantedAuthority(s.authority())).toList();
            var authentication = new PreAuthenticatedAuthenticationToken("api:" + key.get().getKeyPrefix(), null,
                    authorities);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> presentedKey(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(header.substring(BEARER.length()).strip()).filter(s -> !s.isEmpty());
        }
        return Optional.ofNullable(request.getHeader(HEADER)).map(String::strip).filter(s -> !s.isEmpty());
    }
}
