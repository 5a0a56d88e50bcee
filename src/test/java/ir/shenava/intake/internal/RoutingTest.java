package ir.shenava.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    static final StaffSummary CEO = person(1, "ceo", "MANAGEMENT", null, Role.CEO);
    static final StaffSummary SALES_HEAD = person(2, "sales.head", "SALES", 1L, Role.SENIOR_MANAGER, Role.MANAGER);
    static final StaffSummary TECH_HEAD = person(3, "tech.head", "TECHNICAL", 1L, Role.SENIOR_MANAGER, Role.TECHNICAL_MANAGER);
    static final StaffSummary SERVICE_HEAD = person(4, "service.head", "AFTER_SALES", 1L, Role.SENIOR_MANAGER, Role.MANAGER);
    static final StaffSummary QUALITY = person(5, "quality", "QUALITY", 1L, Role.QUALITY_MANAGER);
    static final StaffSummary DEPUTY = person(6, "deputy", "MANAGEMENT", 1L, Role.SENIOR_MANAGER);
    static final StaffSummary SALES_MGR = person(7, "sales.mgr", "SALES", 2L, Role.MANAGER);
    // people a staff-behaviour complaint may be about
    static final StaffSummary SALES1 = person(8, "sales1", "SALES", 7L, Role.SALES_EXPERT);
    static final StaffSummary TECH1 = person(9, "tech1", "TECHNICAL", 3L, Role.TECHNICAL_EXPERT);
    static final StaffSummary TECH3 = person(10, "tech3", "AFTER_SALES", 4L, Role.TECHNICAL_EXPERT);
    static final StaffSummary CALLER = person(11, "caller", "QUALITY", 5L, Role.CALLER);
    static final StaffSummary DRIVER = person(12, "driver", null, 7L, Role.SALES_EXPERT);
    static final StaffSummary LONER = person(13, "loner", "SALES", null, Role.SALES_EXPERT);
    static final List<StaffSummary> COMPANY = List.of(CEO, SALES_HEAD, TECH_HEAD, SERVICE_HEAD, QUALITY, DEPUTY, SALES_MGR,
            SALES1, TECH1, TECH3, CALLER, DRIVER, LONER);

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

    @ParameterizedTest(name = "a CEO-page rule written by hand for {0} / {1} still routes to the CEO")
    @CsvSource(nullValues = "-", value = {"sales.mgr, -", "-, MANAGER", "sales.mgr, SENIOR_MANAGER", "sales.head, CEO"})
    void aCeoPageComplaintGoesToNobodyButTheCeo(String person, Role role) {
        RoutingRule handWritten = new RoutingRule(Channel.CEO_PAGE, null, person == null ? null : id(person), role, null);
        assertThat(Routing.ownerOf(Channel.CEO_PAGE, "SALES", List.of(handWritten), people(COMPANY)))
                .get().extracting(StaffSummary::username).isEqualTo("ceo");
        assertThat(Routing.ownerOf(Channel.CEO_PAGE, null, List.of(), people(COMPANY)))
                .get().extracting(StaffSummary::username).isEqualTo("ceo");
    }

    @org.junit.jupiter.api.Test
    void theAdministratorCannotPointACeoPageRuleAtAnotherRole() {
        RoutingRule rule = rule(Channel.CEO_PAGE, null, Role.CEO, null);
        assertThatThrownBy(() -> rule.retarget(null, Role.SENIOR_MANAGER, null))
                .isInstanceOf(IntakeRuleException.class).hasMessage("routing.ceoPageCeoOnly");
        assertThat(rule.getTargetRole()).isEqualTo(Role.CEO);
        rule.retarget(CEO.id().value(), Role.CEO, null);
        assertThat(rule.getTargetStaffId()).isEqualTo(CEO.id().value());
    }

    @ParameterizedTest(name = "staff behaviour by {0} about {1} → {2}")
    @CsvSource({
        "WEB_FORM, sales1, sales.head",      // the head of Sales, above the expert's own manager
        "PHONE, sales1, sales.head",
        "EMAIL, tech1, tech.head",
        "WEB_FORM, tech3, service.head",     // an expert of after-sales, whatever their trade
        "PHONE, caller, quality",
        "WEB_FORM, sales.mgr, sales.head",
        "WEB_FORM, sales.head, ceo",         // the head of a department: whoever the department reports to
        "PHONE, driver, sales.mgr",          // no department: their own manager
        "SURVEY, tech1, tech.head",          // a follow-up survey's dissatisfaction with an installer (issue 12)
        "SURVEY, sales1, sales.head"})
    void aStaffBehaviourComplaintGoesToTheManagerOfThatPersonsDepartment(Channel channel, String about, String owner) {
        assertThat(Routing.ownerOf(channel, "STAFF_BEHAVIOUR", id(about), SHIPPED, people(COMPANY)))
                .get().extracting(StaffSummary::username).isEqualTo(owner);
    }

    @ParameterizedTest(name = "staff behaviour falls back to the rules: {0} / {1} about {2} → {3}")
    @CsvSource(nullValues = "-", value = {
        "WEB_FORM, STAFF_BEHAVIOUR, -, deputy",          // nobody named: the web form's catch-all
        "PHONE, STAFF_BEHAVIOUR, -, quality",
        "WEB_FORM, STAFF_BEHAVIOUR, loner, deputy",       // nobody above them
        "WEB_FORM, STAFF_BEHAVIOUR, 999, deputy",         // not a staff member
        "WEB_FORM, SALES, sales1, sales.head",            // another subject: the person named does not route
        "PHONE, PRODUCT, tech1, quality",
        "CEO_PAGE, STAFF_BEHAVIOUR, sales1, ceo",         // policy 6: the CEO page stays with the CEO
        "ONSITE_FORM, STAFF_BEHAVIOUR, tech3, tech.head"}) // policy 2: on-site forms to the technical unit manager
    void otherwiseTheNormalRuleApplies(Channel channel, String category, String about, String owner) {
        Long concerned = about == null ? null : about.matches("\\d+") ? Long.valueOf(about) : id(about);
        assertThat(Routing.ownerOf(channel, category, concerned, SHIPPED, people(COMPANY)))
                .get().extracting(StaffSummary::username).isEqualTo(owner);
    }

    @org.junit.jupiter.api.Test
    void aDepartmentHeadWhoLeftIsPassedOverForTheNextActiveManagerInTheDepartment() {
        StaffSummary formerHead = new StaffSummary(SALES_HEAD.id(), "sales.head", "sales.head", null, null, "SALES",
                CEO.id(), SALES_HEAD.roles(), false);
        List<StaffSummary> company = COMPANY.stream().map(s -> s == SALES_HEAD ? formerHead : s).toList();
        assertThat(Routing.ownerOf(Channel.WEB_FORM, "STAFF_BEHAVIOUR", id("sales1"), SHIPPED, people(company)))
                .get().extracting(StaffSummary::username).isEqualTo("sales.mgr");
        StaffSummary formerManager = new StaffSummary(SALES_MGR.id(), "sales.mgr", "sales.mgr", null, null, "SALES",
                SALES_HEAD.id(), SALES_MGR.roles(), false);
        List<StaffSummary> bothLeft = company.stream().map(s -> s == SALES_MGR ? formerManager : s).toList();
        assertThat(Routing.ownerOf(Channel.WEB_FORM, "STAFF_BEHAVIOUR", id("sales1"), SHIPPED, people(bothLeft)))
                .get().extracting(StaffSummary::username).isEqualTo("ceo");
    }

    private static long id(String username) {
        return COMPANY.stream().filter(s -> s.username().equals(username)).findFirst().orElseThrow().id().value();
    }

    /** The company as StaffDirectory would answer for it: active() and withRole() see only active people. */
    private static Routing.People people(List<StaffSummary> company) {
        return new Routing.People() {
            @Override
            public Optional<StaffSummary> active(long id) {
                return anyone(id).filter(StaffSummary::active);
            }

            @Override
            public List<StaffSummary> withRole(Role role) {
                return company.stream().filter(StaffSummary::active).filter(s -> s.hasRole(role)).toList();
            }

            @Override
            public Optional<StaffSummary> anyone(long id) {
                return company.stream().filter(s -> s.id().value() == id).findFirst();
            }

            @Override
            public List<StaffSummary> managersOf(long id) {
                List<StaffSummary> chain = new java.util.ArrayList<>();
                StaffId manager = anyone(id).map(StaffSummary::managerId).orElse(null);
                while (manager != null) {
                    StaffSummary next = anyone(manager.value()).orElseThrow();
                    chain.add(next);
                    manager = next.managerId();
                }
                return chain;
            }
        };
    }

    private static RoutingRule rule(Channel channel, String category, Role role, String department) {
        return new RoutingRule(channel, category, null, role, department);
    }

    private static StaffSummary person(long id, String username, String department, Long managerId, Role... roles) {
        return new StaffSummary(new StaffId(id), username, username, null, null, department, StaffId.of(managerId),
                Set.of(roles), true);
    }
}
