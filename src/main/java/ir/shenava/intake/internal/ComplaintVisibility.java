package ir.shenava.intake.internal;

import java.util.List;
import java.util.Set;

import ir.shenava.staff.Role;

/**
 * Who may see which complaint. Managers see every complaint except those sent to the CEO; a
 * CEO-page complaint is seen only by the CEO; anyone sees the complaints they took or own, and the
 * people a complaint was handed to along the delegation chain (complaint_access, kept by the cases
 * module through ComplaintFollowUp) see it too, a confidential one included. Admins are not managers here.
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

    /** @param onDelegationChain whether complaint_access lists this viewer for the complaint */
    public boolean maySee(Complaint c, boolean onDelegationChain) {
        boolean involved = onDelegationChain || Long.valueOf(staffId).equals(c.getOwnerId())
                || Long.valueOf(staffId).equals(c.getReceivedBy());
        return involved || (c.isConfidential() ? isCeo() : seesAllOrdinary());
    }

    /**
     * The same rule as SQL, for lists; its parameters are {@link #sqlArgs()}. The delegation chain is
     * an EXISTS on complaint_access's primary key (complaint_id, staff_id): one index probe a row.
     */
    static final String SQL = "(? = c.owner_id or ? = c.received_by or (c.confidential and ?) or (not c.confidential and ?)"
            + " or exists (select 1 from complaint_access a where a.complaint_id = c.id and a.staff_id = ?))";

    List<Object> sqlArgs() {
        return List.of(staffId, staffId, isCeo(), seesAllOrdinary(), staffId);
    }
}
