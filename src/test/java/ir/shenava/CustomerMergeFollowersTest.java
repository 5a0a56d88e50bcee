package ir.shenava;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.Contact;
import ir.shenava.customers.internal.CustomerMerges;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.ComplaintRepository;
import ir.shenava.intake.internal.Submission;
import ir.shenava.servicerecords.ServiceType;
import ir.shenava.servicerecords.internal.ServiceRecords;
import ir.shenava.shared.PersianText;
import ir.shenava.shared.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * After a merge, the modules that keep a customer's id follow it: the complaint (and its contact,
 * when combined), its case and the customer's service records end up under the customer that stays.
 */
@ShenavaIntegrationTest
class CustomerMergeFollowersTest {

    @Autowired
    ComplaintIntake intake;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    CustomerRegistry customers;
    @Autowired
    CustomerMerges merges;
    @Autowired
    ServiceRecords services;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    private Long column(String sql, long id) {
        List<Long> values = jdbc.queryForList(sql, Long.class, id);
        return values.isEmpty() ? null : values.get(0);
    }

    private Complaint register(String mobile, String subject) {
        return intake.register(Channel.WEB_FORM, new Submission("نادر صالحی", "کلینیک صالح", PhoneNumber.parse(mobile),
                null, "SALES", null, null, subject, "دستگاه هنوز نرسیده است.", null, null, null, null), List.of());
    }

    private boolean caseOpened(long complaintId) {
        return jdbc.queryForObject("select count(*) from complaint_case where id = ?", Integer.class, complaintId) == 1;
    }

    @Test
    void theComplaintsTheirCasesAndTheServiceRecordsFollowTheMergedCustomer() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String mobile = "0917" + (1000000 + (int) (Math.random() * 8999999));
        // an unknown caller: linked to a new unverified customer after the complaint (and its case) were stored
        Complaint first = register(mobile, "تأخیر در تحویل " + tag);
        await().atMost(Duration.ofSeconds(20)).until(() -> complaints.findById(first.getId()).orElseThrow().getContactId() != null
                && caseOpened(first.getId()));
        long newcomer = complaints.findById(first.getId()).orElseThrow().getCustomerId();
        // calling again, the same caller is known at once: this complaint and its case carry the customer from the start
        Complaint second = register(PersianText.persianDigits(mobile), "پیگیری دوباره " + tag);
        assertThat(second.getCustomerId()).isEqualTo(newcomer);
        await().atMost(Duration.ofSeconds(20)).until(() -> caseOpened(second.getId()));
        assertThat(column("select customer_id from complaint_case where id = ?", second.getId())).isEqualTo(newcomer);
        long record = services.record(new ServiceRecords.Details(ServiceType.REPAIR, newcomer, null, null, LocalDate.now(),
                Set.of(), "تعمیر پمپ", null), "tester").getId();

        String keptName = "کلینیک صالح مرکزی " + tag;
        long kept = customers.create(new CustomerRegistry.CustomerData(null, keptName, CustomerKind.CLINIC,
                null, null, null, null, null)).getId();
        Contact nader = customers.saveContact(kept, null, new CustomerRegistry.ContactData("دکتر نادر صالحی", null, mobile,
                null, null));
        merges.merge(newcomer, kept, "tester");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (Complaint complaint : List.of(first, second)) {
                Complaint moved = complaints.findById(complaint.getId()).orElseThrow();
                assertThat(moved.getCustomerId()).isEqualTo(kept);
                assertThat(moved.getContactId()).as("the combined contact").isEqualTo(nader.getId());
            }
            assertThat(column("select customer_id from complaint_case where id = ?", second.getId())).isEqualTo(kept);
            assertThat(column("select customer_id from service_record where id = ?", record)).isEqualTo(kept);
        });
        assertThat(jdbc.queryForObject("select count(*) from complaint where customer_id = ?", Integer.class, newcomer))
                .isZero();
        // a form opened before the merge still posts the old id: the new record goes to the customer that stays
        long late = services.record(new ServiceRecords.Details(ServiceType.REPAIR, newcomer, null, null, LocalDate.now(),
                Set.of(), "سرویس پس از ادغام", null), "tester").getId();
        assertThat(column("select customer_id from service_record where id = ?", late)).isEqualTo(kept);
        String oldLink = mvc.perform(get("/complaints").param("customerId", String.valueOf(newcomer))
                .with(user("q").roles("QUALITY_MANAGER"))).andReturn().getResponse().getContentAsString();
        assertThat(oldLink).as("an old link lists the complaints of the customer that stays")
                .contains("/complaints/" + first.getId());
        String onCustomerPage = mvc.perform(get("/complaints/of-customer").param("customerId", String.valueOf(kept))
                .with(user("q").roles("QUALITY_MANAGER"))).andReturn().getResponse().getContentAsString();
        assertThat(onCustomerPage).contains("/complaints/" + first.getId()).contains("/complaints/" + second.getId());

        // the first case opened before its caller was known: its page still shows the customer and the services done
        String casePage = mvc.perform(get("/cases/{id}", first.getId()).with(user("ceo-merge").roles("CEO")))
                .andReturn().getResponse().getContentAsString();
        assertThat(casePage).contains(keptName).contains("/customers/" + kept).contains("service-record:" + record);
    }
}
