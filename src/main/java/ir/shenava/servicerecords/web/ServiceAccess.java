package ir.shenava.servicerecords.web;

/** Who may do what with service records; used in {@code @PreAuthorize} on every handler. */
public final class ServiceAccess {

    /** Every staff role may read the documentation of services (callers prepare their calls with it). */
    public static final String VIEW = "hasAnyRole('ADMIN','CEO','SENIOR_MANAGER','MANAGER','TECHNICAL_MANAGER',"
            + "'SALES_EXPERT','TECHNICAL_EXPERT','CALLER','QUALITY_MANAGER')";
    /** Those who perform or manage services record them. */
    public static final String EDIT = "hasAnyRole('ADMIN','CEO','SENIOR_MANAGER','MANAGER','TECHNICAL_MANAGER',"
            + "'SALES_EXPERT','TECHNICAL_EXPERT')";
    /** Managers see every scan; an expert sees the scans of their own services (checked in code). */
    public static final String ALL_SCANS = "hasAnyRole('ADMIN','CEO','SENIOR_MANAGER','MANAGER','TECHNICAL_MANAGER',"
            + "'QUALITY_MANAGER')";
    /** The CEO's sample review of confirmation forms, or the quality manager as the CEO's delegate (policy 6). */
    public static final String REVIEW = "hasAnyRole('CEO','QUALITY_MANAGER')";
    /** Bulk import from the accounting/ERP system. */
    public static final String IMPORT = "hasAnyRole('ADMIN','SENIOR_MANAGER','MANAGER','TECHNICAL_MANAGER')";

    private ServiceAccess() {
    }
}
