package ir.shenava.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import ir.shenava.intake.Channel;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every policy case of routing on receipt, on the rules shipped in V12__complaints.sql. */
class RoutingTest {

    static final StaffSummary CEO = person(1, "ceo", "MANAGEMENT", Role.CEO);
    static final StaffSummary SALES_HEAD = person(2, "sales.head", "SALES", Role.SENIOR_MANAGER, Role.MANAGER);
    static final StaffSummary TECH_HEAD = person(3, "tech.head", "TECHNICAL", Role.SENIOR_MANAGER, Role.TECHNICAL_MANAGER);
    static final StaffSummary SERVICE_HEAD = person(4, "service.head", "AFTER_SALES", Role.SENIOR_MANAGER, Role.MANAGER);
    static final StaffSummary QUALITY = person(5, "quality", "QUALITY", Role.QUALITY_MANAGER);
    static final StaffSummary DEPUTY = person(6, "deputy", "MANAGEMENT", Role.SENIOR_MANAGER);
    static final StaffSummary SALES_MGR = person(7, "sales.mgr", "SALES", Role.MANAGER);
    static final List<StaffSummary> COMPANY = List.of(CEO, SALES_HEAD, TECH_HEAD, SERVICE_HEAD, QUALITY, DEPUTY, SALES_MGR);

    static final List<RoutingRule> SHIPPED = List.of(
            rule(Channel.WEB_FORM, "SALES", Role.SENIOR_MANAGER, "SALES"),
            rule(Channel.WEB_FORM, "INSTALLATION", Role.TECHNICAL_MANAGER, null),
            rule(Channel.WEB_FORM, "TRAINING", Role.TECHNICAL_MANAGER, null),
            rule(Channel.WEB_FORM, "AFTER_SALES", Role.SENIOR_MANAGER, "AFTER_SALES"),
            rule(Channel.WEB_FORM, null, Role.SENIOR_MANAGER, "MANAGEMENT"),
            rule(Channel.CEO_PAGE, null, Role.CEO, null),
            rule(Channel.ONSITE_FORM, null, Role.TECHNICAL_MANAGER, null),
            rule(Channel.PHONE, "SALES", Role.MANAGER, "SALES"),
            rule(Channel.PHONE, "AFTER_SALES", Role.MANAGER, "AFTER_SALES"),
            rule(Channel.PHONE, "INSTALLATION", Role.TECHNICAL_MANAGER, null),
            rule(Channel.PHONE, null, Role.QUALITY_MANAGER, null),
            rule(Channel.EMAIL, "SALES", Role.MANAGER, "SALES"),
            rule(Channel.EMAIL, null, Role.QUALITY_MANAGER, null));

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(nullValues = "-", value = {
        "WEB_FORM, SALES, sales.head",
        "WEB_FORM, INSTALLATION, tech.head",
        "WEB_FORM, TRAINING, tech.head",
        "WEB_FORM, AFTER_SALES, service.head",
        "WEB_FORM, PRODUCT, deputy",
        "WEB_FORM, -, deputy",
        "CEO_PAGE, SALES, ceo",
        "CEO_PAGE, -, ceo",
        "ONSITE_FORM, AFTER_SALES, tech.head",
        "PHONE, SALES, sales.head",
        "PHONE, INSTALLATION, tech.head",
        "PHONE, -, quality",
        "EMAIL, SALES, sales.head",
        "EMAIL, -, quality"})
    void theShippedRulesFollowThePolicy(Channel channel, String category, String owner) {
        assertThat(Routing.ownerOf(channel, category, SHIPPED, people(COMPANY)))
                .get().extracting(StaffSummary::username).isEqualTo(owner);
    }

    @ParameterizedTest(name = "a named person wins, or falls back when inactive: {0}")
    @CsvSource({"true, sales.mgr", "false, sales.head"})
    void aRuleNamingAPersonNamesThem(boolean active, String owner) {
        RoutingRule named = new RoutingRule(Channel.PHONE, "SALES", SALES_MGR.id().value(), Role.SENIOR_MANAGER, "SALES");
        List<StaffSummary> company = active ? COMPANY
                : COMPANY.stream().filter(s -> s != SALES_MGR).toList();
        assertThat(Routing.ownerOf(Channel.PHONE, "SALES", List.of(named), people(company)))
                .get().extracting(StaffSummary::username).isEqualTo(owner);
    }

    @ParameterizedTest(name = "no holder of the role: {0}")
    @CsvSource({"CEO_PAGE"})
    void nobodyHoldingTheRoleMeansNoOwnerRatherThanAWrongOne(Channel channel) {
        assertThat(Routing.ownerOf(channel, null, SHIPPED, people(List.of(SALES_MGR)))).isEmpty();
    }

    private static Routing.People people(List<StaffSummary> company) {
        return new Routing.People() {
            @Override
            public Optional<StaffSummary> active(long id) {
                return company.stream().filter(s -> s.id().value() == id).findFirst();
            }

            @Override
            public List<StaffSummary> withRole(Role role) {
                return company.stream().filter(s -> s.hasRole(role)).toList();
            }
        };
    }

    private static RoutingRule rule(Channel channel, String category, Role role, String department) {
        return new RoutingRule(channel, category, null, role, department);
    }

    private static StaffSummary person(long id, String username, String department, Role... roles) {
        return new StaffSummary(new StaffId(id), username, username, null, null, department, null, Set.of(roles), true);
    }
}
