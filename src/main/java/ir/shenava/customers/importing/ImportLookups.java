package ir.shenava.customers.importing;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the validator needs to know about the database, as functions so the rules can be unit
 * tested without one. Codes and serials are passed in canonical form.
 */
public record ImportLookups(Predicate<String> customerExists,
                            Function<String, Optional<String>> serialOwnerCode,
                            Predicate<String> staffExists,
                            LocalDate today) {
}
