package ir.shenava.intake.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import ir.shenava.intake.Channel;
import ir.shenava.staff.StaffSummary;

/**
 * The owner of a new complaint by the rules: the rule for the exact channel and category wins over
 * the channel's catch-all; a rule naming a person names them if active, otherwise the first active
 * holder of the role (in the department, when the rule names one). Pure, so every policy case is
 * unit-tested without a database.
 */
final class Routing {

    private Routing() {
    }

    interface People {
        Optional<StaffSummary> active(long staffId);

        /** Active holders of a role, sorted by name. */
        List<StaffSummary> withRole(ir.shenava.staff.Role role);
    }

    static Optional<StaffSummary> ownerOf(Channel channel, String categoryCode, List<RoutingRule> rules, People people) {
        Optional<RoutingRule> exact = rules.stream()
                .filter(r -> r.getChannel() == channel && categoryCode != null && categoryCode.equals(r.getCategoryCode()))
                .findFirst();
        Optional<RoutingRule> fallback = rules.stream()
                .filter(r -> r.getChannel() == channel && r.getCategoryCode() == null).findFirst();
        for (Optional<RoutingRule> rule : List.of(exact, fallback)) {
            Optional<StaffSummary> owner = rule.flatMap(r -> resolve(r, people));
            if (owner.isPresent()) {
                return owner;
            }
        }
        return Optional.empty();
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
