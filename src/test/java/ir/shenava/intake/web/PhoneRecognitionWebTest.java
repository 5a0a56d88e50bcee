package ir.shenava.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintRepository;
import ir.shenava.shared.PersianText;
import ir.shenava.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The phone form uses what it recognised (issue 15 §5): the caller's name, the customer's equipment,
 * a serial typed any way stored as the unit spells it, and a repeat call joining the open complaint.
 */
@ShenavaIntegrationTest
class PhoneRecognitionWebTest {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    @Autowired
    MockMvc mvc;
    @Autowired
    CustomerRegistry registry;
    @Autowired
    CaseTestSupport support;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCallerIsRecognisedAndARepeatCallJoinsTheOpenComplaint() throws Exception {
        java.util.Random random = new java.util.Random(UUID.randomUUID().getMostSignificantBits());
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            tag.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        String digits = "%04d".formatted(random.nextInt(10_000));
        String mobile = "0936%07d".formatted(random.nextInt(10_000_000));
        String serial = "ZQ-" + tag + "-" + digits;
        long customer = registry.create(new CustomerRegistry.CustomerData(null, "درمانگاه تلفن " + tag, CustomerKind.CLINIC,
                "تهران", "تهران", null, null, null)).getId();
        registry.saveContact(customer, null, new CustomerRegistry.ContactData("خانم تلفنی " + tag, "مسئول فنی", mobile, null, null));
        registry.saveEquipment(customer, null, new CustomerRegistry.EquipmentData(null, "دستگاه آزمون", serial, null, null));
        var taker = support.person(Role.SALES_EXPERT, null);

        String lookup = mvc.perform(get("/complaints/phone/lookup").with(taker.auth())
                .param("phone", PersianText.persianDigits(mobile)).param("contactName", "").param("serial", ""))
                .andReturn().getResponse().getContentAsString();
        assertThat(lookup).contains("id=\"contactName\"", "value=\"خانم تلفنی " + tag + "\"", "hx-swap-oob")
                .contains("<option value=\"" + serial + "\"").doesNotContain("id=\"open-complaints\"");
        assertThat(mvc.perform(get("/complaints/phone/lookup").with(taker.auth()).param("phone", mobile)
                .param("contactName", "نامی که تایپ شد")).andReturn().getResponse().getContentAsString())
                .as("a name already typed is kept").doesNotContain("value=\"خانم تلفنی " + tag + "\"");

        // the serial typed in lower case, Persian digits and spaces is stored as the unit spells it
        String typed = "zq " + tag.toString().toLowerCase() + " " + PersianText.persianDigits(digits);
        MockHttpServletResponse first = call(taker, mobile, typed, "صدای دستگاه " + tag, "دستگاه صدا می‌دهد", null);
        assertThat(first.getStatus()).isEqualTo(302);
        long id = Long.parseLong(first.getRedirectedUrl().replaceAll("\\D", ""));
        Complaint complaint = complaints.findById(id).orElseThrow();
        assertThat(complaint.getSerialText()).isEqualTo(serial);
        assertThat(complaint.getCustomerId()).isEqualTo(customer);
        assertThat(complaint.getEquipmentId()).isNotNull();

        // the next call: the open complaint is offered, and choosing it adds a message instead of a case
        String again = mvc.perform(get("/complaints/phone/lookup").with(taker.auth()).param("phone", mobile))
                .andReturn().getResponse().getContentAsString();
        assertThat(again).contains("id=\"open-complaints\"", "name=\"joinComplaintId\"", "value=\"" + id + "\"");
        MockHttpServletResponse repeat = call(taker, mobile, "", "", "باز هم زنگ زد؛ هنوز صدا می‌دهد " + tag, id);
        assertThat(repeat.getRedirectedUrl()).isEqualTo("/complaints/" + id);
        assertThat(jdbc.queryForObject("select count(*) from complaint where customer_id = ?", Integer.class, customer)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from complaint_message where complaint_id = ? and direction = 'IN' and body like ?",
                Integer.class, id, "%هنوز صدا می‌دهد " + tag)).isEqualTo(1);

        // another customer's complaint cannot be joined through this number
        long stranger = support.complaint(ir.shenava.intake.Channel.WEB_FORM, "دیگری " + tag, null).getId();
        assertThat(call(taker, mobile, "", "", "نباید بپیوندد", stranger).getContentAsString())
                .contains("از آنِ مشتری این شماره نیست");
    }

    @Test
    void aSerialNamingNoUnitIsKeptInOneForm() {
        assertThat(CustomerDirectory.canonicalSerial(" ab ۱۲ – 34 ")).isEqualTo("AB-12-34");
        assertThat(CustomerDirectory.canonicalSerial("sn--0033  01")).isEqualTo("SN-0033-01");
        assertThat(CustomerDirectory.serialKey("sn-۰۰۳۳ 01")).isEqualTo("SN003301");
    }

    private MockHttpServletResponse call(CaseTestSupport.Person taker, String phone, String serial, String subject,
                                         String description, Long join) throws Exception {
        var request = post("/complaints/phone").with(taker.auth()).with(csrf()).param("phone", phone)
                .param("contactName", "خانم تلفنی").param("categoryCode", "SALES").param("serial", serial)
                .param("subject", subject).param("description", description);
        if (join != null) {
            request.param("joinComplaintId", String.valueOf(join));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
