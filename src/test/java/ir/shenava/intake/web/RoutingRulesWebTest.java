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
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

        String refused = mvc.perform(post("/routing-rules").with(user("admin").roles("ADMIN")).with(csrf())
                .param("channel", "PHONE").param("categoryCode", "PRODUCT")).andReturn().getFlashMap().get("error").toString();
        assertThat(refused).isEqualTo("routing.targetRequired");
        assertThat(mvc.perform(get("/routing-rules").with(user("m").roles("MANAGER"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
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
