package ir.shenava.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ir.shenava.analytics.internal.QuarterDashboards;
import ir.shenava.analytics.internal.QuarterFigures;
import ir.shenava.analytics.internal.Quarters;
import ir.shenava.shared.JalaliQuarter;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The demo profile fills an empty database (its own, so the shared test database stays as it is). */
@SpringBootTest(properties = "shenava.data-dir=${shenava.demo-test-dir:target/demo-test-data}")
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class DemoProfileTest {

    /** Words and forms that must never reach a Persian reader: leaks of Java/JS values and Gregorian dates. */
    private static final Pattern LEAK = Pattern.compile("\\b(null|undefined|NaN)\\b|\\b(19|20)\\d\\d-[01]\\d-[0-3]\\d\\b");
    /** Pages that answer with files or act on their own (sign out, switch language), not pages to read. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(api|actuator|v3|swagger-ui|lang|logout|login|error)\\b|export|download|\\.pdf|/pdf|/files|/scan|/template|/xlsx|/pack|/timeline|/print|/qr");
    private static final List<String> DEMO_STAFF = List.of("ceo", "sales.head", "tech.head", "service.head", "quality",
            "sales.mgr", "sales1", "tech1", "tech3", "caller");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    StaffDirectory staff;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    QuarterDashboards dashboards;
    @Autowired
    Clock clock;

    @Test
    void aNewcomerSeesALivingCompany() {
        // the figures the README quotes for the demo
        org.slf4j.LoggerFactory.getLogger(DemoProfileTest.class).info("Demo counts: {}", jdbc.queryForMap("""
                select (select count(*) from customer where verified) as customers,
                       (select count(*) from customer where not verified) as unverified_customers,
                       (select count(*) from complaint) as complaints,
                       (select count(*) from complaint_case where state not in ('CLOSED', 'REJECTED')) as open_cases,
                       (select count(*) from complaint_case where state = 'CLOSED') as closed_cases,
                       (select count(*) from complaint_case where state = 'REJECTED') as rejected_cases,
                       (select count(*) from survey where completed_at is not null) as surveys,
                       (select count(*) from follow_up_call) as calls,
                       (select count(*) from service_record) as service_records"""));
        assertThat(staff.active()).hasSizeGreaterThanOrEqualTo(12);
        Set<Role> roles = staff.active().stream().flatMap(s -> s.roles().stream()).collect(Collectors.toSet());
        assertThat(roles).containsAll(EnumSet.allOf(Role.class));
        assertThat(staff.managersOf(staff.findByUsername("sales1").orElseThrow().id()))
                .extracting(s -> s.username()).containsExactly("sales.mgr", "sales.head", "ceo");

        assertThat(jdbc.queryForObject("select count(*) from customer where verified", Integer.class)).isEqualTo(60);
        // three complainants nobody had entered became unverified customers, for staff to verify or merge
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from customer where not verified", Integer.class)).isEqualTo(3));
        assertThat(jdbc.queryForObject("select count(*) from customer c where not exists "
                + "(select 1 from contact k where k.customer_id = c.id)", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from customer c where verified and not exists "
                + "(select 1 from equipment e where e.customer_id = c.id)", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from customer where verified and search_text like '%0912%'", Integer.class))
                .isEqualTo(60);

        // a year of services, most with a complete confirmation form, some missing or unsigned
        assertThat(jdbc.queryForObject("select count(*) from service_record where status = 'DONE'", Integer.class))
                .isGreaterThan(150);
        assertThat(jdbc.queryForObject("select count(*) from installation_milestone", Integer.class)).isGreaterThan(60);
        assertThat(jdbc.queryForObject("select count(*) from service_confirmation where signed", Integer.class)).isGreaterThan(50);
        assertThat(jdbc.queryForObject("select count(*) from service_confirmation where not signed", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from service_record r where r.type <> 'SALE' and not exists "
                + "(select 1 from service_confirmation c where c.record_id = r.id)", Integer.class)).isPositive();

        // two years of complaints across every channel, matched to the demo customers
        assertThat(jdbc.queryForObject("select count(*) from complaint where received_at < now() - interval '640 days'",
                Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(distinct channel) from complaint", Integer.class)).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from complaint where customer_id is not null", Integer.class))
                .isGreaterThan(100);

        // cases in every state of the workflow, some overdue
        assertThat(jdbc.queryForObject("select count(*) from complaint_case", Integer.class)).isEqualTo(
                jdbc.queryForObject("select count(*) from complaint", Integer.class));
        assertThat(jdbc.queryForList("select distinct state from complaint_case", String.class))
                .contains("ACKNOWLEDGED", "ASSESSED", "UNDER_INVESTIGATION", "RESPONSE_PROPOSED", "AWAITING_CONFIRMATION",
                        "CLOSED", "REJECTED");
        assertThat(jdbc.queryForObject("select count(*) from complaint_case where state not in ('CLOSED', 'REJECTED') "
                + "and resolution_due_at < now()", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from case_assignment", Integer.class)).isPositive();
        // a company that keeps up (issue 15 §3): most open cases within their deadlines, a few overdue;
        // the notifications of older complaints already read
        int open = jdbc.queryForObject("select count(*) from complaint_case where state not in ('CLOSED', 'REJECTED')", Integer.class);
        int overdue = jdbc.queryForObject("select count(*) from complaint_case where state not in ('CLOSED', 'REJECTED') and ("
                + "(acknowledged_at is null and acknowledge_due_at < now()) or (first_contact_at is null and first_contact_due_at < now()) "
                + "or (communicated_at is null and resolution_due_at < now()))", Integer.class);
        // a few overdue, at most a quarter of the open cases
        assertThat(overdue).as("overdue of %d open cases", open).isPositive();
        assertThat(overdue * 4).as("overdue of %d open cases, times four: %s", open, jdbc.queryForList(
                "select state, priority, count(*) from complaint_case where state not in ('CLOSED', 'REJECTED') and ("
                + "(acknowledged_at is null and acknowledge_due_at < now()) or (first_contact_at is null and first_contact_due_at < now()) "
                + "or (communicated_at is null and resolution_due_at < now())) group by 1, 2")).isLessThanOrEqualTo(open);
        // every case opened the moment its complaint arrived (issue 15 §14: one opened months later), and
        // no step of any case stamped before its complaint came or after today
        assertThat(jdbc.queryForObject("select count(*) from case_audit a join complaint c on c.id = a.case_id "
                + "where a.action = 'OPENED' and a.at > c.received_at + interval '1 day'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from complaint_case k join complaint c on c.id = k.id "
                + "where k.opened_at > c.received_at + interval '1 day' or k.acknowledged_at < c.received_at", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from case_audit a join complaint c on c.id = a.case_id "
                + "where a.at < c.received_at or a.at > now()", Integer.class)).isZero();
        long ceo = staff.findByUsername("ceo").orElseThrow().id().value();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from staff_notification where staff_id = ? and read_at is null", Integer.class, ceo))
                .as("the CEO's unread notifications").isLessThan(15));

        // a year of follow-up calls: most reached, some unreachable or refused, some dissatisfied answers; calls due today
        assertThat(jdbc.queryForObject("select count(*) from survey where completed_at is not null", Integer.class)).isGreaterThan(40);
        assertThat(jdbc.queryForList("select distinct status from follow_up_call", String.class))
                .contains("COMPLETED", "UNREACHABLE", "PENDING");
        assertThat(jdbc.queryForObject("select count(*) from dissatisfaction_reason_use where source = 'SURVEY'", Integer.class))
                .isPositive();
        // the surveys' events reached the follow-up: results to review, and the dissatisfied answers as complaints
        assertThat(jdbc.queryForObject("select count(*) from survey_result", Integer.class)).isGreaterThan(40);
        assertThat(jdbc.queryForObject("select count(*) from complaint where channel = 'SURVEY'", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from follow_up_call where status = 'PENDING' and due_at <= now()",
                Integer.class)).isPositive();
    }

    /**
     * Two years of complaints walked through the workflow at their own moments (issue 13 §7): the
     * dashboard of the quarter a year before the last closed one counts them by channel, with their
     * times to acknowledge and resolve, closings on confirmed satisfaction, ratings and the reasons of
     * closed cases; every quarter of the eight-quarter trend has complaints and surveys.
     */
    @Test
    void theDashboardOfAQuarterAYearAgoShowsItsComplaints() {
        JalaliQuarter yearAgo = Quarters.yearEarlier(Quarters.lastClosed(clock));
        QuarterFigures.Complaints c = dashboards.compute(yearAgo, null).complaints();
        assertThat(c.received()).as("complaints received in %s", yearAgo).isGreaterThan(15);
        assertThat(c.byChannel()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(c.acknowledge().measured()).isPositive();
        assertThat(c.resolve().measured()).isPositive();
        assertThat(c.resolve().onTime()).isPositive().isLessThan(c.resolve().measured());
        assertThat(c.closed()).isPositive();
        assertThat(c.closedSatisfied()).isPositive();
        assertThat(java.util.Arrays.stream(c.ratings()).sum()).isPositive();
        assertThat(dashboards.compute(yearAgo, null).caseReasons()).as("reasons of the cases closed in %s", yearAgo).isNotEmpty();
        assertThat(dashboards.trend(Quarters.lastClosed(clock), null))
                .allSatisfy(p -> assertThat(p.complaints()).as("complaints of %s", p.quarter()).isPositive())
                .allSatisfy(p -> assertThat(p.surveys()).as("surveys of %s", p.quarter()).isPositive());
        // some reopened over the two years, so the reopened share has something to count
        assertThat(jdbc.queryForObject("select count(*) from analytics_complaint where reopened", Integer.class)).isPositive();
    }

    /**
     * Every page of the demo, opened by every kind of staff member, reads as Persian: no "null",
     * "undefined" or "NaN", no Gregorian date. Pages with no path variable come from the application's
     * own handler mappings, so a new page is covered without anyone listing it; a few detail pages are
     * opened with ids of the demo's own rows.
     */
    @Test
    void everyPageOfTheDemoReadsAsPersianForEveryRole() throws Exception {
        Set<String> pages = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                info.getPatternValues().stream().filter(p -> !p.contains("{") && !NOT_A_PAGE.matcher(p).find())
                        .forEach(pages::add);
            }
        });
        pages.add("/customers/" + jdbc.queryForObject("select min(id) from customer where verified", Long.class));
        pages.add("/cases/" + jdbc.queryForObject("select max(id) from complaint_case", Long.class));
        pages.add("/complaints/" + jdbc.queryForObject("select max(id) from complaint", Long.class));
        pages.add("/service-records/" + jdbc.queryForObject("select max(id) from service_record", Long.class));
        List<String> findings = new ArrayList<>();
        for (String username : DEMO_STAFF) {
            Set<Role> roles = staff.findByUsername(username).orElseThrow().roles();
            String[] granted = roles.stream().map(Role::name).toArray(String[]::new);
            for (String page : pages) {
                MockHttpServletResponse response;
                try {
                    response = mvc.perform(get(page).with(user(username).roles(granted))).andReturn().getResponse();
                } catch (Exception e) {
                    findings.add(username + " " + page + ": " + e);
                    continue;
                }
                String type = response.getContentType();
                if (response.getStatus() >= 500) {
                    findings.add(username + " " + page + ": " + response.getStatus());
                }
                if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                    continue;
                }
                String text = response.getContentAsString().replaceAll("(?s)<script.*?</script>", " ")
                        .replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]*>", " ");
                Matcher leak = LEAK.matcher(text);
                while (leak.find()) {
                    int from = Math.max(0, leak.start() - 40);
                    findings.add(username + " " + page + ": …" + text.substring(from, Math.min(text.length(), leak.end() + 40))
                            .replaceAll("\\s+", " ") + "…");
                }
            }
        }
        assertThat(findings).as("pages showing null, undefined, NaN or a Gregorian date").isEmpty();
    }
}
