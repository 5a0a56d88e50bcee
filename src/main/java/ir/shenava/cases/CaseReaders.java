package ir.shenava.cases;

import java.util.Collection;
import java.util.Set;

import ir.shenava.cases.internal.Actor;
import ir.shenava.cases.internal.CaseLists;
import ir.shenava.staff.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read a case now: for pages of other modules that show something of a case (a notification
 * naming its instructions, say), so that someone who has left a confidential case's chain stops
 * seeing its content there too. The rule is the case list's.
 */
@Service
@Transactional(readOnly = true)
public class CaseReaders {

    private final CaseLists lists;

    CaseReaders(CaseLists lists) {
        this.lists = lists;
    }

    /** Of {@code caseIds}, the confidential cases the staff member with these roles may not read (any more). */
    public Set<Long> confidentialWithheld(long staffId, Set<Role> roles, Collection<Long> caseIds) {
        return lists.confidentialWithheld(new Actor(staffId, roles), caseIds);
    }
}
