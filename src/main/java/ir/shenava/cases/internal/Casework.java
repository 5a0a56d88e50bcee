package ir.shenava.cases.internal;

import java.util.EnumSet;
import java.util.Set;

import ir.shenava.staff.Role;
import ir.shenava.staff.StaffSummary;

/**
 * Who does casework, and so may be handed a case: the managers and experts. An administrator or a
 * caller who holds no other role does none (issue 15 §4), and is neither offered nor accepted.
 */
public final class Casework {

    static final Set<Role> ROLES = EnumSet.of(Role.CEO, Role.SENIOR_MANAGER, Role.MANAGER, Role.TECHNICAL_MANAGER,
            Role.SALES_EXPERT, Role.TECHNICAL_EXPERT, Role.QUALITY_MANAGER);

    private Casework() {
    }

    public static boolean does(StaffSummary person) {
        return person.roles().stream().anyMatch(ROLES::contains);
    }

    /** The message keys of the person's casework roles, in their declared order, for the «ارجاع به» list. */
    public static java.util.List<String> messageKeys(StaffSummary person) {
        return person.roles().stream().filter(ROLES::contains).map(Role::messageKey).toList();
    }
}
