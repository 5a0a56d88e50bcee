package ir.shenava.customers.importing;

/** How a previewed batch is confirmed: everything (only if there is no error) or just the valid rows. */
public enum ImportMode {
    ALL, VALID_ONLY
}
