package ir.shenava.intake.internal;

import java.util.Set;

import ir.shenava.staff.Role;

/**
 * Who may see which complaint. Managers see every complaint except those sent to the CEO; a
 * CEO-page complaint is seen only by the CEO and by its owner (the delegation chain of the cases
 * module will widen this); anyone sees the complaints they took or own. Admins are not managers here.
 */
public record ComplaintVisibility(long staffId, Set<Role> roles) {

    private static final Set<Role> MANAGERS = Set.of(Role.CEO, Role.SENIOR_MANAGER, Role.MANAGER,
            Role.TECHNICAL_MANAGER, Role.QUALITY_MANAGER);

    public boolean seesAllOrdinary() {
        return roles.stream().anyMatch(MANAGERS::contains);
    }

    public boolean isCeo() {
        return roles.contains(Role.CEO);
    }

    public boolean maySee(Complaint c) {
        boolean involved = Long.valueOf(staffId).equals(c.getOwnerId()) || Long.valueOf(staffId).equals(c.getReceivedBy());
        if (c.isConfidential()) {
            return isCeo() || involved;
        }
        return seesAllOrdinary() || involved;
    }

    /** The same rule as SQL, for lists: parameters are (staffId, staffId, isCeo, staffId, staffId, seesAll). */
    static final String SQL = "((c.confidential and (? = c.owner_id or ? = c.received_by or ?)) "
            + "or (not c.confidential and (? = c.owner_id or ? = c.received_by or ?)))";
}
