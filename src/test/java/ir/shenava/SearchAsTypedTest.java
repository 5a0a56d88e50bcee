package ir.shenava;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import ir.shenava.cases.CaseTestSupport;
import ir.shenava.cases.internal.ComplaintCase;
import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.PersianText;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every staff search finds what people type: a space, a ZWNJ and nothing match each other (customers,
 * inbox, cases, staff); the inbox finds a complaint by its linked customer's name or code; a tracking
 * code typed with a space is found and is shown one way everywhere.
 */
@ShenavaIntegrationTest
class SearchAsTypedTest {

    private static final String ZWNJ = "\u200C";

    @Autowired
    MockMvc mvc;
    @Autowired
    CustomerRegistry customers;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    CaseTestSupport support;

    @Test
    void aSpaceAZwnjAndNothingMatchEachOtherInEverySearch() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String customer = "مرکز درمانی شبانه" + ZWNJ + "روزی " + tag;
        customers.create(new CustomerRegistry.CustomerData(null, customer, CustomerKind.CLINIC, null, null, null, null, null));
        Complaint complaint = intake.register(Channel.WEB_FORM, new Submission("شاکی", null, null, "z" + tag + "@example.ir",
                null, null, null, "دستگاه نا" + ZWNJ + "مناسب " + tag, "شرح", null, null, null, null), List.of());
        long caseId = support.caseOf(support.complaint(Channel.WEB_FORM, "می" + ZWNJ + "خواهم تعویض شود " + tag, null).getId())
                .getId();
        String staffName = "علی" + ZWNJ + "رضا جست" + ZWNJ + "وجو " + tag;
        accounts.create("s" + tag, "password-123", new StaffAccounts.Profile(staffName, null, null, null, null,
                EnumSet.of(Role.SALES_EXPERT), true));
        RequestPostProcessor manager = as(Role.MANAGER);

        for (String typed : List.of("شبانه روزی " + tag, "شبانهروزی " + tag, "شبانه" + ZWNJ + "روزی " + tag, "شبانه  روزي " + tag)) {
            assertThat(page("/customers?q=" + typed, as(Role.MANAGER))).as(typed).contains(customer);
        }
        for (String typed : List.of("نا مناسب " + tag, "نامناسب " + tag, "نا" + ZWNJ + "مناسب " + tag)) {
            assertThat(page("/complaints?query=" + typed, manager)).as(typed).contains(complaint.getTrackingCode().display());
        }
        for (String typed : List.of("می خواهم تعویض شود " + tag, "میخواهم تعویضشود " + tag.toUpperCase(), "مي" + ZWNJ + "خواهم")) {
            assertThat(page("/cases?q=" + typed, manager)).as(typed).contains("/cases/" + caseId + "\"");
        }
        for (String typed : List.of("علی رضا", "علیرضا جست وجو " + tag, "علي" + ZWNJ + "رضا جستوجو " + tag)) {
            assertThat(page("/staff?q=" + typed, as(Role.ADMIN))).as(typed).contains(staffName);
        }
        assertThat(page("/complaints?query=نا مناسب نیست " + tag, manager)).doesNotContain(complaint.getTrackingCode().display());
    }

    @Test
    void theInboxFindsAComplaintByItsCustomersNameOrCode() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String code = "LNK-" + tag.toUpperCase();
        long customerId = customers.create(new CustomerRegistry.CustomerData(code, "بیمارستان پیوندی " + tag,
                CustomerKind.HOSPITAL, null, null, null, null, null)).getId();
        String mobile = "0939" + (1000000 + Math.floorMod(tag.hashCode(), 8_999_999));
        customers.saveContact(customerId, null, new CustomerRegistry.ContactData("رابط پیوندی", null, mobile, null, null));
        Complaint complaint = intake.register(Channel.WEB_FORM, new Submission("رابط پیوندی", null, PhoneNumber.parse(mobile),
                null, null, null, null, "دستگاه کار نمی‌کند", "شرح", null, null, null, null), List.of());
        assertThat(complaint.getCustomerId()).isEqualTo(customerId);
        String code_ = complaint.getTrackingCode().display();

        RequestPostProcessor manager = as(Role.MANAGER);
        for (String typed : List.of("بیمارستان پیوندی " + tag, "بيمارستان پيوندي " + tag, code, code.toLowerCase())) {
            assertThat(page("/complaints?query=" + typed, manager)).as(typed).contains(code_);
        }
        assertThat(page("/complaints?query=بیمارستان ناپیوندی " + tag, manager)).doesNotContain(code_);
    }

    @Test
    void aTrackingCodeIsFoundWithASpaceAndShownOneWay() throws Exception {
        ComplaintCase kase = support.caseOf(support.complaint(Channel.WEB_FORM, "کد نمایش " + UUID.randomUUID(), null).getId());
        String value = kase.getTrackingCode();
        String display = value.substring(0, 5) + "-" + value.substring(5);
        RequestPostProcessor manager = as(Role.MANAGER);
        for (String typed : List.of(value.substring(0, 5) + " " + value.substring(5), display.toLowerCase(),
                PersianText.persianDigits(display), value)) {
            String list = page("/cases?q=" + typed, manager);
            assertThat(list).as(typed).contains("/cases/" + kase.getId() + "\"").contains(display);
        }
        assertThat(page("/cases/" + kase.getId(), manager)).contains(display).doesNotContain(">" + value + "<");
        assertThat(page("/complaints?query=" + display, manager)).contains(display);
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        int q = url.indexOf('?');
        var request = get(url.substring(0, q < 0 ? url.length() : q));
        if (q >= 0) {
            String[] pair = url.substring(q + 1).split("=", 2);
            request = request.param(pair[0], pair[1]);
        }
        MockHttpServletResponse response = mvc.perform(request.with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    private RequestPostProcessor as(Role role) {
        String username = "q" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(username, "password-123", new StaffAccounts.Profile("جوینده " + username, null, null, null,
                null, EnumSet.of(role), true)).getId();
        return user(username).roles(role.name());
    }
}
