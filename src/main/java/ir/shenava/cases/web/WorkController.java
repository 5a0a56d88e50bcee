package ir.shenava.cases.web;

import java.util.List;

import ir.shenava.cases.CaseState;
import ir.shenava.cases.SlaState;
import ir.shenava.cases.internal.Actor;
import ir.shenava.cases.internal.CaseLists;
import ir.shenava.cases.internal.WorkList;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My work", the staff member's home: a to-do list of each case once, grouped by what they must do
 * now and sorted by what falls due first ({@link WorkList}). And the full case list.
 */
@Controller
@PreAuthorize(CaseActors.STAFF)
class WorkController {

    private static final int PAGE_SIZE = 25;

    private final CaseLists lists;
    private final WorkList workList;
    private final CaseActors actors;
    private final StaffDirectory staff;

    WorkController(CaseLists lists, WorkList workList, CaseActors actors, StaffDirectory staff) {
        this.lists = lists;
        this.workList = workList;
        this.actors = actors;
        this.staff = staff;
    }

    @GetMapping("/work")
    String work(Authentication auth, Model model) {
        Actor me = actors.of(auth);
        List<WorkList.Section> sections = workList.of(me, me.isManager() ? colleagues(me) : List.of());
        model.addAttribute("sections", sections);
        model.addAttribute("total", sections.stream().mapToInt(s -> s.items().size()).sum());
        model.addAttribute("overdue", sections.stream().mapToLong(WorkList.Section::overdue).sum());
        model.addAttribute("staffNames", staff.names());
        return "cases/work";
    }

    @GetMapping("/cases")
    String list(@RequestParam(required = false) CaseState state, @RequestParam(required = false) SlaState sla,
                @RequestParam(required = false) Long ownerId, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Authentication auth, Model model) {
        CaseLists.Filter filter = new CaseLists.Filter(state, sla, ownerId, q);
        model.addAttribute("filter", filter);
        model.addAttribute("page", lists.page(filter, actors.of(auth), Math.max(0, page), PAGE_SIZE));
        model.addAttribute("states", CaseState.values());
        model.addAttribute("slaStates", SlaState.values());
        model.addAttribute("owners", staff.active());
        model.addAttribute("staffNames", staff.activeNames());
        return "cases/list";
    }

    /** The people of the manager's department, other than the manager. */
    private List<Long> colleagues(Actor me) {
        String department = staff.find(new StaffId(me.staffId())).map(StaffSummary::departmentCode).orElse(null);
        if (department == null) {
            return List.of();
        }
        return staff.active().stream().filter(s -> department.equals(s.departmentCode()) && s.id().value() != me.staffId())
                .map(s -> s.id().value()).toList();
    }
}
