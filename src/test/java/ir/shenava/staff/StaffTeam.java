package ir.shenava.staff;

import java.util.EnumSet;

import ir.shenava.TestTags;
import ir.shenava.staff.internal.Department;
import ir.shenava.staff.internal.DepartmentRepository;
import ir.shenava.staff.internal.StaffAccounts;

/**
 * A department of its own per test — head ← manager ← expert — for the tests of every channel that
 * routes a staff-behaviour complaint to the head of the concerned person's department. The tag (letters
 * random Latin letters, so no digit-normalisation blurs it) keeps names unique in the shared test database.
 */
public record StaffTeam(String tag, long head, long manager, long expert, String expertName) {

    public static StaffTeam create(StaffAccounts accounts, DepartmentRepository departments) {
        String tag = TestTags.letters(5);
        long department = departments.save(new Department("D_" + tag.toUpperCase(), "واحد " + tag, "Unit " + tag)).getId();
        long head = person(accounts, "head" + tag, "سرپرست " + tag + " واحد", department, null);
        long manager = person(accounts, "mgr" + tag, "مدیر " + tag + " میانی", department, head);
        String expertName = "بهرام " + tag + " سلیمانی";
        long expert = person(accounts, "exp" + tag, expertName, department, manager);
        return new StaffTeam(tag, head, manager, expert, expertName);
    }

    /** An active sales expert; department and manager may be null. */
    public static long person(StaffAccounts accounts, String username, String name, Long department, Long manager) {
        return accounts.create(username, "password-123", new StaffAccounts.Profile(name, null, null, department, manager,
                EnumSet.of(Role.SALES_EXPERT), true)).getId();
    }
}
