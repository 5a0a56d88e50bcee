package ir.shenava.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes one audit entry. Call it inside the transaction of the change it describes: the entry
 * then commits with the change or not at all. The actor is whoever is signed in (none: the system);
 * the address is the current request's. Only the fields that differ between {@code before} and
 * {@code after} are kept, so an entry reads as a compact "field: old → new". Never pass a secret
 * (a password, an API key): pass whether it was changed instead.
 */
@Component
public class AuditTrail {

    private static final int SUBJECT_MAX = 300;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A change made by whoever is signed in. {@code before} null: created; {@code after} null: deleted. */
    public void record(AuditKind kind, AuditAction action, String subject, Map<String, ?> before, Map<String, ?> after) {
        write(currentActor(), kind, action, subject, before, after);
    }

    /** A change whose author is not the signed-in user (a login attempt names the user it was for). */
    public void recordAs(String actor, AuditKind kind, AuditAction action, String subject, Map<String, ?> before,
                         Map<String, ?> after) {
        write(actor, kind, action, subject, before, after);
    }

    private void write(String actor, AuditKind kind, AuditAction action, String subject, Map<String, ?> before,
                       Map<String, ?> after) {
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> is = new LinkedHashMap<>();
        if (before != null) {
            before.forEach((k, v) -> {
                Object now = after == null ? null : after.get(k);
                if (after == null || !Objects.equals(text(v), text(now))) {
                    was.put(k, text(v));
                }
            });
        }
        if (after != null) {
            after.forEach((k, v) -> {
                Object then = before == null ? null : before.get(k);
                if (before == null || !Objects.equals(text(v), text(then))) {
                    is.put(k, text(v));
                }
            });
        }
        jdbc.sql("insert into admin_audit (at, actor, kind, action, subject, before, after, address) "
                        + "values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)")
                .params(Timestamp.from(clock.instant()), cut(actor, 100), kind.name(), action.name(),
                        Objects.requireNonNullElse(cut(subject, SUBJECT_MAX), ""),
                        before == null ? null : json.writeValueAsString(was),
                        after == null ? null : json.writeValueAsString(is), cut(address(), 64))
                .update();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Iterable<?> many) {
            java.util.List<String> items = new java.util.ArrayList<>();
            many.forEach(i -> items.add(String.valueOf(i)));
            java.util.Collections.sort(items);
            return String.join("، ", items);
        }
        return String.valueOf(value);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated() ? null : auth.getName();
    }

    private static String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
