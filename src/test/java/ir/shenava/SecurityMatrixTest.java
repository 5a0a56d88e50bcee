package ir.shenava;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.staff.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Walks every page × every role: a role without rights gets 403 and no data; an anonymous visitor
 * is sent to the login page. A new page belongs in {@link #pages()}.
 */
@ShenavaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTest {

    static final Set<Role> ALL = EnumSet.allOf(Role.class);
    static final Set<Role> CUSTOMER_EDIT = EnumSet.of(Role.ADMIN, Role.CEO, Role.SENIOR_MANAGER, Role.MANAGER,
            Role.TECHNICAL_MANAGER, Role.SALES_EXPERT, Role.TECHNICAL_EXPERT);
    static final Set<Role> BULK = EnumSet.of(Role.ADMIN, Role.CEO, Role.SENIOR_MANAGER, Role.MANAGER, Role.TECHNICAL_MANAGER);
    static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    static final Set<Role> ONSITE_BOOKS = EnumSet.of(Role.ADMIN, Role.CEO, Role.SENIOR_MANAGER, Role.TECHNICAL_MANAGER,
            Role.QUALITY_MANAGER);
    static final Set<Role> REVIEW = EnumSet.of(Role.CEO, Role.QUALITY_MANAGER);
    static final Set<Role> SURVEY_REVIEW = EnumSet.of(Role.CEO, Role.SENIOR_MANAGER, Role.MANAGER, Role.TECHNICAL_MANAGER,
            Role.QUALITY_MANAGER);
    static final Set<Role> REASONS = EnumSet.of(Role.ADMIN, Role.QUALITY_MANAGER);
    static final Set<Role> SLA_TARGETS = EnumSet.of(Role.ADMIN, Role.QUALITY_MANAGER);
    static final Set<Role> SERVICE_IMPORT = EnumSet.of(Role.ADMIN, Role.SENIOR_MANAGER, Role.MANAGER, Role.TECHNICAL_MANAGER);
    static final Set<Role> SCANS = EnumSet.of(Role.ADMIN, Role.CEO, Role.SENIOR_MANAGER, Role.MANAGER,
            Role.TECHNICAL_MANAGER, Role.QUALITY_MANAGER);
    /** A caller sees calls, not cases nor the complaint inbox (issue 12 §6). */
    static final Set<Role> CASES = EnumSet.complementOf(EnumSet.of(Role.ADMIN, Role.CALLER));
    static final Set<Role> INBOX = EnumSet.complementOf(EnumSet.of(Role.CALLER));
    static final Set<Role> CALLS = EnumSet.of(Role.CALLER, Role.QUALITY_MANAGER);
    static final Set<Role> QUALITY = EnumSet.of(Role.QUALITY_MANAGER);
    static final Set<Role> ANALYTICS = EnumSet.of(Role.CEO, Role.SENIOR_MANAGER, Role.QUALITY_MANAGER, Role.MANAGER,
            Role.TECHNICAL_MANAGER);
    static final String SECRET_NAME = "مشتری ماتریس دسترسی";

    @Autowired
    MockMvc mvc;
    @Autowired
    CustomerRegistry registry;
    @Autowired
    ir.shenava.surveys.calls.CallScheduling calls;

    long customerId;
    long callId;

    @BeforeAll
    void aCustomerToLookAt() {
        customerId = registry.create(new CustomerRegistry.CustomerData(null, SECRET_NAME, CustomerKind.CLINIC,
                "تهران", "تهران", null, null, null)).getId();
        callId = calls.createByHand(customerId, List.of(), null, "matrix");
    }

    List<Object[]> pages() {
        return List.of(
                new Object[] {"/", ALL},
                new Object[] {"/customers", ALL},
                new Object[] {"/customers/{c}", ALL},
                new Object[] {"/customers/new", CUSTOMER_EDIT},
                new Object[] {"/customers/{c}/edit", CUSTOMER_EDIT},
                new Object[] {"/customers/{c}/contacts/new", CUSTOMER_EDIT},
                new Object[] {"/customers/{c}/sites/new", CUSTOMER_EDIT},
                new Object[] {"/customers/{c}/equipment/new", CUSTOMER_EDIT},
                new Object[] {"/customers/{c}/merge", CUSTOMER_EDIT},
                new Object[] {"/customers/import", BULK},
                new Object[] {"/customers/export", BULK},
                new Object[] {"/complaints", INBOX},
                new Object[] {"/complaints?query=x", INBOX},
                new Object[] {"/complaints/phone", ALL},
                new Object[] {"/work", CASES},
                new Object[] {"/cases", CASES},
                new Object[] {"/cases?sla=OVERDUE", CASES},
                new Object[] {"/surveys/review", SURVEY_REVIEW},
                new Object[] {"/surveys/review?all=true", SURVEY_REVIEW},
                new Object[] {"/reasons", REASONS},
                new Object[] {"/reasons/STAFF.DISCOURTEOUS/edit", REASONS},
                new Object[] {"/intake/onsite", ONSITE_BOOKS},
                new Object[] {"/service-records", ALL},
                new Object[] {"/service-records/timeline?customerId={c}", ALL},
                new Object[] {"/service-records/new?customerId={c}", CUSTOMER_EDIT},
                new Object[] {"/service-records/missing-confirmations", SCANS},
                new Object[] {"/service-records/import", SERVICE_IMPORT},
                new Object[] {"/service-records/reviews", REVIEW},
                new Object[] {"/service-records/reviews/new", REVIEW},
                new Object[] {"/api-keys", ADMIN},
                new Object[] {"/routing-rules", ADMIN},
                new Object[] {"/complaint-categories", ADMIN},
                new Object[] {"/complaint-categories/OTHER/edit", ADMIN},
                new Object[] {"/sla", SLA_TARGETS},
                new Object[] {"/mailboxes", ADMIN},
                new Object[] {"/sms-settings", ADMIN},
                new Object[] {"/backups", ADMIN},
                new Object[] {"/complaints/of-customer?customerId={c}", INBOX},
                new Object[] {"/staff", ADMIN},
                new Object[] {"/staff/new", ADMIN},
                new Object[] {"/departments", ADMIN},
                new Object[] {"/holidays", ADMIN},
                new Object[] {"/settings/branding", ADMIN},
                new Object[] {"/settings/security", ADMIN},
                new Object[] {"/account/two-factor", ALL},
                new Object[] {"/audit", ADMIN},
                new Object[] {"/audit?kind=LOGIN&from=1405/01/01", ADMIN},
                new Object[] {"/notifications", ALL},
                new Object[] {"/notifications/settings", ALL},
                new Object[] {"/calls", CALLS},
                new Object[] {"/calls/{k}", CALLS},
                new Object[] {"/calls/new", QUALITY},
                new Object[] {"/calls/new?customerCode=nobody", QUALITY},
                new Object[] {"/calls/backfill", QUALITY},
                new Object[] {"/calls/backfill?since=1405/01/01", QUALITY},
                new Object[] {"/questionnaires", QUALITY},
                new Object[] {"/questionnaires/1", QUALITY},
                new Object[] {"/questionnaires/1/preview", QUALITY},
                new Object[] {"/actuator/prometheus", ADMIN},
                new Object[] {"/analytics", ANALYTICS},
                new Object[] {"/analytics?quarter=1403-Q4", ANALYTICS},
                new Object[] {"/analytics/list?kind=RECEIVED&key=all", ANALYTICS},
                new Object[] {"/analytics/reviews", EnumSet.of(Role.CEO, Role.SENIOR_MANAGER, Role.QUALITY_MANAGER)},
                new Object[] {"/analytics/actions/mine", ALL},
                new Object[] {"/analytics/rebuild", REASONS},
                new Object[] {"/analytics/rebuild/progress", REASONS});
    }

    Stream<Arguments> pageAndRole() {
        return pages().stream().flatMap(p -> ALL.stream().map(r -> Arguments.of(p[0], r, p[1])));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("pageAndRole")
    void eachRoleGetsExactlyThePagesItMayUse(String page, Role role, Set<Role> allowed) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(page.replace("{c}", String.valueOf(customerId)).replace("{k}", String.valueOf(callId)))
                .with(user("matrix-" + role).roles(role.name()))).andReturn().getResponse();
        if (allowed.contains(role)) {
            assertThat(response.getStatus()).as("%s may open %s", role, page).isBetween(200, 399);
        } else {
            assertThat(response.getStatus()).as("%s may not open %s", role, page).isEqualTo(403);
            assertThat(response.getContentAsString()).doesNotContain(SECRET_NAME);
        }
    }

    @ParameterizedTest(name = "anonymous {0}")
    @MethodSource("pages")
    void anAnonymousVisitorIsSentToTheLoginPage(String page, Set<Role> allowed) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(page.replace("{c}", String.valueOf(customerId)).replace("{k}", String.valueOf(callId))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
        assertThat(response.getContentAsString()).doesNotContain(SECRET_NAME);
    }

    @org.junit.jupiter.api.Test
    void healthAndLoginArePublic() throws Exception {
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getStatus()).isEqualTo(200);
        // the login's second step without a password given first: back to the login, not an error
        assertThat(mvc.perform(get("/login/code")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
        for (String open : new String[] {"/complaint", "/ceo", "/track", "/complaint/done"}) {
            assertThat(mvc.perform(get(open)).andReturn().getResponse().getStatus()).as(open).isEqualTo(200);
        }
        // the company's logo is served to everyone (public pages, mails): 404 only while none is set, never the login
        assertThat(mvc.perform(get("/brand/logo")).andReturn().getResponse().getStatus()).isIn(200, 404);
        // the signed links of the mails: open to anyone, and a bad token is a page of its own (not the login)
        for (String link : new String[] {"/track/confirm?complaint=1&token=1.forged", "/track/rate?complaint=1&rating=5&token=1.forged",
                "/survey/1.1.forged"}) {
            assertThat(mvc.perform(get(java.net.URI.create(link))).andReturn().getResponse().getStatus()).as(link).isEqualTo(404);
        }
    }
}
