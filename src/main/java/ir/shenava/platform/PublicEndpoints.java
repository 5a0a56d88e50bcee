package ir.shenava.platform;

import java.util.List;

/**
 * Address patterns a module opens to everyone (no login), declared as a bean by the module that
 * owns them so that the security configuration never has to know other modules' pages.
 */
public record PublicEndpoints(List<String> patterns) {

    /** Where static files are served (webjars, our own under {@code spring.mvc.static-path-pattern}). */
    public static final List<String> STATIC_FILE_PREFIXES = List.of("/webjars/", "/assets/");

    public static PublicEndpoints of(String... patterns) {
        return new PublicEndpoints(List.of(patterns));
    }

    /** Whether a path (after the context path) is a static file's. */
    public static boolean isStaticFile(String path) {
        return STATIC_FILE_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
