package ir.shenava.staff;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ir.shenava.shared.PersianText;
import ir.shenava.platform.Snapshot;
import ir.shenava.staff.internal.DepartmentRepository;
import ir.shenava.staff.internal.Staff;
import ir.shenava.staff.internal.StaffChanges;
import ir.shenava.staff.internal.StaffRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff module's public questions: who is this, who do they report to, who has a role. The
 * active staff are a {@link Snapshot}: routing reads them for every complaint registered and the
 * inbox for every page drawn, while they change a few times a month.
 */
@Service
public class StaffDirectory {

    private static final Duration SNAPSHOT_LIFE = Duration.ofSeconds(5);

    private final StaffRepository staff;
    private final DepartmentRepository departments;
    private final Snapshot<List<StaffSummary>> active;
    private final Snapshot<Map<Long, String>> names;

    StaffDirectory(StaffRepository staff, DepartmentRepository departments, PlatformTransactionManager transactions) {
        this.staff = staff;
        this.departments = departments;
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.active = new Snapshot<>(SNAPSHOT_LIFE, StaffChanges.VERSION, () -> readOnly.execute(status -> {
            Map<Long, String> codes = departmentCodes();
            return staff.findByActiveTrueOrderByFullName().stream().map(s -> summary(s, codes)).toList();
        }));
        this.names = new Snapshot<>(SNAPSHOT_LIFE, StaffChanges.VERSION, () -> readOnly.execute(status ->
                staff.idsAndNames().stream().collect(Collectors.toUnmodifiableMap(r -> (Long) r[0], r -> (String) r[1]))));
    }

    @Transactional(readOnly = true)
    public Optional<StaffSummary> find(StaffId id) {
        return id == null ? Optional.empty() : staff.findById(id.value()).map(this::summary);
    }

    @Transactional(readOnly = true)
    public Optional<StaffSummary> findByUsername(String username) {
        return staff.findByUsernameIgnoreCase(username).map(this::summary);
    }

    /** Active staff, sorted by name. */
    public List<StaffSummary> active() {
        return active.get();
    }

    /** The person if active. */
    public Optional<StaffSummary> findActive(StaffId id) {
        return active.get().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The signed-in person, from the snapshot: pages ask it on every request. */
    public Optional<StaffSummary> findActiveByUsername(String username) {
        return active.get().stream().filter(s -> s.username().equalsIgnoreCase(username)).findFirst();
    }

    /** Full names of the active staff by id, for pages that show who did what. */
    public Map<Long, String> activeNames() {
        return active.get().stream().collect(Collectors.toMap(s -> s.id().value(), StaffSummary::fullName, (a, b) -> a));
    }

    /**
     * Full names of all staff by id, those who have left included: a complaint they took, a book of
     * forms issued to them or a case they owned still shows who it was.
     */
    public Map<Long, String> names() {
        return names.get();
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
        return active.get().stream().filter(s -> s.roles().contains(role)).toList();
    }

    /** The chain of managers above a person, nearest first; stops at the top or at a loop. */
    @Transactional(readOnly = true)
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

    /**
     * The active staff below a person in the reporting chain (those they may hand work to), read
     * from the active-staff snapshot: no query per person.
     */
    public List<StaffSummary> activeBelow(StaffId id) {
        List<StaffSummary> everyone = active();
        Map<Long, StaffSummary> byId = everyone.stream().collect(Collectors.toMap(s -> s.id().value(), s -> s, (a, b) -> a));
        return everyone.stream().filter(s -> reportsTo(s, id.value(), byId)).toList();
    }

    private static boolean reportsTo(StaffSummary person, long boss, Map<Long, StaffSummary> byId) {
        Set<Long> seen = new HashSet<>();
        StaffSummary current = person;
        while (current != null && current.managerId() != null && seen.add(current.id().value())) {
            if (current.managerId().value() == boss) {
                return true;
            }
            current = byId.get(current.managerId().value());
        }
        return false;
    }

    /**
     * Department names by code in the reader's language (Persian unless English was chosen), sorted
     * by Persian name; deactivated departments too, as old records still name them.
     */
    @Transactional(readOnly = true)
    public Map<String, String> departmentNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        departments.findAllByOrderByNameFa().forEach(d -> names.put(d.getCode(), d.name(locale)));
        return names;
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
