package ir.shenava.customers.importing;

/** What a confirmed import did. Serializable: it is a flash attribute, kept in the session table until the next page. */
public record ImportOutcome(ImportKind kind, int created, int updated) implements java.io.Serializable {
}
