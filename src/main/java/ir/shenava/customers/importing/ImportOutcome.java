package ir.shenava.customers.importing;

/** What a confirmed import did. */
public record ImportOutcome(ImportKind kind, int created, int updated) {
}
