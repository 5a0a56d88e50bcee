package ir.shenava.servicerecords.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.servicerecords.ConfirmationFindingRaised;
import ir.shenava.servicerecords.ConfirmationReviewSummaries;
import ir.shenava.servicerecords.ConfirmationReviewSummary;
import ir.shenava.servicerecords.ServiceType;
import ir.shenava.servicerecords.internal.ServiceRecords;
import ir.shenava.shared.JalaliDate;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The sample review through the web, each test in its own Jalali month of 1402 so no other data is drawn. */
@ShenavaIntegrationTest
@RecordApplicationEvents
class ConfirmationReviewWebTest {

    static final RequestPostProcessor CEO = user("ceo").roles("CEO");

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts staff;
    @Autowired
    CustomerRegistry customers;
    @Autowired
    ServiceRecords services;
    @Autowired
    ConfirmationReviewItemRepository items;
    @Autowired
    ConfirmationReviews reviews;
    @Autowired
    ConfirmationReviewSummaries summaries;
    @Autowired
    ApplicationEvents events;

    long person(String name, Role role) {
        return staff.create("u" + UUID.randomUUID().toString().substring(0, 12), "Temp-pass-123",
                new StaffAccounts.Profile(name, null, null, null, null, Set.of(role), true)).getId();
    }

    long customer() {
        return customers.create(new CustomerRegistry.CustomerData(null, "مشتری بازبینی " + UUID.randomUUID(),
                CustomerKind.HOSPITAL, null, null, null, null, null)).getId();
    }

    long done(long customerId, String jalaliDay, Long... staffIds) {
        LocalDate day = JalaliDate.parse(jalaliDay).toGregorian();
        long id = services.record(new ServiceRecords.Details(ServiceType.REPAIR, customerId, null, null, day,
                Set.of(staffIds), "تعمیر", null), "tester").getId();
        services.complete(id, day);
        return id;
    }

    long start(String period, String mode, String size, String seed) throws Exception {
        String location = mvc.perform(post("/service-records/reviews/new").with(CEO).with(csrf())
                        .param("period", period).param("mode", mode).param("size", size).param("seed", seed))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/service-records/reviews/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void everyExpertIsRepresentedAndTheSeedReproducesTheSample() throws Exception {
        long sales = person("فروشنده آزمون", Role.SALES_EXPERT);
        long a = person("کارشناس الف", Role.TECHNICAL_EXPERT);
        long b = person("کارشناس ب", Role.TECHNICAL_EXPERT);
        long c = person("کارشناس ج", Role.TECHNICAL_EXPERT);
        long customer = customer();
        for (int day = 1; day <= 8; day++) {
            done(customer, "1402/03/" + day, a);
        }
        done(customer, "1402/03/10", b);
        done(customer, "1402/03/11", b);
        // the sales expert has the lower id, yet the technical expert is the stratum
        long shared = done(customer, "1402/03/31", sales, c);

        long first = start("۱۴۰۲/۰۳", "COUNT", "2", "424242");
        List<ConfirmationReviewItem> drawn = items.findByReviewIdOrderById(first);
        assertThat(drawn).hasSize(3);
        assertThat(drawn).extracting(ConfirmationReviewItem::getStratumStaffId).containsExactlyInAnyOrder(a, b, c);
        assertThat(drawn).filteredOn(i -> i.getStratumStaffId() == c).extracting(ConfirmationReviewItem::getRecordId)
                .containsExactly(shared);
        ConfirmationReview review = reviews.review(first);
        assertThat(review.getPopulationSize()).isEqualTo(11);
        assertThat(review.getSeed()).isEqualTo(424242L);
        assertThat(review.getPeriodLabel()).isEqualTo("1402/03");

        long again = start("1402/03", "COUNT", "2", "424242");
        assertThat(items.findByReviewIdOrderById(again)).extracting(ConfirmationReviewItem::getRecordId)
                .containsExactlyElementsOf(drawn.stream().map(ConfirmationReviewItem::getRecordId).toList());

        long percent = start("1402/03", "PERCENT", "50", "");
        assertThat(items.findByReviewIdOrderById(percent)).hasSize(6);
        assertThat(reviews.review(percent).getSeed()).as("a random seed is stored").isNotNull();

        String page = mvc.perform(get("/service-records/reviews/" + first).with(CEO)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("کارشناس الف", "کارشناس ب", "کارشناس ج", "424242", "خرداد ۱۴۰۲", "۰ از ۳");
        String list = mvc.perform(get("/service-records/reviews").with(user("qm").roles("QUALITY_MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/service-records/reviews/" + first);
    }

    @Test
    void anEmptyPeriodOrABadPeriodIsExplainedOnTheForm() throws Exception {
        mvc.perform(get("/service-records/reviews/new").with(CEO)).andExpect(status().isOk());
        String empty = mvc.perform(post("/service-records/reviews/new").with(CEO).with(csrf())
                        .param("period", "1402/01").param("mode", "PERCENT").param("size", "10"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("هیچ سرویس انجام‌شده‌ای");
        String bad = mvc.perform(post("/service-records/reviews/new").with(CEO).with(csrf())
                        .param("period", "1402/13").param("mode", "PERCENT").param("size", "10"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("دوره درست نیست");
    }

    @Test
    void reviewingItemsCompletesTheReviewAndACaseIsRequestedOnce() throws Exception {
        long expert = person("کارشناس د", Role.TECHNICAL_EXPERT);
        long customer = customer();
        long r1 = done(customer, "1402/04/05", expert);
        done(customer, "1402/04/06", expert);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        services.confirm(r1, ir.shenava.servicerecords.internal.UploadedFile.check("form.png", png), true, false, true,
                true, "clerk");
        long reviewId = start("1402/04", "PERCENT", "100", "7");
        List<ConfirmationReviewItem> drawn = items.findByReviewIdOrderById(reviewId);
        assertThat(drawn).hasSize(2);
        ConfirmationReviewItem item = drawn.stream().filter(i -> i.getRecordId() == r1).findFirst().orElseThrow();
        ConfirmationReviewItem other = drawn.stream().filter(i -> i.getRecordId() != r1).findFirst().orElseThrow();
        String itemUrl = "/service-records/reviews/" + reviewId + "/items/" + item.getId();

        String itemPage = mvc.perform(get(itemUrl).with(CEO)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(itemPage).contains("کارشناس د", "تعمیر", "<img", "/service-records/attachments/", "form.png",
                "id=\"formPresent1\" name=\"formPresent\" checked=\"checked\"");
        // no findings yet: no case
        mvc.perform(post(itemUrl + "/case").with(CEO).with(csrf())).andExpect(flash().attribute("error", "review.case.noFindings"));

        mvc.perform(post(itemUrl).with(CEO).with(csrf()).param("formPresent", "true").param("filled", "true")
                        .param("signed", "true").param("customerCalled", "true").param("customerSatisfied", "false")
                        .param("customerSaid", "دستگاه هنوز خطا می‌دهد").param("findings", "مهر ندارد و مشتری ناراضی است"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "review.item.saved"));
        assertThat(reviews.review(reviewId).isCompleted()).isFalse();

        mvc.perform(post(itemUrl + "/case").with(CEO).with(csrf())).andExpect(flash().attribute("success", "review.case.requested"));
        mvc.perform(post(itemUrl + "/case").with(CEO).with(csrf())).andExpect(flash().attribute("error", "review.case.already"));
        assertThat(events.stream(ConfirmationFindingRaised.class).filter(e -> e.itemId() == item.getId()))
                .singleElement()
                .satisfies(e -> assertThat(e.serviceRecordId()).isEqualTo(r1))
                .satisfies(e -> assertThat(e.customerId()).isEqualTo(customer))
                .satisfies(e -> assertThat(e.reviewId()).isEqualTo(reviewId))
                .satisfies(e -> assertThat(e.raisedBy()).isEqualTo("ceo"))
                .satisfies(e -> assertThat(e.findings()).contains("مهر ندارد"));
        assertThat(mvc.perform(get(itemUrl).with(CEO)).andReturn().getResponse().getContentAsString())
                .contains("درخواست پرونده در");

        mvc.perform(post("/service-records/reviews/" + reviewId + "/items/" + other.getId()).with(CEO).with(csrf())
                .param("customerCalled", "false")).andExpect(status().is3xxRedirection());
        assertThat(reviews.review(reviewId).isCompleted()).isTrue();

        ConfirmationReviewSummary summary = summaries.ofReview(reviewId).orElseThrow();
        assertThat(summary.sampled()).isEqualTo(2);
        assertThat(summary.reviewed()).isEqualTo(2);
        assertThat(summary.defectsByKind()).containsEntry("NOT_STAMPED", 1).containsEntry("INCONSISTENT", 1)
                .containsEntry("NOT_SATISFIED", 1).containsEntry("MISSING", 1).containsEntry("NOT_SIGNED", 0);
        assertThat(summary.defectsByExpert()).containsEntry(expert, 4);
        assertThat(summaries.within(JalaliDate.parse("1402/04/01").toGregorian(), JalaliDate.parse("1402/06/31").toGregorian()))
                .extracting(ConfirmationReviewSummary::periodLabel).contains("1402/04");
        assertThat(mvc.perform(get("/service-records/reviews/" + reviewId).with(CEO)).andReturn().getResponse()
                .getContentAsString()).contains("۲ از ۲", "مهر ندارد");
    }

    @Test
    void aSalesExpertIsForbiddenEveryReviewPage() throws Exception {
        long expert = person("کارشناس ه", Role.TECHNICAL_EXPERT);
        done(customer(), "1402/05/05", expert);
        long reviewId = start("1402/05", "COUNT", "1", "");
        long itemId = items.findByReviewIdOrderById(reviewId).get(0).getId();
        String item = "/service-records/reviews/" + reviewId + "/items/" + itemId;
        RequestPostProcessor sales = user("sales").roles("SALES_EXPERT");
        List<MockHttpServletRequestBuilder> requests = List.of(get("/service-records/reviews"),
                get("/service-records/reviews/new"),
                post("/service-records/reviews/new").param("period", "1402/05").param("mode", "COUNT").param("size", "1"),
                get("/service-records/reviews/" + reviewId), get(item), post(item).param("findings", "x"),
                post(item + "/case"));
        for (MockHttpServletRequestBuilder request : requests) {
            mvc.perform(request.with(sales).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(items.findById(itemId).orElseThrow().isReviewed()).isFalse();
        mvc.perform(get("/service-records/reviews/999999999").with(CEO)).andExpect(status().isNotFound());
    }
}
