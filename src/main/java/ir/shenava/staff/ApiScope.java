package ir.shenava.staff;

/**
 * What a system holding an API key may do. A key carries one or more scopes; a request made with
 * it has the authority {@link #authority()} of each.
 */
public enum ApiScope {
    SERVICE_RECORDS_WRITE, COMPLAINTS_WRITE;

    /** The Spring Security authority, as used in {@code hasAuthority('SCOPE_...')}. */
    public String authority() {
        return "SCOPE_" + name();
    }

    public String messageKey() {
        return "apikey.scope." + name();
    }
}
