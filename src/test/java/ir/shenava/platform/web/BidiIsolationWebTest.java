package ir.shenava.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.PersianText;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.staff.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Right-to-left details (issue 15 §9): on every staff page that shows them, a phone number, a serial,
 * an email, a customer code and a tracking code stand isolated from the Persian around them
 * ({@code <bdi>} or {@code dir="ltr"}), so that «·», «،» or a dash beside them is not read into them.
 */
@ShenavaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BidiIsolationWebTest {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    @Autowired
    MockMvc mvc;
    @Autowired
    CustomerRegistry registry;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    CaseTestSupport support;
    @Autowired
    ir.shenava.surveys.calls.CallScheduling calls;

    @Test
    void leftToRightValuesAreIsolatedOnEveryStaffPage() throws Exception {
        java.util.Random random = new java.util.Random(UUID.randomUUID().getMostSignificantBits());
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        String digits = "%04d".formatted(random.nextInt(10_000));
        String code = "BD-" + tag + digits;
        String serial = "SN-" + tag + "-" + digits;
        String email = "bidi." + tag.toString().toLowerCase() + "@example.ir";
        String mobile = "0938%07d".formatted(random.nextInt(10_000_000));
        long customer = registry.create(new CustomerRegistry.CustomerData(code, "بیمارستان دوسویه " + tag, CustomerKind.HOSPITAL,
                "تهران", "تهران", null, null, null)).getId();
        registry.saveContact(customer, null, new CustomerRegistry.ContactData("خانم دوسویه " + tag, "مسئول فنی", mobile, null, email));
        long unit = registry.saveEquipment(customer, null, new CustomerRegistry.EquipmentData(null, "دستگاه دوسویه", serial, null, null)).getId();
        Complaint complaint = intake.registerFor(Channel.PHONE, new Submission("خانم دوسویه " + tag, null, PhoneNumber.parse(mobile),
                email, "SALES", serial, null, "صدای دستگاه " + tag, "شرح " + tag, null, null, null,
                UUID.randomUUID().toString()), customer, null, unit);
        support.caseOf(complaint.getId());
        long call = calls.createByHand(customer, List.of(unit), null, "bidi");
        var manager = support.person(Role.MANAGER, null);
        var ceo = support.person(Role.CEO, null);
        var expert = support.person(Role.TECHNICAL_EXPERT, null);

        String record = mvc.perform(post("/service-records/new").with(expert.auth()).with(csrf())
                .param("customerId", String.valueOf(customer)).param("type", "INSTALLATION_COMMISSIONING_TRAINING")
                .param("equipmentId", String.valueOf(unit)).param("doneOn", "۱۴۰۵/۰۸/۲۰")
                .param("staffIds", String.valueOf(expert.id())).param("report", "نصب " + tag))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(record).startsWith("/service-records/");

        String phone = PhoneNumber.parse(mobile).display();
        String tracking = complaint.getTrackingCode().display();
        String nothing = "QQ-" + tag + digits;   // a search that finds nothing repeats it in a Persian sentence
        List<String> values = List.of(phone, mobile, PersianText.persianDigits(mobile), email, serial, code,
                PersianText.persianDigits(code), tracking, nothing);
        Map<String, org.springframework.test.web.servlet.request.RequestPostProcessor> pages = new java.util.LinkedHashMap<>();
        pages.put("/customers/" + customer, manager.auth());
        pages.put("/customers?q=" + tag, manager.auth());
        pages.put("/customers?q=" + nothing, manager.auth());
        pages.put("/service-records/new?customerId=" + customer, expert.auth());
        pages.put("/complaints/" + complaint.getId(), manager.auth());
        pages.put("/complaints?query=" + tag, manager.auth());
        pages.put("/complaints/of-customer?customerId=" + customer, manager.auth());
        pages.put("/complaints/phone/lookup?phone=" + mobile, manager.auth());
        pages.put("/cases/" + complaint.getId(), ceo.auth());
        pages.put("/cases?query=" + tag, ceo.auth());
        pages.put(record, manager.auth());
        pages.put("/service-records/equipment/" + unit, manager.auth());
        pages.put("/service-records/timeline?customerId=" + customer, manager.auth());
        pages.put("/calls/" + call, user("bidi-caller").roles("CALLER"));

        List<String> problems = new ArrayList<>();
        for (var page : pages.entrySet()) {
            String html = mvc.perform(get(page.getKey()).with(page.getValue())).andReturn().getResponse().getContentAsString();
            if (values.stream().noneMatch(html::contains)) {
                problems.add(page.getKey() + " shows none of the values");
            }
            for (String value : values) {
                BidiText.unisolated(html, value).forEach(p -> problems.add(page.getKey() + " — " + value + " in «" + p + "»"));
            }
        }
        assertThat(problems).as("values standing in Persian text without isolation").isEmpty();
    }

    @Test
    void theScannerTellsIsolatedFromBareValues() {
        assertThat(BidiText.unisolated("<p>تلفن: <bdi dir=\"ltr\">0912</bdi></p>", "0912")).isEmpty();
        assertThat(BidiText.unisolated("<td dir=\"ltr\"><a href=\"x\">0912</a></td>", "0912")).isEmpty();
        assertThat(BidiText.unisolated("<p>تلفن \u20680912\u2069 است</p>", "0912")).isEmpty();
        assertThat(BidiText.unisolated("<p>تلفن: <span>0912</span></p>", "0912")).hasSize(1);
        assertThat(BidiText.unisolated("<p><bdi>a</bdi> 0912 <br> <input value=\"0912\"></p>", "0912")).hasSize(1);
        assertThat(BidiText.unisolated("<title>0912</title><p>ok</p>", "0912")).isEmpty();
    }
}
