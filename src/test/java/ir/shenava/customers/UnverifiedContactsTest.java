package ir.shenava.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.customers.internal.ContactRepository;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.customers.internal.CustomerRepository;
import ir.shenava.shared.PersianText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Unknown complainants become unverified contacts: once per phone or email, whatever the timing. */
@ShenavaIntegrationTest
class UnverifiedContactsTest {

    @Autowired
    UnverifiedContacts unverified;
    @Autowired
    CustomerRepository customers;
    @Autowired
    ContactRepository contacts;
    @Autowired
    CustomerRegistry registry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    private static String newMobile() {
        return "0912" + (1000000 + (int) (Math.random() * 8999999));
    }

    private int customersKeyed(String key) {
        return jdbc.queryForObject("select count(*) from customer where caller_key = ?", Integer.class, key);
    }

    @Test
    void aNewPersonBecomesAnUnverifiedIndividualAndComesBackAsTheSameContact() {
        String mobile = newMobile();
        ContactSummary first = unverified.findOrCreate(new UnknownContact("نسرين كاظمي", null, mobile, null, null)).orElseThrow();
        assertThat(first.fullName()).isEqualTo("نسرین کاظمی");
        assertThat(first.mobile()).isEqualTo("+98" + mobile.substring(1));
        var customer = customers.findById(first.customerId().value()).orElseThrow();
        assertThat(customer.isVerified()).isFalse();
        assertThat(customer.getKind()).isEqualTo(CustomerKind.INDIVIDUAL);
        assertThat(customer.getName()).isEqualTo("نسرین کاظمی");
        assertThat(customer.getCode()).matches("C-\\d{5,}");
        assertThat(customer.getSearchText()).contains(mobile);
        assertThat(contacts.findById(first.id().value()).orElseThrow().isVerified()).isFalse();

        // the same number typed another way, by another name: the same contact, no second customer
        ContactSummary again = unverified.findOrCreate(new UnknownContact("خانم کاظمی", "بیمارستان دیگر",
                "+98 " + PersianText.persianDigits(mobile.substring(1)), null, null)).orElseThrow();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(customersKeyed("+98" + mobile.substring(1))).isEqualTo(1);
    }

    @Test
    void anOrganisationTypedNamesTheCustomerAndAnEmailAloneIsEnough() {
        String email = "u." + UUID.randomUUID().toString().substring(0, 8) + "@clinic.example";
        ContactSummary contact = unverified.findOrCreate(new UnknownContact("رضا امیری", "درمانگاه شفا", null,
                email.toUpperCase(), null)).orElseThrow();
        assertThat(contact.email()).isEqualTo(email);
        var customer = customers.findById(contact.customerId().value()).orElseThrow();
        assertThat(customer.getName()).isEqualTo("درمانگاه شفا");
        assertThat(customer.getKind()).isEqualTo(CustomerKind.OTHER);
        assertThat(unverified.findOrCreate(new UnknownContact("ر. امیری", null, null, " " + email, null)))
                .get().extracting(ContactSummary::id).isEqualTo(contact.id());
        assertThat(unverified.findOrCreate(new UnknownContact("بی‌نشان", null, "123", " ", null))).isEmpty();
    }

    @Test
    void aPersonOfAKnownCustomerJoinsItInsteadOfMakingAnother() {
        long known = registry.create(new CustomerRegistry.CustomerData(null, "کارخانه شناخته " + UUID.randomUUID(),
                CustomerKind.FACTORY, null, null, null, null, null)).getId();
        String landline = "021" + (10000000 + (int) (Math.random() * 89999999));
        ContactSummary contact = unverified.findOrCreate(new UnknownContact("مهدی نادری", "نام دیگری", landline, null,
                new CustomerId(known))).orElseThrow();
        assertThat(contact.customerId()).isEqualTo(new CustomerId(known));
        assertThat(contact.landline()).isEqualTo("+98" + landline.substring(1));
        assertThat(customers.findById(known).orElseThrow().isVerified()).isTrue();
        assertThat(customersKeyed(contact.landline())).isZero();
    }

    @Test
    void theSameNewNumberAtTheSameMomentMakesOneCustomerAndDifferentNumbersMakeOneEach() throws Exception {
        String mobile = newMobile();
        List<Optional<ContactSummary>> same = race(8, i -> new UnknownContact("هم‌زمان " + i, null,
                i % 2 == 0 ? mobile : PersianText.persianDigits(mobile), null, null));
        assertThat(same).allSatisfy(c -> assertThat(c).get().extracting(ContactSummary::id).isEqualTo(same.get(0).get().id()));
        assertThat(customersKeyed("+98" + mobile.substring(1))).isEqualTo(1);
        assertThat(contacts.findByPhone("+98" + mobile.substring(1))).hasSize(1);

        // different numbers at once compete for the next customer code: each still gets its customer
        List<String> mobiles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            mobiles.add(newMobile());
        }
        List<Optional<ContactSummary>> different = race(6, i -> new UnknownContact("شاکی " + i, null, mobiles.get(i), null, null));
        assertThat(different).extracting(c -> c.orElseThrow().customerId()).doesNotHaveDuplicates();
        assertThat(different).extracting(c -> customers.findById(c.orElseThrow().customerId().value()).orElseThrow().getCode())
                .doesNotHaveDuplicates();
    }

    @Test
    void customersEnteredByStaffAndMadeForUnknownComplainantsAtOnceEachGetTheirOwnCode() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Long>> created = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                created.add(pool.submit(() -> {
                    start.await();
                    return n % 2 == 0
                            ? registry.create(new CustomerRegistry.CustomerData(null, "مشتری هم‌زمان " + UUID.randomUUID(),
                                    CustomerKind.CLINIC, null, null, null, null, null)).getId()
                            : unverified.findOrCreate(new UnknownContact("شاکی هم‌زمان " + n, null, newMobile(), null, null))
                                    .orElseThrow().customerId().value();
                }));
            }
            start.countDown();
            List<String> codes = new ArrayList<>();
            for (Future<Long> id : created) {
                codes.add(customers.findById(id.get()).orElseThrow().getCode());
            }
            assertThat(codes).hasSize(8).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void staffSeeTheUnverifiedBadgeAndVerifyTheCustomer() throws Exception {
        String mobile = newMobile();
        String name = "مشتری ناشناس " + UUID.randomUUID().toString().substring(0, 6);
        ContactSummary contact = unverified.findOrCreate(new UnknownContact("پروانه صدری", name, mobile, null, null)).orElseThrow();
        long id = contact.customerId().value();

        String page = mvc.perform(get("/customers/{id}", id).with(user("expert").roles("SALES_EXPERT")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("تأییدنشده").contains("از روی تلفن یا ایمیل یک شاکی ناشناس").contains("تأیید مشتری");
        String list = mvc.perform(get("/customers").param("q", mobile).with(user("caller").roles("CALLER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains(name).contains("تأییدنشده");

        assertThat(mvc.perform(post("/customers/{id}/verify", id).with(user("caller").roles("CALLER")).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(customers.findById(id).orElseThrow().isVerified()).isFalse();
        var verified = mvc.perform(post("/customers/{id}/verify", id).with(user("expert").roles("SALES_EXPERT")).with(csrf()))
                .andReturn();
        assertThat(verified.getResponse().getRedirectedUrl()).isEqualTo("/customers/" + id);
        assertThat(verified.getFlashMap().get("success")).isEqualTo("customer.verified");
        assertThat(customers.findById(id).orElseThrow().isVerified()).isTrue();
        assertThat(contacts.findById(contact.id().value()).orElseThrow().isVerified()).isTrue();
        assertThat(mvc.perform(get("/customers/{id}", id).with(user("expert").roles("SALES_EXPERT")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("تأییدنشده");
    }

    @Test
    void anUnverifiedContactOfAKnownCustomerIsVerifiedOnItsOwn() throws Exception {
        long known = registry.create(new CustomerRegistry.CustomerData(null, "بیمارستان شناخته " + UUID.randomUUID(),
                CustomerKind.HOSPITAL, null, null, null, null, null)).getId();
        ContactSummary contact = unverified.findOrCreate(new UnknownContact("سارا مهدوی", null, newMobile(), null,
                new CustomerId(known))).orElseThrow();
        String page = mvc.perform(get("/customers/{id}", known).with(user("expert").roles("SALES_EXPERT")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("سارا مهدوی").contains("تأییدنشده").doesNotContain("تأیید مشتری");
        mvc.perform(post("/customers/{id}/contacts/{c}/verify", known, contact.id().value())
                .with(user("expert").roles("SALES_EXPERT")).with(csrf()));
        assertThat(contacts.findById(contact.id().value()).orElseThrow().isVerified()).isTrue();
    }

    private List<Optional<ContactSummary>> race(int threads, java.util.function.IntFunction<UnknownContact> who) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Optional<ContactSummary>>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                UnknownContact person = who.apply(i);
                Callable<Optional<ContactSummary>> call = () -> {
                    start.await();
                    return unverified.findOrCreate(person);
                };
                calls.add(pool.submit(call));
            }
            start.countDown();
            List<Optional<ContactSummary>> results = new ArrayList<>();
            for (Future<Optional<ContactSummary>> call : calls) {
                results.add(call.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
