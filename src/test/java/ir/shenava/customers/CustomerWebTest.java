package ir.shenava.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.customers.internal.ContactRepository;
import ir.shenava.customers.internal.CustomerRepository;
import ir.shenava.customers.internal.EquipmentRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ShenavaIntegrationTest
class CustomerWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CustomerRepository customers;
    @Autowired
    ContactRepository contacts;
    @Autowired
    EquipmentRepository equipment;
    @Autowired
    CustomerDirectory directory;

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("expert").roles("SALES_EXPERT")).with(csrf())).andReturn().getResponse();
    }

    private long createCustomer(String name) throws Exception {
        MockHttpServletResponse created = send(post("/customers/new").param("name", name).param("kind", "HOSPITAL")
                .param("city", "اصفهان"));
        assertThat(created.getStatus()).isEqualTo(302);
        return Long.parseLong(created.getRedirectedUrl().replaceAll("\\D", ""));
    }

    @Test
    void aCustomerTypedWithArabicLettersAndPersianDigitsIsFoundWhateverTheUserTypes() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long id = createCustomer("بيمارستان كوثر " + tag);   // Arabic ي and ك as typed on an Arabic keyboard
        assertThat(customers.findById(id).orElseThrow().getName()).isEqualTo("بیمارستان کوثر " + tag);

        String mobile = "۰۹۱۲" + "۳۴۵" + "۶۷۸۹";
        assertThat(send(post("/customers/{id}/contacts/new", id).param("fullName", "علي رضايي")
                .param("mobile", mobile).param("email", "Ali@Example.IR")).getStatus()).isEqualTo(302);
        assertThat(contacts.findByCustomerIdOrderByFullName(id)).singleElement()
                .satisfies(c -> assertThat(c.getMobile()).isEqualTo("+989123456789"))
                .satisfies(c -> assertThat(c.getEmail()).isEqualTo("ali@example.ir"));

        String serial = "SN-" + tag.toUpperCase();
        assertThat(send(post("/customers/{id}/equipment/new", id).param("model", "آنالایزر X")
                .param("serialNumber", serial.toLowerCase()).param("installedOn", "۱۴۰۴/۰۱/۱۵")).getStatus()).isEqualTo(302);
        assertThat(equipment.findBySerialNumber(serial)).get()
                .satisfies(e -> assertThat(e.getInstalledOn()).isEqualTo(LocalDate.of(2025, 4, 4)));

        for (String query : new String[] {"بیمارستان کوثر " + tag, "كوثر " + tag, "0912 345 6789", "٠٩١٢٣٤٥٦٧٨٩",
                "+98 912 345 6789", "ALI@example.ir", serial.toLowerCase(), "رضایی"}) {
            String page = send(get("/customers").param("q", query)).getContentAsString();
            assertThat(page).as("search for %s", query).contains("بیمارستان کوثر " + tag);
        }
        assertThat(send(get("/customers").param("q", "هیچ‌چیز-" + tag)).getContentAsString())
                .doesNotContain("بیمارستان کوثر " + tag);
        assertThat(directory.contactsByPhone("09123456789")).extracting(ContactSummary::customerId)
                .containsExactly(new CustomerId(id));
    }

    @Test
    void theCustomerPageShowsContactsSitesAndEquipmentWithJalaliDates() throws Exception {
        long id = createCustomer("آزمایشگاه پارس " + UUID.randomUUID().toString().substring(0, 6));
        send(post("/customers/{id}/sites/new", id).param("name", "ساختمان مرکزی").param("city", "شیراز"));
        send(post("/customers/{id}/equipment/new", id).param("model", "دستگاه الف")
                .param("serialNumber", "P-" + UUID.randomUUID()).param("installedOn", "1405/8/14"));
        String page = send(get("/customers/{id}", id)).getContentAsString();
        assertThat(page).contains("ساختمان مرکزی").contains("دستگاه الف").contains("۱۴ آبان ۱۴۰۵")
                .doesNotContain("2026-11-05");
    }

    @Test
    void badInputIsExplainedInPersianAndNothingTypedIsLost() throws Exception {
        long id = createCustomer("درمانگاه نمونه " + UUID.randomUUID().toString().substring(0, 6));
        MockHttpServletResponse response = send(post("/customers/{id}/contacts/new", id)
                .param("fullName", "مینا احمدی").param("mobile", "۱۲۳۴۵").param("email", "not-an-email"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("شماره تلفن معتبر نیست")
                .contains("نشانی ایمیل معتبر نیست")
                .contains("value=\"مینا احمدی\"")
                .contains("value=\"۱۲۳۴۵\"");
        assertThat(contacts.findByCustomerIdOrderByFullName(id)).isEmpty();

        MockHttpServletResponse date = send(post("/customers/{id}/equipment/new", id).param("model", "م")
                .param("serialNumber", "D-" + UUID.randomUUID()).param("installedOn", "1404/12/30"));
        assertThat(date.getContentAsString()).as("the message says why").contains("اسفند ۱۴۰۴ ۲۹ روز دارد")
                .contains("value=\"1404/12/30\"");
    }

    @Test
    void aSerialNumberBelongsToOneUnitOnly() throws Exception {
        long a = createCustomer("الف " + UUID.randomUUID());
        long b = createCustomer("ب " + UUID.randomUUID());
        String serial = "DUP-" + UUID.randomUUID();
        send(post("/customers/{id}/equipment/new", a).param("model", "م").param("serialNumber", serial));
        MockHttpServletResponse second = send(post("/customers/{id}/equipment/new", b).param("model", "م")
                .param("serialNumber", serial.toLowerCase()));
        assertThat(second.getContentAsString()).contains("پیش‌تر برای دستگاه دیگری ثبت شده است");
    }

    @Test
    void theEnglishSwitchShowsEnglishAndGregorianDates() throws Exception {
        long id = createCustomer("English check " + UUID.randomUUID());
        String page = send(get("/customers/{id}", id).param("lang", "en")).getContentAsString();
        assertThat(page).contains("lang=\"en\"").contains("dir=\"ltr\"").contains("Contacts");
        String persian = send(get("/customers/{id}", id).param("lang", "fa")).getContentAsString();
        assertThat(persian).contains("dir=\"rtl\"").contains("اشخاص رابط");
    }
}
