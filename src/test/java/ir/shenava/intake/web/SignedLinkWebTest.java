package ir.shenava.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintFollowUp;
import ir.shenava.intake.ComplaintLinks;
import ir.shenava.intake.ComplaintStatus;
import ir.shenava.intake.HandlingRated;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The links in the mails: confirm satisfaction without the tracking code, rate the handling (the link shows the stars, the button records). */
@ShenavaIntegrationTest
@RecordApplicationEvents
class SignedLinkWebTest {

    static final String BASE = "http://localhost:8080";

    @Autowired
    MockMvc mvc;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    ComplaintFollowUp followUp;
    @Autowired
    ComplaintLinks links;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    private Complaint complaint(ComplaintStatus status) {
        Complaint c = intake.register(Channel.EMAIL, new Submission("سارا نوری", null, null,
                "s" + UUID.randomUUID().toString().substring(0, 8) + "@example.ir", "AFTER_SALES", null, null,
                "سرویس انجام نشد " + UUID.randomUUID().toString().substring(0, 6), "شرح", null, null, null, null), List.of());
        OpenedCase.awaitFor(jdbc, c.getId());
        followUp.statusChanged(c.getId(), status, Instant.now());
        return c;
    }

    private MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
        String ip = "10.55." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        return request.with(r -> {
            r.setRemoteAddr(ip);
            return r;
        });
    }

    private MockHttpServletResponse open(String link) throws Exception {
        assertThat(link).startsWith(BASE + "/track/");
        return mvc.perform(from(get(URI.create(link.substring(BASE.length()))))).andReturn().getResponse();
    }

    private Integer storedRating(long complaintId) {
        return jdbc.query("select rating from complaint_handling_rating where complaint_id = ?",
                rs -> rs.next() ? rs.getInt(1) : null, complaintId);
    }

    @Test
    void theConfirmationLinkOpensTheFormWithoutThePhoneDigits() throws Exception {
        Complaint c = complaint(ComplaintStatus.AWAITING_CONFIRMATION);
        String link = links.confirmationLink(c.getId());
        MockHttpServletResponse page = open(link);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains(c.getSubject()).contains("آیا از نتیجه رسیدگی به شکایت خود راضی هستید؟");

        String token = link.replaceAll(".*token=", "");
        var answered = mvc.perform(from(post("/track/confirm")).param("complaint", String.valueOf(c.getId()))
                .param("token", token).param("satisfied", "true").with(csrf())).andReturn();
        assertThat(answered.getResponse().getRedirectedUrl()).startsWith("/track/confirm?complaint=" + c.getId());
        assertThat(jdbc.queryForObject("select satisfied from complaint_confirmation where complaint_id = ?", Boolean.class,
                c.getId())).isTrue();
    }

    @Test
    void forgedOrMisusedLinksGetAPersianPageNeverA500() throws Exception {
        Complaint c = complaint(ComplaintStatus.AWAITING_CONFIRMATION);
        String link = links.confirmationLink(c.getId());
        String forged = link.substring(0, link.length() - 3) + (link.endsWith("abc") ? "xyz" : "abc");
        String[] bad = {
            forged,
            link.replace("complaint=" + c.getId(), "complaint=" + (c.getId() + 1)),
            links.ratingLink(c.getId(), 5).replace("/track/rate?", "/track/confirm?"),
            BASE + "/track/confirm?complaint=" + c.getId() + "&token=123.not-a-signature",
            BASE + "/track/confirm?complaint=" + c.getId() + "&token=99999999999999999999.x"};
        for (String b : bad) {
            MockHttpServletResponse page = open(b);
            assertThat(page.getStatus()).as(b).isEqualTo(404);
            assertThat(page.getContentAsString()).as(b).contains("این پیوند معتبر نیست").doesNotContain(c.getSubject());
        }
        for (String b : new String[] {BASE + "/track/confirm", BASE + "/track/confirm?complaint=x&token=1.a",
                links.ratingLink(c.getId(), 5).replace("rating=5", "rating=9")}) {
            MockHttpServletResponse page = open(b);
            assertThat(page.getStatus()).as(b).isEqualTo(400);
            assertThat(page.getContentAsString()).as(b).contains("این پیوند معتبر نیست");
        }
    }

    private MockHttpServletResponse rate(long complaintId, String token, String rating) throws Exception {
        MockHttpServletRequestBuilder request = from(post("/track/rate")).param("complaint", String.valueOf(complaintId))
                .param("token", token).with(csrf());
        if (rating != null) {
            request.param("rating", rating);
        }
        var posted = mvc.perform(request).andReturn();
        String target = posted.getResponse().getRedirectedUrl();
        if (target == null) {
            return posted.getResponse();
        }
        assertThat(target).startsWith("/track/rate?complaint=" + complaintId);
        return mvc.perform(from(get(URI.create(target))).flashAttrs(posted.getFlashMap())).andReturn().getResponse();
    }

    @Test
    void openingARatingLinkRecordsNothingThePostDoesOnce() throws Exception {
        Complaint open = complaint(ComplaintStatus.UNDER_INVESTIGATION);
        String two = links.ratingLink(open.getId(), 2);
        assertThat(open(two).getContentAsString()).contains("پس از بسته شدن شکایت").doesNotContain("ثبت امتیاز");
        assertThat(rate(open.getId(), two.replaceAll(".*token=", ""), "2").getContentAsString()).contains("پس از بسته شدن شکایت");
        assertThat(storedRating(open.getId())).isNull();

        Complaint c = complaint(ComplaintStatus.CLOSED);
        String four = links.ratingLink(c.getId(), 4);
        assertThat(mvc.perform(from(head(URI.create(four.substring(BASE.length()))))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(storedRating(c.getId())).as("a link checker's HEAD records nothing").isNull();

        // a mail scanner's GET, and the customer's own: the page shows the chosen star and a button, nothing more
        for (int i = 0; i < 2; i++) {
            MockHttpServletResponse shown = open(four);
            assertThat(shown.getStatus()).isEqualTo(200);
            assertThat(shown.getContentAsString()).contains("ثبت امتیاز").contains("action=\"/track/rate\"")
                    .contains("name=\"_csrf\"").containsPattern("value=\"4\"[^>]*checked")
                    .doesNotContainPattern("value=\"[1235]\"[^>]*checked").doesNotContain("امتیاز شما ثبت شد");
        }
        assertThat(storedRating(c.getId())).as("opening the link records nothing").isNull();
        assertThat(events.stream(HandlingRated.class).filter(e -> e.complaintId() == c.getId())).isEmpty();

        String token = four.replaceAll(".*token=", "");
        assertThat(rate(c.getId(), token, null).getContentAsString()).contains("یکی از امتیازها را انتخاب کنید");
        assertThat(storedRating(c.getId())).isNull();

        MockHttpServletResponse rated = rate(c.getId(), token, "4");
        assertThat(rated.getContentAsString()).contains("امتیاز شما ثبت شد").contains("امتیاز شما: ۴ از ۵")
                .contains("name=\"comment\"").doesNotContain("ثبت امتیاز");
        assertThat(storedRating(c.getId())).isEqualTo(4);
        assertThat(rate(c.getId(), token, "1").getContentAsString()).contains("امتیاز شما پیش‌تر ثبت شده است")
                .contains("امتیاز شما: ۴ از ۵");
        assertThat(open(links.ratingLink(c.getId(), 1)).getContentAsString()).contains("امتیاز شما پیش‌تر ثبت شده است")
                .contains("امتیاز شما: ۴ از ۵").doesNotContain("ثبت امتیاز");
        assertThat(storedRating(c.getId())).isEqualTo(4);

        String blank = mvc.perform(from(post("/track/rate/comment")).param("complaint", String.valueOf(c.getId()))
                .param("token", token).param("comment", " ").with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(blank).contains("این خانه را پر کنید");
        String commented = mvc.perform(from(post("/track/rate/comment")).param("complaint", String.valueOf(c.getId()))
                .param("token", token).param("comment", "پیگیری خوب بود <i>ولی</i> کند").with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(commented).contains("نظر شما ثبت شد").contains("&lt;i&gt;ولی&lt;/i&gt;").doesNotContain("name=\"comment\"");

        List<HandlingRated> rated4 = events.stream(HandlingRated.class).filter(e -> e.complaintId() == c.getId()).toList();
        assertThat(rated4).extracting(HandlingRated::rating).containsExactly(4, 4);
        assertThat(rated4.get(1).comment()).isEqualTo("پیگیری خوب بود <i>ولی</i> کند");
        assertThat(rated4.get(1).ratedAt()).isEqualTo(rated4.get(0).ratedAt());
    }

    @Test
    void linksAreAbsoluteAndLimitedPerAddress() throws Exception {
        Complaint c = complaint(ComplaintStatus.AWAITING_CONFIRMATION);
        String link = links.confirmationLink(c.getId());
        assertThat(link).matches("http://localhost:8080/track/confirm\\?complaint=\\d+&token=\\d+\\.[A-Za-z0-9_-]{43}");
        String path = link.substring(BASE.length());
        String ip = "10.66." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        int refused = 0;
        for (int i = 0; i < 32; i++) {
            MockHttpServletResponse r = mvc.perform(get(URI.create(path)).with(req -> {
                req.setRemoteAddr(ip);
                return req;
            })).andReturn().getResponse();
            refused += r.getStatus() == 429 ? 1 : 0;
        }
        assertThat(refused).isEqualTo(2);
        assertThat(Instant.now().plus(80, ChronoUnit.DAYS).getEpochSecond())
                .isLessThan(Long.parseLong(link.replaceAll(".*token=(\\d+)\\..*", "$1")));
    }
}
