package ir.shenava.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.intake.Channel;
import ir.shenava.intake.TrackingCode;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.staff.ApiScope;
import ir.shenava.staff.apikeys.ApiKeyPages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The four digits of the tracking page cannot be guessed from many addresses: wrong verifiers are
 * counted per code and address (a stranger locks the code for himself only) and, with a higher cap,
 * per code from anywhere (then it is locked for everybody) — the same way whether or not
 * a complaint has that code.
 */
@ShenavaIntegrationTest
class TrackingGuessesWebTest {

    static final String LOCKED = "برای این کد رهگیری تلاش‌های نادرست زیادی انجام شده است";
    static final String NOT_FOUND = "شکایتی با این مشخصات پیدا نشد";

    @Autowired
    MockMvc mvc;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    TestClock clock;

    private Complaint complaint() {
        String mobile = "0912" + (1000000 + (int) (Math.random() * 8999999));
        return intake.register(Channel.WEB_FORM, new Submission("نگار صالحی", null, PhoneNumber.parse(mobile), null, "SALES",
                null, null, "پیگیری " + UUID.randomUUID().toString().substring(0, 8), "شرح", null, null, null, null),
                java.util.List.of());
    }

    private static String lastFour(Complaint c) {
        return c.getContactPhone().substring(c.getContactPhone().length() - 4);
    }

    private static String wrong(Complaint c, int i) {
        String guess = String.format("%04d", i);
        return guess.equals(lastFour(c)) ? String.format("%04d", i + 5000) : guess;
    }

    /** Each from an address of its own: the per-address limit is not what stops these. */
    private MockHttpServletResponse lookUp(String code, String verifier) throws Exception {
        return lookUp(code, verifier, "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
    }

    private MockHttpServletResponse lookUp(String code, String verifier, String ip) throws Exception {
        return mvc.perform(post("/track").param("code", code).param("verifier", verifier).with(csrf()).with(r -> {
            r.setRemoteAddr(ip);
            return r;
        })).andReturn().getResponse();
    }

    /** The page without what differs between any two replies: the code typed and the CSRF token. */
    private static String shape(MockHttpServletResponse page, String code) throws Exception {
        return page.getStatus() + page.getContentAsString().replace(code, "CODE")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    @Test
    void tenWrongVerifiersFromOneAddressLockTheCodeForThatAddressOnlyAndAMissingCodeLooksTheSame() throws Exception {
        clock.set(Instant.now());
        Complaint c = complaint();
        String real = c.getTrackingCode().display();
        String missing = TrackingCode.random().display();
        String stranger = "10.66.1." + (int) (Math.random() * 250);
        String other = "10.66.2." + (int) (Math.random() * 250);
        for (int i = 0; i < TrackingCodeGuard.WRONG_PER_CODE_AND_ADDRESS; i++) {
            MockHttpServletResponse onReal = lookUp(i % 2 == 0 ? real : real.toLowerCase(), wrong(c, i), stranger);
            MockHttpServletResponse onMissing = lookUp(missing, wrong(c, i), other);
            assertThat(onReal.getStatus()).isEqualTo(200);
            assertThat(onReal.getContentAsString()).contains(NOT_FOUND).doesNotContain(LOCKED);
            assertThat(shape(onMissing, missing)).isEqualTo(shape(onReal, i % 2 == 0 ? real : real.toLowerCase()));
        }
        clock.advance(Duration.ofMinutes(16));   // past the per-address limit on attempts of any code
        MockHttpServletResponse locked = lookUp(real, lastFour(c), stranger);
        MockHttpServletResponse lockedMissing = lookUp(missing, "1234", other);
        assertThat(locked.getStatus()).isEqualTo(429);
        assertThat(locked.getContentAsString()).contains(LOCKED).doesNotContain(c.getSubject()).doesNotContain(NOT_FOUND);
        assertThat(shape(lockedMissing, missing)).isEqualTo(shape(locked, real));
        // the customer, from their own address, and the website through the API still follow the complaint
        assertThat(lookUp(real, lastFour(c)).getContentAsString()).contains(c.getSubject());
        String key = ApiKeyPages.issue(mvc, "Website " + UUID.randomUUID(), ApiScope.COMPLAINTS_WRITE);
        assertThat(mvc.perform(get("/api/v1/complaints/{code}", real).param("verifier", lastFour(c))
                .header("Authorization", "Bearer " + key)).andReturn().getResponse().getStatus()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(45));
        MockHttpServletResponse open = lookUp(real, lastFour(c), stranger);
        assertThat(open.getStatus()).isEqualTo(200);
        assertThat(open.getContentAsString()).contains(c.getSubject()).doesNotContain(LOCKED);
    }

    @Test
    void wrongVerifiersSpreadOverManyAddressesMeetTheCapForTheCodeAndLockItForEverybody() throws Exception {
        clock.set(Instant.now());
        Complaint c = complaint();
        String real = c.getTrackingCode().display();
        for (int i = 0; i < TrackingCodeGuard.WRONG_PER_CODE; i++) {
            assertThat(lookUp(real, wrong(c, i)).getContentAsString()).contains(NOT_FOUND);
        }
        MockHttpServletResponse locked = lookUp(real, lastFour(c));
        assertThat(locked.getStatus()).isEqualTo(429);
        assertThat(locked.getContentAsString()).contains(LOCKED).doesNotContain(c.getSubject());
        String key = ApiKeyPages.issue(mvc, "Website " + UUID.randomUUID(), ApiScope.COMPLAINTS_WRITE);
        MockHttpServletResponse viaApi = mvc.perform(get("/api/v1/complaints/{code}", real).param("verifier", lastFour(c))
                .header("Authorization", "Bearer " + key)).andReturn().getResponse();
        assertThat(viaApi.getStatus()).isEqualTo(429);
        assertThat(viaApi.getHeader("Retry-After")).isEqualTo("3600");
        assertThat(viaApi.getContentAsString()).contains("تا یک ساعت دیگر").doesNotContain(c.getSubject());

        clock.advance(Duration.ofMinutes(61));
        assertThat(lookUp(real, lastFour(c)).getContentAsString()).contains(c.getSubject()).doesNotContain(LOCKED);
    }

    @Test
    void rightAnswersDoNotCountTowardsTheLock() throws Exception {
        clock.set(Instant.now());
        Complaint c = complaint();
        String code = c.getTrackingCode().display();
        String ip = "10.55.2." + (int) (Math.random() * 250);
        for (int i = 0; i < TrackingCodeGuard.WRONG_PER_CODE_AND_ADDRESS - 1; i++) {
            assertThat(lookUp(code, wrong(c, i), ip).getContentAsString()).contains(NOT_FOUND);
            assertThat(lookUp(code, lastFour(c), ip).getContentAsString()).contains(c.getSubject());
            if (i % 4 == 3) {
                clock.advance(Duration.ofMinutes(16));   // past the per-address limit on attempts of any code
            }
        }
        assertThat(lookUp(code, "x@example.ir", ip).getContentAsString()).as("the tenth wrong one").contains(NOT_FOUND);
        assertThat(lookUp(code, lastFour(c), ip).getContentAsString()).contains(LOCKED);
    }
}
