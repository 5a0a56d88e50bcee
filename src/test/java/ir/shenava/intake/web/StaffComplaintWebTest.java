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
import ir.shenava.intake.internal.ComplaintRepository;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ShenavaIntegrationTest
class StaffComplaintWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    CustomerRegistry customers;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;


    private String person(Role... roles) {
        String username = "p" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "password-123", new StaffAccounts.Profile("کارمند " + username, null, null, null, null,
                EnumSet.of(roles[0], roles), true));
        return username;
    }

    private RequestPostProcessor as(String username, Role role) {
        return user(username).roles(role.name());
    }

    @Test
    void anExpertLogsACallAndTheCallerIsRecognisedByTheirNumber() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long customerId = customers.create(new CustomerRegistry.CustomerData(null, "آزمایشگاه تماس " + tag,
                CustomerKind.LABORATORY, null, null, null, null, null)).getId();
        String mobile = "0935" + (1000000 + (int) (Math.random() * 8999999));
        customers.saveContact(customerId, null, new CustomerRegistry.ContactData("نسیم کریمی", "مسئول فنی", mobile, null, null));
        String expert = person(Role.TECHNICAL_EXPERT);

        String lookup = mvc.perform(get("/complaints/phone/lookup").param("phone", "+98 " + mobile.substring(1))
                .with(as(expert, Role.TECHNICAL_EXPERT))).andReturn().getResponse().getContentAsString();
        assertThat(lookup).contains("نسیم کریمی").contains("آزمایشگاه تماس " + tag);

        MockHttpServletResponse logged = mvc.perform(post("/complaints/phone").with(as(expert, Role.TECHNICAL_EXPERT)).with(csrf())
                .param("phone", PersianDigits.of(mobile)).param("contactName", "نسيم كريمي").param("categoryCode", "AFTER_SALES")
                .param("subject", "دستگاه خاموش می‌شود " + tag).param("description", "پس از نیم ساعت خاموش می‌شود")
                .param("submissionKey", UUID.randomUUID().toString())).andReturn().getResponse();
        assertThat(logged.getStatus()).isEqualTo(302);
        long id = Long.parseLong(logged.getRedirectedUrl().replaceAll("\\D", ""));
        Complaint stored = complaints.findById(id).orElseThrow();
        assertThat(stored.getChannel()).isEqualTo(Channel.PHONE);
        assertThat(stored.getCustomerId()).isEqualTo(customerId);
        assertThat(stored.getContactName()).isEqualTo("نسیم کریمی");

        String page = mvc.perform(get("/complaints/{id}", id).with(as(expert, Role.TECHNICAL_EXPERT)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("آزمایشگاه تماس " + tag).contains("کارمند " + expert);

        String manager = person(Role.MANAGER);
        String found = mvc.perform(get("/complaints").param("query", "خاموش مي‌شود " + tag).with(as(manager, Role.MANAGER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(found).contains("دستگاه خاموش می‌شود " + tag);
    }

    @Test
    void aComplaintToTheCeoIsSeenByTheCeoAndNobodyElse() throws Exception {
        String ceo = person(Role.CEO);
        String subject = "محرمانه برای مدیرعامل " + UUID.randomUUID().toString().substring(0, 6);
        Complaint secret = intake.register(Channel.CEO_PAGE, new Submission("شاکی", null, PhoneNumber.parse("09121112233"),
                null, null, null, null, subject, "شرح", null, null, null, null), List.of());
        String asCeo = mvc.perform(get("/complaints").with(as(ceo, Role.CEO))).andReturn().getResponse().getContentAsString();
        assertThat(asCeo).contains(">" + subject + "<");
        for (Role role : new Role[] {Role.ADMIN, Role.SENIOR_MANAGER, Role.MANAGER, Role.TECHNICAL_MANAGER,
                Role.QUALITY_MANAGER, Role.SALES_EXPERT, Role.TECHNICAL_EXPERT}) {
            String other = person(role);
            assertThat(mvc.perform(get("/complaints").param("query", subject).with(as(other, role)))
                    .andReturn().getResponse().getContentAsString()).as(role.name()).doesNotContain(">" + subject + "<");
            assertThat(mvc.perform(get("/complaints/{id}", secret.getId()).with(as(other, role)))
                    .andReturn().getResponse().getStatus()).as(role.name()).isEqualTo(404);
        }
    }

    @Test
    void theInboxPagesWithACursor() throws Exception {
        String tag = "صفحه" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 30; i++) {
            intake.register(Channel.WEB_FORM, new Submission("شاکی " + i, null, null, "p" + i + "@example.ir", null, null,
                    null, tag + " شماره " + i, "شرح", null, null, null, null), List.of());
        }
        String manager = person(Role.MANAGER);
        String first = mvc.perform(get("/complaints").param("query", tag).with(as(manager, Role.MANAGER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(first.split(tag + " شماره ", -1)).hasSize(26);
        String next = first.replaceAll("(?s).*href=\"(/complaints\\?[^\"]*after=[^\"]*)\".*", "$1").replace("&amp;", "&");
        assertThat(next).contains("after=");
        String second = mvc.perform(get(java.net.URI.create(next)).with(as(manager, Role.MANAGER))).andReturn().getResponse().getContentAsString();
        assertThat(second.split(tag + " شماره ", -1)).hasSize(6);
        assertThat(second).contains(tag + " شماره 0<").doesNotContain(tag + " شماره 29<");

        for (String crafted : List.of("99999999999999999999_1", "1_99999999999999999999", "999999999999999999_999999999999999999",
                "12_", "x_1", "")) {
            MockHttpServletResponse response = mvc.perform(get("/complaints").param("query", tag).param("after", crafted)
                    .with(as(manager, Role.MANAGER))).andReturn().getResponse();
            assertThat(response.getStatus()).as(crafted).isEqualTo(200);
            assertThat(response.getContentAsString()).as(crafted).contains(tag + " شماره 29<");
        }
    }

    @Test
    void aMistypedFilterIsShownAtItsFieldAndTheOtherFiltersStillApply() throws Exception {
        String tag = "صافی" + UUID.randomUUID().toString().substring(0, 6);
        intake.register(Channel.EMAIL, new Submission("شاکی", null, null, "f@example.ir", null, null, null,
                tag + " ایمیلی", "شرح", null, null, null, null), List.of());
        intake.register(Channel.WEB_FORM, new Submission("شاکی", null, null, "f@example.ir", null, null, null,
                tag + " وبی", "شرح", null, null, null, null), List.of());
        String manager = person(Role.MANAGER);

        MockHttpServletResponse response = mvc.perform(get("/complaints").param("query", tag).param("channel", "EMAIL")
                .param("from", "1405/9/31").param("to", "14050914").param("status", "FOO").param("ownerId", "x")
                .with(as(manager, Role.MANAGER))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString();
        assertThat(page).contains(tag + " ایمیلی").doesNotContain(tag + " وبی")
                .contains("<option value=\"EMAIL\" selected=\"selected\"")
                .contains("value=\"" + tag + "\"").contains("value=\"1405/9/31\"").contains("value=\"14050914\"")
                .contains("id=\"from-error\"").contains("id=\"to-error\"").contains("id=\"status-error\"")
                .contains("id=\"ownerId-error\"").doesNotContain("id=\"channel-error\"")
                .as("each date's message says why").contains("آذر ۱۴۰۵ ۳۰ روز دارد.")
                .contains("تاریخ را شمسی و به شکل سال/ماه/روز بنویسید، مانند ۱۴۰۵/۰۹/۱۴.")
                .contains("یک گزینه معتبر انتخاب کنید.").contains("مقدار واردشده معتبر نیست.");
        assertThat(page).doesNotContain("تاریخ معتبر نیست");

        String valid = mvc.perform(get("/complaints").param("query", tag).param("from", "۱۴۰۰/۱/۱")
                .with(as(manager, Role.MANAGER))).andReturn().getResponse().getContentAsString();
        assertThat(valid).contains(tag + " ایمیلی").contains(tag + " وبی").doesNotContain("is-invalid");
    }

    @Test
    void theInboxFindsAComplaintByItsTrackingCodeAndPhoneAsDisplayed() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        PhoneNumber phone = PhoneNumber.parse("0938" + (1000000 + (int) (Math.random() * 8999999)));
        Complaint complaint = intake.register(Channel.WEB_FORM, new Submission("شاکی جست‌وجو", null, phone, null, null,
                null, null, "یافتنی " + tag, "شرح", null, null, null, null), List.of());
        String code = complaint.getTrackingCode().display();
        String manager = person(Role.MANAGER);
        String national = phone.national();
        for (String typed : List.of(code, code.toLowerCase(), PersianDigits.of(code), code.replace("-", " "),
                phone.display(), national.substring(0, 4) + " " + national.substring(4, 7) + " " + national.substring(7),
                "+98 " + national.substring(1, 4) + " " + national.substring(4), PersianDigits.of("+98" + national.substring(1)),
                national)) {
            assertThat(mvc.perform(get("/complaints").param("query", typed).with(as(manager, Role.MANAGER)))
                    .andReturn().getResponse().getContentAsString()).as(typed).contains("یافتنی " + tag);
        }
    }

    @Test
    void theCustomerFilterIsKeptFromPageToPage() throws Exception {
        String tag = "مشتری" + UUID.randomUUID().toString().substring(0, 6);
        // a code of its own: a generated one may clash with a customer made meanwhile for an unmatched complaint
        String code = "PAGE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long customerId = customers.create(new CustomerRegistry.CustomerData(code, "بیمارستان صفحه " + tag,
                CustomerKind.CLINIC, null, null, null, null, null)).getId();
        String mobile = "0937" + (1000000 + (int) (Math.random() * 8999999));
        customers.saveContact(customerId, null, new CustomerRegistry.ContactData("رابط", null, mobile, null, null));
        intake.register(Channel.WEB_FORM, new Submission("دیگری", null, null, "other@example.ir", null, null, null,
                tag + " دیگری", "شرح", null, null, null, null), List.of());
        for (int i = 0; i < 26; i++) {
            intake.register(Channel.WEB_FORM, new Submission("رابط", null, PhoneNumber.parse(mobile), null, null, null, null,
                    tag + " شماره " + i, "شرح", null, null, null, null), List.of());
        }
        String manager = person(Role.MANAGER);
        String first = mvc.perform(get("/complaints").param("customerId", String.valueOf(customerId))
                .with(as(manager, Role.MANAGER))).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("<input type=\"hidden\" name=\"customerId\" value=\"" + customerId + "\"")
                .contains("بیمارستان صفحه " + tag).doesNotContain(tag + " دیگری");
        String next = first.replaceAll("(?s).*href=\"(/complaints\\?[^\"]*after=[^\"]*)\".*", "$1").replace("&amp;", "&");
        assertThat(next).contains("customerId=" + customerId);
        String second = mvc.perform(get(java.net.URI.create(next)).with(as(manager, Role.MANAGER))).andReturn().getResponse()
                .getContentAsString();
        assertThat(second).contains(tag + " شماره 0<").doesNotContain(tag + " دیگری")
                .contains("<input type=\"hidden\" name=\"customerId\" value=\"" + customerId + "\"");
    }

    @Test
    void aComplaintTakenBySomeoneWhoHasLeftStillNamesThem() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        StaffAccounts.Profile profile = new StaffAccounts.Profile("کارمند پیشین " + tag, null, null, null, null,
                EnumSet.of(Role.SALES_EXPERT), true);
        long former = accounts.create("former" + tag, "password-123", profile).getId();
        Complaint complaint = intake.register(Channel.PHONE, new Submission("شاکی", null, null, "l@example.ir", null, null,
                null, "گرفته‌شده " + tag, "شرح", null, former, null, null), List.of());
        accounts.update(former, new StaffAccounts.Profile(profile.fullName(), null, null, null, null,
                EnumSet.of(Role.SALES_EXPERT), false));
        String manager = person(Role.QUALITY_MANAGER);
        String page = mvc.perform(get("/complaints/{id}", complaint.getId()).with(as(manager, Role.QUALITY_MANAGER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("کارمند پیشین " + tag);
    }

    @Test
    void theComplaintPageShowsTheConversationOldestFirstWithJalaliTimesAndEscapedText() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Complaint complaint = intake.register(Channel.EMAIL, new Submission("پرویز نادری", null, null,
                "p." + tag + "@customer.example", "AFTER_SALES", null, null, "گفت‌وگو " + tag, "شرح", null, null, null, null),
                List.of());
        String manager = person(Role.QUALITY_MANAGER);
        String empty = mvc.perform(get("/complaints/{id}", complaint.getId()).with(as(manager, Role.QUALITY_MANAGER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("گفت‌وگو با شاکی").contains("هنوز پیامی درباره این شکایت رد و بدل نشده است.");

        // stored out of order: the answer (later) first, the customer's reply (earlier) second
        jdbc.update("""
                insert into complaint_message (complaint_id, direction, from_address, subject, body, received_at)
                values (?, 'OUT', null, null, ?, ?)""", complaint.getId(), "پاسخ ما " + tag,
                java.sql.Timestamp.from(java.time.Instant.parse("2025-03-20T21:30:00Z")));
        jdbc.update("""
                insert into complaint_message (complaint_id, direction, from_address, subject, body, received_at)
                values (?, 'IN', ?, ?, ?, ?)""", complaint.getId(), "p." + tag + "@customer.example", "Re: " + tag,
                "پیام مشتری " + tag + " <script>alert(1)</script>",
                java.sql.Timestamp.from(java.time.Instant.parse("2025-03-20T20:00:00Z")));

        String page = mvc.perform(get("/complaints/{id}", complaint.getId()).with(as(manager, Role.QUALITY_MANAGER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("هنوز پیامی درباره این شکایت").doesNotContain("<script>alert(1)</script>")
                .contains("پیام مشتری " + tag + " &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("p." + tag + "@customer.example").contains("Re: " + tag)
                .contains("دریافتی").contains("ارسالی").contains("فرستنده:").contains(">شرکت<")
                .contains("۳۰ اسفند ۱۴۰۳، ۲۳:۳۰").contains("۱ فروردین ۱۴۰۴، ۰۱:۰۰");
        assertThat(page.indexOf("پیام مشتری " + tag)).isLessThan(page.indexOf("پاسخ ما " + tag));
    }

    /** Persian digits, as typed on a Persian keyboard. */
    static final class PersianDigits {
        static String of(String latin) {
            return ir.shenava.shared.PersianText.persianDigits(latin);
        }
    }
}
