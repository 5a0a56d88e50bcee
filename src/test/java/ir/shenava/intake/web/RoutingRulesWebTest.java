package ir.shenava.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.RoutingRule;
import ir.shenava.intake.internal.RoutingRuleRepository;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.DepartmentRepository;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@ShenavaIntegrationTest
class RoutingRulesWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    CustomerRegistry customers;
    @Autowired
    RoutingRuleRepository rules;
    @Autowired
    DepartmentRepository departments;

    @Test
    void theAdministratorPointsARuleAtAPersonAndTheNextComplaintGoesToThem() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        long person = accounts.create("route" + tag, "password-123", new StaffAccounts.Profile("مسئول محصول " + tag, null,
                null, null, null, EnumSet.of(Role.MANAGER), true)).getId();
        String page = mvc.perform(get("/routing-rules").with(user("admin").roles("ADMIN"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("ارتباط با مدیرعامل").contains("مدیرعامل");

        mvc.perform(post("/routing-rules").with(user("admin").roles("ADMIN")).with(csrf()).param("channel", "PHONE")
                .param("categoryCode", "PRODUCT").param("targetStaffId", String.valueOf(person)));
        Complaint complaint = intake.register(Channel.PHONE, new Submission("شاکی", null, PhoneNumber.parse("09120000001"),
                null, "PRODUCT", null, null, "دستگاه " + tag, "شرح", null, null, null, null), List.of());
        assertThat(complaint.getOwnerId()).isEqualTo(person);

        MockHttpServletResponse refused = mvc.perform(post("/routing-rules").with(user("admin").roles("ADMIN")).with(csrf())
                .param("channel", "PHONE").param("categoryCode", "PRODUCT")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("یک شخص یا یک نقش را به عنوان مسئول انتخاب کنید");
        assertThat(mvc.perform(get("/routing-rules").with(user("m").roles("MANAGER"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void aCeoPageRuleNamesTheCeoAndNobodyElse() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        long manager = accounts.create("notceo" + tag, "password-123", new StaffAccounts.Profile("مدیر میانی " + tag, null,
                null, null, null, EnumSet.of(Role.SENIOR_MANAGER, Role.MANAGER), true)).getId();
        RoutingRule before = rules.findByChannelAndCategoryCodeIsNull(Channel.CEO_PAGE).orElseThrow();

        MockHttpServletResponse byRole = mvc.perform(post("/routing-rules").with(user("admin").roles("ADMIN")).with(csrf())
                .param("channel", "CEO_PAGE").param("categoryCode", "").param("targetRole", "SENIOR_MANAGER")
                .param("departmentCode", "")).andReturn().getResponse();
        assertThat(byRole.getStatus()).isEqualTo(200);
        String page = byRole.getContentAsString();
        assertThat(page).contains("فقط به مدیرعامل سپرده می‌شود")
                .containsPattern("<option value=\"CEO_PAGE\" selected=\"selected\"")
                .containsPattern("<option value=\"SENIOR_MANAGER\" selected=\"selected\"")
                .contains("is-invalid");

        MockHttpServletResponse byPerson = mvc.perform(post("/routing-rules").with(user("admin").roles("ADMIN")).with(csrf())
                .param("channel", "CEO_PAGE").param("targetStaffId", String.valueOf(manager)).param("targetRole", "CEO"))
                .andReturn().getResponse();
        assertThat(byPerson.getStatus()).isEqualTo(200);
        assertThat(byPerson.getContentAsString()).contains("فقط به مدیرعامل سپرده می‌شود")
                .containsPattern("<option value=\"" + manager + "\" selected=\"selected\"");

        RoutingRule after = rules.findByChannelAndCategoryCodeIsNull(Channel.CEO_PAGE).orElseThrow();
        assertThat(after.getTargetStaffId()).isEqualTo(before.getTargetStaffId());
        assertThat(after.getTargetRole()).isEqualTo(Role.CEO);
        assertThat(rules.findByChannelAndCategoryCode(Channel.CEO_PAGE, "SALES")).isEmpty();

        MockHttpServletResponse ceo = mvc.perform(post("/routing-rules").with(user("admin").roles("ADMIN")).with(csrf())
                .param("channel", "CEO_PAGE").param("targetRole", "CEO")).andReturn().getResponse();
        assertThat(ceo.getRedirectedUrl()).isEqualTo("/routing-rules");

        MockHttpServletResponse crafted = mvc.perform(post("/routing-rules").with(user("admin").roles("ADMIN")).with(csrf())
                .param("channel", "CEO_PAGE").param("targetRole", "NOBODY")).andReturn().getResponse();
        assertThat(crafted.getStatus()).isEqualTo(200);
        assertThat(rules.findByChannelAndCategoryCodeIsNull(Channel.CEO_PAGE).orElseThrow().getTargetRole()).isEqualTo(Role.CEO);
    }

    @Test
    void departmentsAreShownByTheirNames() throws Exception {
        long sales = departments.findByCode("SALES").orElseThrow().getId();
        accounts.create("dept" + UUID.randomUUID().toString().substring(0, 5), "password-123", new StaffAccounts.Profile(
                "کارمند فروش", null, null, sales, null, EnumSet.of(Role.MANAGER), true));
        String page = mvc.perform(get("/routing-rules").with(user("admin").roles("ADMIN"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("(واحد فروش)").contains("(واحد خدمات پس از فروش)")
                .contains("<option value=\"SALES\">فروش</option>")
                .doesNotContain("(واحد SALES)").doesNotContain("(واحد AFTER_SALES)").doesNotContain(">SALES<");
    }

    @Test
    void aCustomersComplaintsAppearOnItsPage() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        long customerId = customers.create(new CustomerRegistry.CustomerData(null, "درمانگاه شکایت " + tag,
                CustomerKind.CLINIC, null, null, null, null, null)).getId();
        String mobile = "0936" + (1000000 + (int) (Math.random() * 8999999));
        customers.saveContact(customerId, null, new CustomerRegistry.ContactData("رابط", null, mobile, null, null));
        intake.register(Channel.WEB_FORM, new Submission("رابط", null, PhoneNumber.parse(mobile), null, "SALES", null, null,
                "قیمت گران " + tag, "شرح", null, null, null, null), List.of());
        String fragment = mvc.perform(get("/complaints/of-customer").param("customerId", String.valueOf(customerId))
                .with(user("boss").roles("SENIOR_MANAGER"))).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("قیمت گران " + tag).doesNotContain("<html");
    }
}
