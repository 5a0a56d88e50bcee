package ir.shenava.platform;

import java.util.List;

/**
 * Address patterns a module opens to everyone (no login), declared as a bean by the module that
 * owns them so that the security configuration never has to know other modules' pages.
 */
public record PublicEndpoints(List<String> patterns) {

    public static PublicEndpoints of(String... patterns) {
        return new PublicEndpoints(List.of(patterns));
    }
}
