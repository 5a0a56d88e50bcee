package ir.shenava.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.customers.internal.Contact;
import ir.shenava.customers.internal.ContactRepository;
import ir.shenava.customers.internal.CustomerMerges;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.customers.internal.CustomerRepository;
import ir.shenava.customers.internal.EquipmentRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Staff merge a customer made from an unknown complainant into the customer it really is. */
@ShenavaIntegrationTest
class CustomerMergeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnverifiedContacts unverified;
    @Autowired
    CustomerRegistry registry;
    @Autowired
    CustomerRepository customers;
    @Autowired
    ContactRepository contacts;
    @Autowired
    EquipmentRepository equipment;
    @Autowired
    CustomerDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CustomerMerges customerMerges;

    private static String newMobile() {
        return "0915" + (1000000 + (int) (Math.random() * 8999999));
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private MvcResult asExpert(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("merger").roles("SALES_EXPERT")).with(csrf())).andReturn();
    }

    private long known(String name) {
        return registry.create(new CustomerRegistry.CustomerData(null, name, CustomerKind.HOSPITAL, null, "تبریز", null,
                null, null)).getId();
    }

    @Test
    void theNewcomersContactsSitesAndEquipmentMoveAndTheSamePersonBecomesOneContact() throws Exception {
        String tag = tag();
        long into = known("بیمارستان امام " + tag);
        // she complained from her mobile and gave her email before anyone had entered her: a new unverified customer
        String sharedMobile = newMobile();
        String email = "m." + tag + "@imam.example";
        ContactSummary herEmail = unverified.findOrCreate(new UnknownContact("مریم احمدی", "بیمارستان امام " + tag,
                sharedMobile.replace("0915", "+98 915 "), email, null)).orElseThrow();
        long merged = herEmail.customerId().value();
        assertThat(merged).isNotEqualTo(into);
        // later the hospital's own record got her (same mobile, no email), and the newcomer got a colleague
        Contact theirs = registry.saveContact(into, null, new CustomerRegistry.ContactData("دکتر مریم احمدی", "مدیر فنی",
                sharedMobile, null, null));
        String colleagueMobile = newMobile();
        Contact colleague = registry.saveContact(merged, null, new CustomerRegistry.ContactData("رضا کریمی", null,
                colleagueMobile, null, null));
        registry.saveSite(merged, null, new CustomerRegistry.SiteData("ساختمان شرقی", null, "تبریز", null));
        String serial = "MRG-" + tag.toUpperCase();
        registry.saveEquipment(merged, null, new CustomerRegistry.EquipmentData(null, "سانتریفیوژ", serial, null, null));

        // the search on the merge page finds the known customer and never offers the newcomer itself
        String search = asExpert(get("/customers/{id}/merge", merged).param("q", "امام " + tag)).getResponse()
                .getContentAsString();
        assertThat(search).contains("بیمارستان امام " + tag).contains("/customers/" + merged + "/merge/" + into)
                .doesNotContain("/customers/" + merged + "/merge/" + merged);

        String confirm = asExpert(get("/customers/{id}/merge/{into}", merged, into)).getResponse().getContentAsString();
        assertThat(confirm).contains("ادغام «بیمارستان امام " + tag + "» در «بیمارستان امام " + tag + "»")
                .contains("اشخاص رابطی که منتقل می‌شوند: ۱")
                .contains("با شخصِ هم‌تلفن یا هم‌ایمیل در مشتری مقصد یکی می‌شوند: ۱")
                .contains("سایت‌هایی که منتقل می‌شوند: ۱").contains("تجهیزاتی که منتقل می‌شوند: ۱")
                .contains("برگشت‌پذیر نیست");
        assertThat(customers.existsById(merged)).as("looking is not merging").isTrue();

        assertThat(mvc.perform(post("/customers/{id}/merge/{into}", merged, into).with(user("c").roles("CALLER"))
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        MvcResult done = asExpert(post("/customers/{id}/merge/{into}", merged, into));
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/customers/" + into);
        assertThat(done.getFlashMap().get("success")).isEqualTo("customer.merged");

        assertThat(customers.existsById(merged)).isFalse();
        assertThat(contacts.findByCustomerIdOrderByFullName(into)).extracting(Contact::getFullName)
                .containsExactlyInAnyOrder("دکتر مریم احمدی", "رضا کریمی");
        Contact combined = contacts.findById(theirs.getId()).orElseThrow();
        assertThat(combined.getEmail()).as("what only the newcomer knew is kept").isEqualTo(email);
        assertThat(combined.getPosition()).isEqualTo("مدیر فنی");
        assertThat(contacts.findById(herEmail.id().value())).isEmpty();
        assertThat(contacts.findById(colleague.getId()).orElseThrow().getCustomerId()).isEqualTo(into);
        assertThat(equipment.findBySerialNumber(serial).orElseThrow().getCustomerId()).isEqualTo(into);
        assertThat(directory.sitesOf(new CustomerId(into))).extracting(SiteSummary::name).contains("ساختمان شرقی");
        assertThat(jdbc.queryForObject("select merged_by from customer_merge where merged_id = ?", String.class, merged))
                .isEqualTo("merger");

        // the customer list finds the known customer by what came with the newcomer, and lists the newcomer no more
        String list = asExpert(get("/customers").param("q", colleagueMobile)).getResponse().getContentAsString();
        assertThat(list).contains("/customers/" + into).doesNotContain("/customers/" + merged + "\"");
        assertThat(directory.contactsByEmail(email)).extracting(c -> c.customerId().value()).containsOnly(into);

        // an old link to the newcomer leads to the customer it went into; so does a second click
        MvcResult old = asExpert(get("/customers/{id}", merged));
        assertThat(old.getResponse().getRedirectedUrl()).isEqualTo("/customers/" + into);
        assertThat(old.getFlashMap().get("success")).isEqualTo("customer.mergedAway");
        assertThat(directory.find(new CustomerId(merged))).get().extracting(s -> s.id().value()).isEqualTo(into);
        MvcResult again = asExpert(post("/customers/{id}/merge/{into}", merged, into));
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/customers/" + into);
        assertThat(again.getFlashMap().get("success")).isEqualTo("customer.mergedAway");
    }

    @Test
    void aPersonKnownThereWithAnotherEmailStaysASecondContactSoNoAddressIsLost() {
        String tag = tag();
        String mobile = newMobile();
        // he complained from his mobile and his own email before anyone had entered him: an unverified customer
        long newcomer = unverified.findOrCreate(new UnknownContact("علی رضوی", "میلاد", mobile,
                "ali." + tag + "@gmail.example", null)).orElseThrow().customerId().value();
        // the hospital's record got him later, with the same mobile but the office address
        long into = known("بیمارستان میلاد " + tag);
        Contact theirs = registry.saveContact(into, null, new CustomerRegistry.ContactData("علی رضوی", null, mobile, null,
                "office." + tag + "@milad.example"));
        assertThat(customerMerges.preview(newcomer, into)).satisfies(p -> {
            assertThat(p.contactsMoved()).isEqualTo(1);
            assertThat(p.contactsCombined()).isZero();
        });
        CustomerMerged merged = customerMerges.merge(newcomer, into, "tester");
        assertThat(merged.combinedContacts()).isEmpty();
        assertThat(contacts.findByCustomerIdOrderByFullName(into)).extracting(Contact::getEmail)
                .containsExactlyInAnyOrder("office." + tag + "@milad.example", "ali." + tag + "@gmail.example");
        assertThat(contacts.findById(theirs.getId()).orElseThrow().getEmail()).isEqualTo("office." + tag + "@milad.example");
    }

    @Test
    void theConfirmationPagePromisesExactlyWhatTheMergeDoes() {
        String tag = tag();
        String mobile = newMobile();
        // two records of people with the same mobile and different emails: only the first can be
        // combined with the hospital's contact (it has no email yet); the second would lose its address
        long newcomer = unverified.findOrCreate(new UnknownContact("سمیرا نادری", "بیمارستان رازی", mobile,
                "first." + tag + "@razi.example", null)).orElseThrow().customerId().value();
        registry.saveContact(newcomer, null, new CustomerRegistry.ContactData("سمیرا نادری", null, mobile, null,
                "second." + tag + "@razi.example"));
        long into = known("بیمارستان رازی " + tag);
        registry.saveContact(into, null, new CustomerRegistry.ContactData("سمیرا نادری", "سرپرستار", mobile, null, null));

        CustomerMerges.Preview preview = customerMerges.preview(newcomer, into);
        assertThat(customers.existsById(newcomer)).as("the preview changed nothing").isTrue();
        assertThat(contacts.findByCustomerIdOrderByFullName(into)).singleElement()
                .satisfies(c -> assertThat(c.getEmail()).isNull());
        CustomerMerged merged = customerMerges.merge(newcomer, into, "tester");
        assertThat(merged.combinedContacts()).hasSize(preview.contactsCombined()).hasSize(1);
        assertThat(contacts.findByCustomerIdOrderByFullName(into)).hasSize(1 + preview.contactsMoved())
                .extracting(Contact::getEmail)
                .containsExactlyInAnyOrder("first." + tag + "@razi.example", "second." + tag + "@razi.example");
    }

    @Test
    void aVerifiedCustomerItselfOrAMissingTargetIsRefusedWithAMessageAndNothingMoves() throws Exception {
        long verified = known("آزمایشگاه تأییدشده " + tag());
        long other = known("آزمایشگاه دیگر " + tag());
        MvcResult refused = asExpert(post("/customers/{id}/merge/{into}", verified, other));
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/customers/" + verified);
        assertThat(refused.getFlashMap().get("error")).isEqualTo("customer.merge.verified");
        assertThat(asExpert(get("/customers/{id}/merge", verified)).getFlashMap().get("error"))
                .isEqualTo("customer.merge.verified");
        assertThat(customers.existsById(verified)).isTrue();

        long newcomer = unverified.findOrCreate(new UnknownContact("ناشناس " + tag(), null, newMobile(), null, null))
                .orElseThrow().customerId().value();
        assertThat(asExpert(post("/customers/{id}/merge/{into}", newcomer, newcomer)).getFlashMap().get("error"))
                .isEqualTo("customer.merge.self");
        assertThat(asExpert(post("/customers/{id}/merge/{into}", newcomer, Long.MAX_VALUE)).getFlashMap().get("error"))
                .isEqualTo("customer.merge.targetNotFound");
        assertThat(customers.existsById(newcomer)).isTrue();
        assertThat(contacts.findByCustomerIdOrderByFullName(newcomer)).hasSize(1);

        MvcResult missing = asExpert(post("/customers/{id}/merge/{into}", Long.MAX_VALUE, other));
        assertThat(missing.getResponse().getRedirectedUrl()).isEqualTo("/customers");
        assertThat(missing.getFlashMap().get("error")).isEqualTo("customer.notFound");
        assertThat(asExpert(get("/customers/{id}", Long.MAX_VALUE)).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theUnverifiedCustomersPageOffersTheMergeAndTheMessageIsShownInPersian() throws Exception {
        long newcomer = unverified.findOrCreate(new UnknownContact("شاکی تازه " + tag(), null, newMobile(), null, null))
                .orElseThrow().customerId().value();
        String page = asExpert(get("/customers/{id}", newcomer)).getResponse().getContentAsString();
        assertThat(page).contains("ادغام در مشتری دیگر").contains("/customers/" + newcomer + "/merge");
        String empty = asExpert(get("/customers/{id}/merge", newcomer)).getResponse().getContentAsString();
        assertThat(empty).contains("مشتری مقصد").doesNotContain("/merge/");

        long verified = known("درمانگاه " + tag());
        assertThat(asExpert(get("/customers/{id}", verified)).getResponse().getContentAsString())
                .doesNotContain("/customers/" + verified + "/merge");
        String shown = mvc.perform(get("/customers/{id}", verified).with(user("merger").roles("SALES_EXPERT"))
                .flashAttr("error", "customer.merge.verified")).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("فقط مشتری تأییدنشده را می‌توان در مشتری دیگری ادغام کرد.");
    }

    @Test
    void aCustomerMergedOnIsFollowedToWhereItsRecordsAreNow() {
        long first = unverified.findOrCreate(new UnknownContact("زنجیره ۱", null, newMobile(), null, null))
                .orElseThrow().customerId().value();
        long second = unverified.findOrCreate(new UnknownContact("زنجیره ۲", null, newMobile(), null, null))
                .orElseThrow().customerId().value();
        long last = known("بیمارستان پایانی " + tag());
        CustomerMerged earlier = customerMerges.merge(first, second, "tester");
        CustomerMerged later = customerMerges.merge(second, last, "tester");
        // a listener handling the earlier merge after the later one still sends the records to the end
        assertThat(directory.heirOf(earlier)).isEqualTo(last);
        assertThat(directory.heirOf(later)).isEqualTo(last);
        assertThat(directory.current(new CustomerId(first))).contains(new CustomerId(last));
        assertThat(directory.current(new CustomerId(Long.MAX_VALUE))).isEmpty();
        assertThat(contacts.findByCustomerIdOrderByFullName(last)).extracting(Contact::getFullName)
                .containsExactlyInAnyOrder("زنجیره ۱", "زنجیره ۲");
    }
}
