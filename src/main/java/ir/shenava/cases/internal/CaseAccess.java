package ir.shenava.cases.internal;

import java.util.List;

/**
 * Who may see and who may act on a case. A confidential case (the CEO page) is seen by the CEO and
 * by the people on its chain only — the owner, those it was handed to, whoever it was escalated to;
 * an ordinary case by every manager as well. The owner and senior managers move it through its
 * steps; people it was handed to work on it (log, hand further down, report back).
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    public static boolean onChain(ComplaintCase c, Actor a, List<Assignment> assignments) {
        return onChain(c, a.staffId(), assignments);
    }

    /** The owner, whoever it was escalated to, and everyone on an assignment not taken back. */
    static boolean onChain(ComplaintCase c, long staffId, List<Assignment> assignments) {
        return Long.valueOf(staffId).equals(c.getOwnerId()) || Long.valueOf(staffId).equals(c.getEscalatedTo())
                || assignments.stream().anyMatch(d -> d.getState() != Assignment.State.TAKEN_BACK
                && (d.getToStaff() == staffId || d.getFromStaff() == staffId));
    }

    /** Everyone on the live chain: the owner, whoever it was escalated to, both ends of every task not taken back. */
    static java.util.Set<Long> chain(ComplaintCase c, List<Assignment> assignments) {
        java.util.Set<Long> people = new java.util.TreeSet<>();
        if (c.getOwnerId() != null) {
            people.add(c.getOwnerId());
        }
        if (c.getEscalatedTo() != null) {
            people.add(c.getEscalatedTo());
        }
        assignments.stream().filter(d -> d.getState() != Assignment.State.TAKEN_BACK).forEach(d -> {
            people.add(d.getFromStaff());
            people.add(d.getToStaff());
        });
        return people;
    }

    public static boolean maySee(ComplaintCase c, Actor a, List<Assignment> assignments) {
        if (a.isCeo() || onChain(c, a, assignments)) {
            return true;
        }
        return !c.isConfidential() && a.isManager();
    }

    /**
     * May take the case's steps: its owner, or a senior manager who sees it — unless that senior
     * manager holds a task on it: a delegate reports back, hands down or asks for help, and never
     * takes the owner's steps (assess, reject, decide) on the work given to her (issue 15 §4).
     */
    public static boolean mayDecide(ComplaintCase c, Actor a, List<Assignment> assignments) {
        return Long.valueOf(a.staffId()).equals(c.getOwnerId())
                || (a.isSenior() && maySee(c, a, assignments) && !isDelegate(c, a, assignments));
    }

    /** Holds an active task on the case without owning it. */
    public static boolean isDelegate(ComplaintCase c, Actor a, List<Assignment> assignments) {
        return !Long.valueOf(a.staffId()).equals(c.getOwnerId())
                && assignments.stream().anyMatch(d -> d.isActive() && d.getToStaff() == a.staffId());
    }

    /** May write in the log and hand the work further down: deciders and anyone holding an active task. */
    public static boolean mayWork(ComplaintCase c, Actor a, List<Assignment> assignments) {
        return mayDecide(c, a, assignments)
                || assignments.stream().anyMatch(d -> d.isActive() && d.getToStaff() == a.staffId());
    }
}
