package ir.shenava.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.ComplaintRepository;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An unmatched complainant is matched from the complaint's page (issue 15 §13): found in the customer
 * list with Persian-normalised search and linked after a confirmation, or made a customer from what
 * the complainant gave; refused for a role that may not edit customers; bad input answered in Persian.
 */
@ShenavaIntegrationTest
class ComplaintMatchWebTest {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    @Autowired
    MockMvc mvc;
    @Autowired
    CustomerRegistry registry;
    @Autowired
    CaseTestSupport support;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCustomerFoundInTheListIsLinkedAfterAConfirmation() throws Exception {
        String tag = tag();
        String mobile = mobile();
        // a CEO-page complaint is never matched in the background: it stays unmatched until someone links it
        Complaint complaint = intake.register(Channel.CEO_PAGE, submission("شاکی " + tag, PhoneNumber.parse(mobile), null,
                "شکایت به مدیرعامل " + tag), List.of());
        long customer = registry.create(new CustomerRegistry.CustomerData(null, "بیمارستان شبانه‌روزی " + tag,
                CustomerKind.HOSPITAL, "تهران", "تهران", null, null, null)).getId();
        long contact = registry.saveContact(customer, null, new CustomerRegistry.ContactData("شاکی " + tag, null, mobile, null, null)).getId();
        var ceo = support.person(Role.CEO, null);

        String page = mvc.perform(get("/complaints/" + complaint.getId()).with(ceo.auth())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"match-offer\"", "/complaints/" + complaint.getId() + "/match/new");

        // typed with Arabic ي and a space where the name has a ZWNJ
        String found = mvc.perform(get("/complaints/" + complaint.getId() + "/match/search").with(ceo.auth())
                .param("q", "شبانه روزي " + tag)).andReturn().getResponse().getContentAsString();
        assertThat(found).contains("بیمارستان شبانه‌روزی " + tag, "/complaints/" + complaint.getId() + "/match/" + customer);
        assertThat(mvc.perform(get("/complaints/" + complaint.getId() + "/match/search").with(ceo.auth())
                .param("q", "ناموجود " + tag)).andReturn().getResponse().getContentAsString()).contains("نتیجه‌ای پیدا نشد");

        String confirm = mvc.perform(get("/complaints/" + complaint.getId() + "/match/" + customer).with(ceo.auth()))
                .andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("بله، وصل شود", "method=\"post\"");
        assertThat(complaints.findById(complaint.getId()).orElseThrow().getCustomerId()).as("opening the confirmation links nothing").isNull();

        MockHttpServletResponse linked = mvc.perform(post("/complaints/" + complaint.getId() + "/match/" + customer)
                .with(ceo.auth()).with(csrf())).andReturn().getResponse();
        assertThat(linked.getRedirectedUrl()).isEqualTo("/complaints/" + complaint.getId());
        Complaint after = complaints.findById(complaint.getId()).orElseThrow();
        assertThat(after.getCustomerId()).isEqualTo(customer);
        assertThat(after.getContactId()).as("the customer's contact with the complainant's phone").isEqualTo(contact);
        assertThat(jdbc.queryForObject("select count(*) from admin_audit where kind = 'COMPLAINT_MATCH' and actor = ? and subject like ?",
                Integer.class, ceo.username(), "% #" + complaint.getId())).isEqualTo(1);

        String now = mvc.perform(get("/complaints/" + complaint.getId()).with(ceo.auth())).andReturn().getResponse().getContentAsString();
        assertThat(now).contains("بیمارستان شبانه‌روزی " + tag).doesNotContain("id=\"match-offer\"");
        support.caseOf(complaint.getId());
        assertThat(mvc.perform(get("/cases/" + complaint.getId()).with(ceo.auth())).andReturn().getResponse().getContentAsString())
                .as("the case shows the customer").contains("/customers/" + customer + "\"", "بیمارستان شبانه‌روزی " + tag);

        // a second link (another tab, a colleague) is refused with a Persian reason and changes nothing
        mvc.perform(post("/complaints/" + complaint.getId() + "/match/new").with(ceo.auth()).with(csrf())
                .param("name", "دیگری " + tag).param("kind", "OTHER").param("contactName", "دیگری"));
        assertThat(complaints.findById(complaint.getId()).orElseThrow().getCustomerId()).isEqualTo(customer);
        assertThat(jdbc.queryForObject("select count(*) from customer where name = ?", Integer.class, "دیگری " + tag)).isZero();
    }

    @Test
    void aNewCustomerIsMadeFromTheComplainantAndLinked() throws Exception {
        String tag = tag();
        Complaint complaint = intake.register(Channel.PHONE, submission("آقای بینام " + tag, null, null, "تماس بی‌شماره " + tag),
                List.of());
        var manager = support.person(Role.MANAGER, null);
        String form = mvc.perform(get("/complaints/" + complaint.getId() + "/match/new").with(manager.auth()))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).as("filled from the complainant").contains("value=\"آقای بینام " + tag + "\"")
                .contains("<option value=\"INDIVIDUAL\" selected=\"selected\"");

        String refused = mvc.perform(post("/complaints/" + complaint.getId() + "/match/new").with(manager.auth()).with(csrf())
                .param("name", "").param("kind", "INDIVIDUAL").param("contactName", "آقای بینام " + tag)
                .param("phone", "۰۹۱۲۳").param("email", "نه-ایمیل")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("این خانه را پر کنید.", "شماره تلفن معتبر نیست", "نشانی ایمیل معتبر نیست.")
                .as("what was typed is kept").contains("value=\"۰۹۱۲۳\"", "value=\"آقای بینام " + tag + "\"");
        assertThat(complaints.findById(complaint.getId()).orElseThrow().getCustomerId()).isNull();

        String mobile = mobile();
        MockHttpServletResponse made = mvc.perform(post("/complaints/" + complaint.getId() + "/match/new").with(manager.auth())
                .with(csrf()).param("name", "كارگاه " + tag).param("kind", "COMPANY").param("contactName", "آقای بینام " + tag)
                .param("phone", ir.shenava.shared.PersianText.persianDigits(mobile)).param("email", tag.toLowerCase() + "@example.ir"))
                .andReturn().getResponse();
        assertThat(made.getRedirectedUrl()).isEqualTo("/complaints/" + complaint.getId());
        Complaint after = complaints.findById(complaint.getId()).orElseThrow();
        assertThat(after.getCustomerId()).isNotNull();
        assertThat(jdbc.queryForObject("select name from customer where id = ?", String.class, after.getCustomerId()))
                .as("Arabic ك normalised").isEqualTo("کارگاه " + tag);
        assertThat(jdbc.queryForObject("select mobile from contact where id = ?", String.class, after.getContactId()))
                .isEqualTo(PhoneNumber.parse(mobile).e164());
        assertThat(jdbc.queryForObject("select count(*) from admin_audit where kind = 'COMPLAINT_MATCH' and subject like ?",
                Integer.class, "% #" + complaint.getId())).isEqualTo(1);
        assertThat(mvc.perform(get("/complaints/" + complaint.getId()).with(manager.auth())).andReturn().getResponse()
                .getContentAsString()).contains("کارگاه " + tag);
    }

    @Test
    void aRoleThatMayNotEditCustomersIsRefused() throws Exception {
        String tag = tag();
        Complaint complaint = intake.register(Channel.PHONE, submission("خانم " + tag, null, null, "بی‌شماره " + tag), List.of());
        var quality = support.person(Role.QUALITY_MANAGER, null);
        assertThat(mvc.perform(get("/complaints/" + complaint.getId()).with(quality.auth())).andReturn().getResponse()
                .getContentAsString()).as("sees the complaint, not the offer").contains("بی‌شماره " + tag).doesNotContain("match-offer");
        assertThat(mvc.perform(get("/complaints/" + complaint.getId() + "/match/new").with(quality.auth()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/complaints/" + complaint.getId() + "/match/search").param("q", "x").with(quality.auth()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/complaints/" + complaint.getId() + "/match/new").with(quality.auth()).with(csrf())
                .param("name", "نباید " + tag).param("kind", "OTHER").param("contactName", "نباید"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(complaints.findById(complaint.getId()).orElseThrow().getCustomerId()).isNull();
        // an expert who may edit customers but cannot see this complaint finds nothing to link
        var expert = support.person(Role.SALES_EXPERT, null);
        assertThat(mvc.perform(get("/complaints/" + complaint.getId() + "/match/new").with(expert.auth()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private static Submission submission(String name, PhoneNumber phone, String email, String subject) {
        return new Submission(name, null, phone, email, "SALES", null, null, subject, "شرح " + subject, null, null, null,
                UUID.randomUUID().toString());
    }

    /** Six letters: a tag that never collides with another test's nor changes shape. */
    private static String tag() {
        java.util.Random random = new java.util.Random(UUID.randomUUID().getMostSignificantBits());
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return tag.toString();
    }

    private static String mobile() {
        return "0937%07d".formatted(new java.util.Random(UUID.randomUUID().getLeastSignificantBits()).nextInt(10_000_000));
    }
}
