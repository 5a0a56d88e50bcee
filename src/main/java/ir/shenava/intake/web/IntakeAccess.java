package ir.shenava.intake.web;

/** Who may use the staff side of intake; used in {@code @PreAuthorize}. */
final class IntakeAccess {

    /** Every staff role: experts and managers alike take calls (policy 1); lists filter by visibility. */
    static final String STAFF = "hasAnyRole('ADMIN','CEO','SENIOR_MANAGER','MANAGER','TECHNICAL_MANAGER',"
            + "'SALES_EXPERT','TECHNICAL_EXPERT','CALLER','QUALITY_MANAGER')";

    private IntakeAccess() {
    }
}
