package ir.shenava.intake.internal;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import ir.shenava.intake.Channel;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffSummary;

/**
 * The owner of a new complaint by the rules: the rule for the exact channel and category wins over
 * the channel's catch-all; a rule naming a person names them if active, otherwise the first active
 * holder of the role (in the department, when the rule names one). A staff-behaviour complaint that
 * names the staff member concerned goes to the manager of that person's department ("staff
 * behaviour → the manager of that staff member's department") on the channels routed by category;
 * the CEO page stays with the CEO (policy 6, confidential) and on-site forms with the technical unit
 * manager (policy 2). Whatever the rules say, a CEO-page complaint goes to nobody but a CEO: the
 * administrator's page refuses such a rule, and this also holds for one written into the table by
 * hand. Pure, so every policy case is unit-tested without a database.
 */
final class Routing {

    static final String STAFF_BEHAVIOUR = "STAFF_BEHAVIOUR";
    private static final Set<Channel> BY_CATEGORY = EnumSet.of(Channel.WEB_FORM, Channel.PHONE, Channel.EMAIL, Channel.SURVEY);

    private Routing() {
    }

    interface People {
        Optional<StaffSummary> active(long staffId);

        /** Active holders of a role, sorted by name. */
        List<StaffSummary> withRole(Role role);

        /** Anyone, active or not: the staff member a complaint is about may have left since. */
        Optional<StaffSummary> anyone(long staffId);

        /** The reporting chain above a person, nearest first. */
        List<StaffSummary> managersOf(long staffId);
    }

    static Optional<StaffSummary> ownerOf(Channel channel, String categoryCode, List<RoutingRule> rules, People people) {
        return ownerOf(channel, categoryCode, null, rules, people);
    }

    static Optional<StaffSummary> ownerOf(Channel channel, String categoryCode, Long concernedStaffId,
                                          List<RoutingRule> rules, People people) {
        if (STAFF_BEHAVIOUR.equals(categoryCode) && concernedStaffId != null && BY_CATEGORY.contains(channel)) {
            Optional<StaffSummary> manager = departmentManagerOf(concernedStaffId, people);
            if (manager.isPresent()) {
                return manager;
            }
        }
        Optional<RoutingRule> exact = rules.stream()
                .filter(r -> r.getChannel() == channel && categoryCode != null && categoryCode.equals(r.getCategoryCode()))
                .findFirst();
        Optional<RoutingRule> fallback = rules.stream()
                .filter(r -> r.getChannel() == channel && r.getCategoryCode() == null).findFirst();
        for (Optional<RoutingRule> rule : List.of(exact, fallback)) {
            Optional<StaffSummary> owner = rule.flatMap(r -> resolve(r, people))
                    .filter(o -> channel != Channel.CEO_PAGE || o.hasRole(Role.CEO));
            if (owner.isPresent()) {
                return owner;
            }
        }
        if (channel == Channel.CEO_PAGE) {   // policy 6: confidential, for the CEO's eyes only
            return people.withRole(Role.CEO).stream().findFirst();
        }
        return Optional.empty();
    }

    /**
     * The head of the person's department: the highest active person up the reporting chain who is
     * still in that department. For the head themselves (nobody above in the department), whoever
     * the department reports to — a complaint about a manager never lands on their own desk or below.
     */
    static Optional<StaffSummary> departmentManagerOf(long staffId, People people) {
        Optional<StaffSummary> person = people.anyone(staffId);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        String department = person.get().departmentCode();
        List<StaffSummary> chain = people.managersOf(staffId);
        int above = 0;
        StaffSummary head = null;
        while (department != null && above < chain.size() && Objects.equals(chain.get(above).departmentCode(), department)) {
            if (chain.get(above).active()) {
                head = chain.get(above);
            }
            above++;
        }
        if (head != null) {
            return Optional.of(head);
        }
        return chain.subList(above, chain.size()).stream().filter(StaffSummary::active).findFirst();
    }

    private static Optional<StaffSummary> resolve(RoutingRule rule, People people) {
        if (rule.getTargetStaffId() != null) {
            Optional<StaffSummary> named = people.active(rule.getTargetStaffId());
            if (named.isPresent()) {
                return named;
            }
        }
        if (rule.getTargetRole() == null) {
            return Optional.empty();
        }
        List<StaffSummary> holders = people.withRole(rule.getTargetRole());
        return holders.stream()
                .filter(s -> rule.getDepartmentCode() == null || rule.getDepartmentCode().equals(s.departmentCode()))
                .min(Comparator.comparing(StaffSummary::fullName))
                .or(() -> rule.getDepartmentCode() == null ? Optional.empty() : holders.stream().findFirst());
    }
}
