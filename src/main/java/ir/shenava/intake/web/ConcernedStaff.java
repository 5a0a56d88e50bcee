package ir.shenava.intake.web;

import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * "Staff member concerned" on the complaint forms: staff pick a person from the active staff; the
 * public form takes a typed name, which counts only when it fits exactly one active person.
 */
@Component
class ConcernedStaff {

    static final String FIELD = "concernedStaffId";

    private final StaffDirectory staff;

    ConcernedStaff(StaffDirectory staff) {
        this.staff = staff;
    }

    /** The choices of a staff form (the fragment shows a list instead of a text box when present). */
    void offer(Model model) {
        model.addAttribute("concernedStaffChoices", staff.active());
    }

    /** A chosen id must be an active staff member (a stale or tampered form otherwise). */
    void check(Long staffId, BindingResult result) {
        if (staffId != null && staff.find(new StaffId(staffId)).filter(StaffSummary::active).isEmpty()) {
            result.rejectValue(FIELD, "intake.concernedStaff.unknown");
        }
    }

    /** The typed name's person, or null when the name fits nobody or several people. */
    Long match(String typedName) {
        return typedName == null || typedName.isBlank() ? null
                : staff.activeByName(typedName).map(s -> s.id().value()).orElse(null);
    }
}
