package ir.shenava.intake.web;

/** Who may use the staff side of intake; used in {@code @PreAuthorize}. */
final class IntakeAccess {

    /** Every staff role: experts and managers alike take calls (policy 1); lists filter by visibility. */
    static final String STAFF = "hasAnyRole('ADMIN','CEO','SENIOR_MANAGER','MANAGER','TECHNICAL_MANAGER',"
            + "'SALES_EXPERT','TECHNICAL_EXPERT','CALLER','QUALITY_MANAGER')";

    /**
     * The complaint inbox and complaint pages: every staff role but the caller, whose work is the
     * follow-up calls (issue 12 §6). A caller still registers a complaint heard on the phone.
     */
    static final String INBOX = "hasAnyRole('ADMIN','CEO','SENIOR_MANAGER','MANAGER','TECHNICAL_MANAGER',"
            + "'SALES_EXPERT','TECHNICAL_EXPERT','QUALITY_MANAGER')";

    /**
     * Linking an unmatched complainant to a customer, or making one (issue 15 §13): those who may
     * edit customers and open the inbox (the customers module's editors).
     */
    static final String MATCH = "hasAnyRole('ADMIN','CEO','SENIOR_MANAGER','MANAGER','TECHNICAL_MANAGER',"
            + "'SALES_EXPERT','TECHNICAL_EXPERT')";

    private IntakeAccess() {
    }
}
