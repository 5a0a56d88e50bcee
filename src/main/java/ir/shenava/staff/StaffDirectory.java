package ir.shenava.staff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.Set;

import ir.shenava.shared.PersianText;
import ir.shenava.staff.internal.DepartmentRepository;
import ir.shenava.staff.internal.Staff;
import ir.shenava.staff.internal.StaffRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff module's public questions: who is this, who do they report to, who has a role. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    private final StaffRepository staff;
    private final DepartmentRepository departments;

    StaffDirectory(StaffRepository staff, DepartmentRepository departments) {
        this.staff = staff;
        this.departments = departments;
    }

    public Optional<StaffSummary> find(StaffId id) {
        return id == null ? Optional.empty() : staff.findById(id.value()).map(this::summary);
    }

    public Optional<StaffSummary> findByUsername(String username) {
        return staff.findByUsernameIgnoreCase(username).map(this::summary);
    }

    /** Active staff, sorted by name. */
    public List<StaffSummary> active() {
        Map<Long, String> codes = departmentCodes();
        return staff.findByActiveTrueOrderByFullName().stream().map(s -> summary(s, codes)).toList();
    }

    /** Full names of the active staff by id, for pages that show who did what. */
    public Map<Long, String> activeNames() {
        return staff.findByActiveTrueOrderByFullName().stream()
                .collect(Collectors.toMap(Staff::getId, Staff::getFullName, (a, b) -> a));
    }

    /**
     * The one active staff member whose name holds every word typed ("رستمی", "حمید رستمي"), with
     * ي/ی, ك/ک and half-spaces ignored; empty when nobody or more than one person matches.
     */
    public Optional<StaffSummary> activeByName(String typed) {
        Set<String> words = words(typed);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<Staff> matches = staff.findByActiveTrueOrderByFullName().stream()
                .filter(s -> words(s.getFullName()).containsAll(words)).limit(2).toList();
        return matches.size() == 1 ? Optional.of(summary(matches.get(0))) : Optional.empty();
    }

    private static Set<String> words(String text) {
        String key = PersianText.searchKey(text == null ? "" : text.replace('\u200c', ' '));
        return Arrays.stream(key.split("\\s+")).filter(w -> !w.isBlank()).collect(Collectors.toSet());
    }

    /** Active staff holding a role, sorted by name. */
    public List<StaffSummary> activeWithRole(Role role) {
        Map<Long, String> codes = departmentCodes();
        return staff.findActiveWithRole(role).stream().map(s -> summary(s, codes)).toList();
    }

    /** The chain of managers above a person, nearest first; stops at the top or at a loop. */
    public List<StaffSummary> managersOf(StaffId id) {
        List<StaffSummary> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        seen.add(id.value());
        Optional<Staff> current = staff.findById(id.value());
        while (current.isPresent() && current.get().getManagerId() != null && seen.add(current.get().getManagerId())) {
            current = staff.findById(current.get().getManagerId());
            current.ifPresent(s -> chain.add(summary(s)));
        }
        return chain;
    }

    /** One query for all department codes, not one per person in a list. */
    private Map<Long, String> departmentCodes() {
        return departments.findAll().stream().collect(Collectors.toMap(d -> d.getId(), d -> d.getCode()));
    }

    private StaffSummary summary(Staff s) {
        return summary(s, s.getDepartmentId() == null ? Map.of()
                : departments.findById(s.getDepartmentId()).map(d -> Map.of(d.getId(), d.getCode())).orElse(Map.of()));
    }

    private StaffSummary summary(Staff s, Map<Long, String> departmentCodes) {
        String department = s.getDepartmentId() == null ? null : departmentCodes.get(s.getDepartmentId());
        return new StaffSummary(new StaffId(s.getId()), s.getUsername(), s.getFullName(), s.getEmail(), s.getMobile(),
                department, StaffId.of(s.getManagerId()), s.getRoles(), s.isActive());
    }
}
