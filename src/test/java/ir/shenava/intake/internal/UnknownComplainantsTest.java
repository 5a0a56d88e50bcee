package ir.shenava.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.customers.internal.CustomerRepository;
import ir.shenava.intake.Channel;
import ir.shenava.shared.PersianText;
import ir.shenava.shared.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A complaint from an unknown phone or email is linked to a new unverified contact, after it was stored. */
@ShenavaIntegrationTest
class UnknownComplainantsTest {

    @Autowired
    ComplaintIntake intake;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    CustomerRepository customers;
    @Autowired
    CustomerRegistry registry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    private static String newMobile() {
        return "0913" + (1000000 + (int) (Math.random() * 8999999));
    }

    private Complaint register(Channel channel, String name, String organisation, String phone, String email, String serial) {
        return intake.register(channel, new Submission(name, organisation, phone == null ? null : PhoneNumber.parse(phone),
                email, "SALES", serial, null, "شکایت ناشناس", "شرح شکایت", null, null, null, null), List.of());
    }

    private Complaint linked(Complaint complaint) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> complaints.findById(complaint.getId()).orElseThrow().getContactId() != null);
        return complaints.findById(complaint.getId()).orElseThrow();
    }

    /** Publications of the event that asks for a contact, written in the registering transaction. */
    private int contactRequests(Complaint complaint) {
        return jdbc.queryForObject("""
                select count(*) from event_publication where event_type like '%ComplaintUnmatched' and serialized_event like ?""",
                Integer.class, "%:" + complaint.getId() + "}");
    }

    @Test
    void anUnknownCallerBecomesAnUnverifiedContactAndTheNextComplaintFindsThem() throws Exception {
        String mobile = newMobile();
        Complaint first = register(Channel.WEB_FORM, "آرش بهرامي", null, mobile, null, null);
        assertThat(first.getCustomerId()).isNull();   // the customer's submission did not wait for this

        Complaint linked = linked(first);
        var customer = customers.findById(linked.getCustomerId()).orElseThrow();
        assertThat(customer.isVerified()).isFalse();
        assertThat(customer.getKind()).isEqualTo(CustomerKind.INDIVIDUAL);
        assertThat(customer.getName()).isEqualTo("آرش بهرامی");

        Complaint second = register(Channel.PHONE, "آقای بهرامی", "شرکت بهرامی", PersianText.persianDigits(mobile), null, null);
        assertThat(second.getCustomerId()).isEqualTo(customer.getId());
        assertThat(second.getContactId()).isEqualTo(linked.getContactId());
        assertThat(jdbc.queryForObject("select count(*) from customer where caller_key = ?", Integer.class,
                PhoneNumber.parse(mobile).e164())).isEqualTo(1);

        String page = mvc.perform(get("/complaints/{id}", first.getId()).with(user("q").roles("QUALITY_MANAGER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("آرش بهرامی").contains("تأییدنشده");
    }

    @Test
    void anOrganisationTypedNamesTheNewCustomer() {
        String email = "o." + UUID.randomUUID().toString().substring(0, 8) + "@lab.example";
        Complaint complaint = linked(register(Channel.EMAIL, "لیلا رحیمی", "آزمایشگاه نور", null, email, null));
        var customer = customers.findById(complaint.getCustomerId()).orElseThrow();
        assertThat(customer.getName()).isEqualTo("آزمایشگاه نور");
        assertThat(customer.getKind()).isEqualTo(CustomerKind.OTHER);
        assertThat(customer.isVerified()).isFalse();
    }

    @Test
    void aCustomerKnownByItsSerialNumberGetsTheNewContactInsteadOfADuplicate() {
        long known = registry.create(new CustomerRegistry.CustomerData(null, "بیمارستان سریال " + UUID.randomUUID(),
                CustomerKind.HOSPITAL, null, null, null, null, null)).getId();
        String serial = "UNK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        registry.saveEquipment(known, null, new CustomerRegistry.EquipmentData(null, "آنالایزر", serial, null, null));
        Complaint complaint = register(Channel.WEB_FORM, "کاوه نیک‌نام", null, newMobile(), null, serial);
        assertThat(complaint.getCustomerId()).isEqualTo(known);

        Complaint linked = linked(complaint);
        assertThat(linked.getCustomerId()).isEqualTo(known);
        assertThat(jdbc.queryForObject("select customer_id from contact where id = ?", Long.class, linked.getContactId()))
                .isEqualTo(known);
        assertThat(customers.findById(known).orElseThrow().isVerified()).isTrue();
    }

    @Test
    void aComplaintToTheCeoLeavesNoTraceInTheCustomerListAndAMatchedOneCostsNothingMore() {
        String mobile = newMobile();
        Complaint open = register(Channel.WEB_FORM, "شاکی آشکار", null, newMobile(), null, null);
        // its request for a contact is published (and, completed, deleted: completion-mode delete) — it shows as the contact
        assertThat(linked(open).getContactId()).isNotNull();
        Complaint secret = register(Channel.CEO_PAGE, "شاکی محرمانه", "سازمان محرمانه", mobile, null, null);
        assertThat(contactRequests(secret)).isZero();

        Complaint matched = register(Channel.WEB_FORM, "شاکی آشکار", null, linked(open).getContactPhone(), null, null);
        assertThat(matched.getContactId()).isNotNull();
        assertThat(contactRequests(matched)).isZero();
        assertThat(complaints.findById(secret.getId()).orElseThrow().getContactId()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from contact where mobile = ?", Integer.class,
                PhoneNumber.parse(mobile).e164())).isZero();
    }
}
