package ir.shenava.customers.web;

/** Who may do what with customers; used in {@code @PreAuthorize} on every handler. */
final class CustomerAccess {

    /** Every staff role may look customers up (callers and quality staff need them too). */
    static final String VIEW = "hasAnyRole('ADMIN','CEO','SENIOR_MANAGER','MANAGER','TECHNICAL_MANAGER',"
            + "'SALES_EXPERT','TECHNICAL_EXPERT','CALLER','QUALITY_MANAGER')";
    /** Those who meet customers keep their records up to date. */
    static final String EDIT = "hasAnyRole('ADMIN','CEO','SENIOR_MANAGER','MANAGER','TECHNICAL_MANAGER',"
            + "'SALES_EXPERT','TECHNICAL_EXPERT')";
    /** Bulk import and export of the whole customer base. */
    static final String BULK = "hasAnyRole('ADMIN','CEO','SENIOR_MANAGER','MANAGER','TECHNICAL_MANAGER')";

    private CustomerAccess() {
    }
}
