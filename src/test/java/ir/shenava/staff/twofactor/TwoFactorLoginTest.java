package ir.shenava.staff.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.TestMailServer;
import ir.shenava.shared.PersianText;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import ir.shenava.staff.internal.StaffRepository;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Two-factor login end to end through the real filter chain: setup on the person's own page, the
 * login's second step (wrong code, replayed code, right code, recovery code), the administrator's
 * rule for administrators and the CEO, and the reset. Every person and address is this test's own.
 */
@ShenavaIntegrationTest
class TwoFactorLoginTest {

    private static final Pattern SECRET = Pattern.compile("id=\"two-factor-secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY = Pattern.compile(">([a-z2-9]{5}-[a-z2-9]{5})<");
    /** Addresses of this test run only: the login throttle counts failures per address. */
    private static final String NET = "10.214." + (int) (Math.random() * 250) + ".";
    private static final AtomicInteger HOST = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffRepository staff;
    @Autowired
    TwoFactorPolicy policy;
    @Autowired
    TwoFactor twoFactor;
    @Autowired
    JdbcTemplate jdbc;

    final String address = NET + (HOST.incrementAndGet() % 250 + 1);

    record Person(String username, String password, String email) {
    }

    record Enrolled(Person person, byte[] secret, List<String> recoveryCodes) {
    }

    private Person newPerson(Role role) {
        String username = "tf" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String temporary = "temporary-" + UUID.randomUUID();
        String password = "Own-" + UUID.randomUUID();
        String email = username + "@example.ir";
        accounts.create(username, temporary, new StaffAccounts.Profile("کارمند دومرحله‌ای", email, null, null, null,
                EnumSet.of(role), true));
        accounts.changeOwnPassword(username, temporary, password);
        return new Person(username, password, email);
    }

    private MvcResult password(Person p) throws Exception {
        return mvc.perform(post("/login").param("username", p.username()).param("password", p.password()).with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn();
    }

    private MvcResult code(MockHttpSession session, String code) throws Exception {
        return mvc.perform(post("/login/code").session(session).param("code", code).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn();
    }

    private static MockHttpSession session(MvcResult result) {
        return (MockHttpSession) result.getRequest().getSession();
    }

    private String codeAt(byte[] secret, int stepsFromNow) {
        return Totp.code(secret, Totp.step(clock.instant()) + stepsFromNow);
    }

    /** Signs in with the password alone, sets up two-factor on the account page, signs out. */
    private Enrolled enrol(Person p) throws Exception {
        MvcResult login = password(p);
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
        MockHttpSession session = session(login);
        mvc.perform(post("/account/two-factor/start").session(session).with(csrf())).andReturn();
        String page = mvc.perform(get("/account/two-factor").session(session)).andReturn().getResponse().getContentAsString();
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).as("the key is shown for typing").isTrue();
        assertThat(m.group(1)).matches("([A-Z2-7]{4} )+[A-Z2-7]{1,4}");
        assertThat(page).contains("src=\"data:image/svg+xml;base64,").contains("کد شش‌رقمی");
        byte[] secret = Base32.decode(m.group(1));
        // typed in Persian digits with a space in the middle, as a phone's keyboard may give it
        String typed = PersianText.persianDigits(codeAt(secret, 0).substring(0, 3) + " " + codeAt(secret, 0).substring(3));
        MockHttpServletResponse confirmed = mvc.perform(post("/account/two-factor/confirm").session(session)
                .param("code", typed).with(csrf())).andReturn().getResponse();
        List<String> codes = new ArrayList<>();
        Matcher r = RECOVERY.matcher(confirmed.getContentAsString());
        while (r.find()) {
            codes.add(r.group(1));
        }
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        mvc.perform(post("/logout").session(session).with(csrf())).andReturn();
        return new Enrolled(p, secret, codes);
    }

    @Test
    void setUpThenTheLoginAsksForTheCodeRefusesAWrongOrReplayedOneAndSignsInWithTheRightOneInANewSession() throws Exception {
        TestMailServer.running();
        clock.set(Instant.parse("2026-05-10T08:00:10Z"));
        Person p = newPerson(Role.MANAGER);

        // setup: a wrong code is refused inline and nothing is turned on
        MockHttpSession setup = session(password(p));
        mvc.perform(post("/account/two-factor/start").session(setup).with(csrf())).andReturn();
        String page = mvc.perform(get("/account/two-factor").session(setup)).andReturn().getResponse().getContentAsString();
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).isTrue();
        byte[] secret = Base32.decode(m.group(1));
        MockHttpServletResponse wrongSetup = mvc.perform(post("/account/two-factor/confirm").session(setup)
                .param("code", codeAt(secret, 5)).with(csrf())).andReturn().getResponse();
        assertThat(wrongSetup.getContentAsString()).contains("این کد درست نیست").contains("is-invalid");
        long id = staff.findByUsernameIgnoreCase(p.username()).orElseThrow().getId();
        assertThat(twoFactor.isEnabled(id)).isFalse();
        MockHttpServletResponse confirmed = mvc.perform(post("/account/two-factor/confirm").session(setup)
                .param("code", " " + codeAt(secret, 0) + " ").with(csrf())).andReturn().getResponse();
        assertThat(confirmed.getContentAsString()).contains("فقط همین یک بار نشان داده می‌شوند");
        assertThat(twoFactor.isEnabled(id)).isTrue();
        String stored = jdbc.queryForObject("select secret from staff_two_factor where staff_id = ?", String.class, id);
        assertThat(stored).as("the secret is encrypted in the database").startsWith("v1:").doesNotContain(Base32.encode(secret));
        mvc.perform(post("/logout").session(setup).with(csrf())).andReturn();

        // the password alone no longer signs in: the session stays anonymous
        MvcResult first = password(p);
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/login/code");
        MockHttpSession session = session(first);
        assertThat(mvc.perform(get("/customers").session(session)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(mvc.perform(get("/login/code").session(session)).andReturn().getResponse().getContentAsString())
                .contains("کد برنامه یا کد بازیابی");

        MockHttpServletResponse wrong = code(session, codeAt(secret, 7)).getResponse();
        assertThat(wrong.getStatus()).isEqualTo(200);
        assertThat(wrong.getContentAsString()).contains("کد نادرست است").contains("is-invalid");
        // the code confirmed at setup belongs to this very step: used once, refused now
        MockHttpServletResponse replayed = code(session, codeAt(secret, 0)).getResponse();
        assertThat(replayed.getContentAsString()).contains("این کد یک بار به کار رفته است");
        assertThat(jdbc.queryForObject("select count(*) from admin_audit where subject = ? and action = 'LOGIN_FAILED'",
                Integer.class, p.username())).isEqualTo(2);

        String before = session.getId();
        clock.advance(Duration.ofSeconds(30));
        MvcResult signedIn = code(session, PersianText.persianDigits(codeAt(secret, 0)));
        assertThat(signedIn.getResponse().getRedirectedUrl()).as("on to the page asked for before the code")
                .endsWith("/customers?continue");
        MockHttpSession after = session(signedIn);
        assertThat(after.getId()).as("a new session id after the second step").isNotEqualTo(before);
        assertThat(mvc.perform(get("/customers").session(after)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from admin_audit where subject = ? and action = 'LOGIN_SUCCEEDED' "
                + "and after ->> 'secondFactor' = 'code'", Integer.class, p.username())).isEqualTo(1);

        // the same code again, in another login in the same step: refused
        MockHttpSession again = session(password(p));
        assertThat(code(again, codeAt(secret, 0)).getResponse().getContentAsString()).contains("این کد یک بار به کار رفته است");

        // the owner was told by mail that two-factor login was turned on
        await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(p.email()).stream()
                .anyMatch(mail -> subject(mail).contains("روشن شد")));
    }

    @Test
    void aRecoveryCodeSignsInOnceAndSaysHowManyAreLeft() throws Exception {
        clock.set(Instant.parse("2026-05-11T09:30:05Z"));
        Enrolled e = enrol(newPerson(Role.SALES_EXPERT));
        String recovery = e.recoveryCodes().get(3);

        MvcResult used = code(session(password(e.person())), "  " + recovery.toUpperCase().replace("-", " - ") + " ");
        assertThat(used.getResponse().getRedirectedUrl()).isEqualTo("/account/two-factor");
        assertThat(used.getFlashMap().get("recoveryUsed")).isEqualTo(9);
        MockHttpServletResponse told = mvc.perform(get("/account/two-factor").session(session(used))
                .flashAttr("recoveryUsed", 9)).andReturn().getResponse();
        assertThat(told.getContentAsString()).contains("با یک کد بازیابی وارد شدید. ۹ کد بازیابی دیگر دارید");

        MockHttpServletResponse twice = code(session(password(e.person())), recovery).getResponse();
        assertThat(twice.getContentAsString()).contains("کد نادرست است");
    }

    @Test
    void whenRequiredAdministratorsAndTheCeoMustSetUpBeforeAnythingElseAndOthersAreNotAsked() throws Exception {
        Person admin = newPerson(Role.ADMIN);
        Person ceo = newPerson(Role.CEO);
        Person manager = newPerson(Role.MANAGER);
        assertThat(policy.requiredForAdmins()).as("off by default").isFalse();
        try {
            MockHttpServletResponse saved = mvc.perform(post("/settings/security").with(user("admin").roles("ADMIN")).with(csrf())
                    .param("twoFactor", "ADMINS_AND_CEO")).andReturn().getResponse();
            assertThat(saved.getRedirectedUrl()).isEqualTo("/settings/security");
            assertThat(policy.requiredForAdmins()).isTrue();

            for (Person guarded : List.of(admin, ceo)) {
                MockHttpSession session = session(password(guarded));
                assertThat(mvc.perform(get("/customers").session(session)).andReturn().getResponse().getRedirectedUrl())
                        .as(guarded.username()).isEqualTo("/account/two-factor");
                assertThat(mvc.perform(get("/account/two-factor").session(session)).andReturn().getResponse().getContentAsString())
                        .contains("مدیر سامانه ورود دومرحله‌ای را برای نقش شما الزامی کرده است");
            }
            MockHttpSession other = session(password(manager));
            assertThat(mvc.perform(get("/customers").session(other)).andReturn().getResponse().getStatus()).isEqualTo(200);

            // the administrator sets it up and is let through in the same session; turning it off is refused
            clock.set(Instant.parse("2026-05-12T10:00:00Z"));
            MockHttpSession session = session(password(admin));
            mvc.perform(post("/account/two-factor/start").session(session).with(csrf())).andReturn();
            Matcher m = SECRET.matcher(mvc.perform(get("/account/two-factor").session(session)).andReturn().getResponse()
                    .getContentAsString());
            assertThat(m.find()).isTrue();
            byte[] secret = Base32.decode(m.group(1));
            mvc.perform(post("/account/two-factor/confirm").session(session).param("code", codeAt(secret, 0)).with(csrf())).andReturn();
            assertThat(mvc.perform(get("/customers").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
            assertThat(mvc.perform(post("/account/two-factor/off").session(session).param("proof", admin.password()).with(csrf()))
                    .andReturn().getResponse().getContentAsString()).contains("نمی‌توانید آن را خاموش کنید");
            long id = staff.findByUsernameIgnoreCase(admin.username()).orElseThrow().getId();
            assertThat(twoFactor.isEnabled(id)).isTrue();
        } finally {
            policy.requireForAdmins(false, "test");
        }
        assertThat(jdbc.queryForObject("select count(*) from admin_audit where kind = 'SECURITY_POLICY' and actor = 'admin'",
                Integer.class)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theAdministratorResetsALostPhoneAndThePersonIsToldByMail() throws Exception {
        TestMailServer.running();
        clock.set(Instant.parse("2026-05-13T11:00:00Z"));
        Enrolled e = enrol(newPerson(Role.TECHNICAL_MANAGER));
        long id = staff.findByUsernameIgnoreCase(e.person().username()).orElseThrow().getId();
        String edit = mvc.perform(get("/staff/{id}", id).with(user("admin").roles("ADMIN"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(edit).contains("ورود دومرحله‌ای: روشن").contains("/staff/" + id + "/two-factor/reset").contains("data-confirm");

        MockHttpServletResponse reset = mvc.perform(post("/staff/{id}/two-factor/reset", id).with(user("admin").roles("ADMIN"))
                .with(csrf())).andReturn().getResponse();
        assertThat(reset.getRedirectedUrl()).isEqualTo("/staff/" + id);
        assertThat(twoFactor.isEnabled(id)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from staff_recovery_code where staff_id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from admin_audit where subject = ? and actor = 'admin' "
                + "and after ->> 'twoFactor' = 'reset'", Integer.class, e.person().username())).isEqualTo(1);
        assertThat(password(e.person()).getResponse().getRedirectedUrl()).as("the password alone signs in again").isEqualTo("/");
        await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(e.person().email()).stream()
                .anyMatch(mail -> subject(mail).contains("بازنشانی شد")));

        assertThat(mvc.perform(post("/staff/{id}/two-factor/reset", id).with(user("manager").roles("MANAGER")).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void turningOffNeedsThePasswordOrACurrentCode() throws Exception {
        clock.set(Instant.parse("2026-05-14T12:00:00Z"));
        Enrolled e = enrol(newPerson(Role.CALLER));
        MvcResult login = password(e.person());
        clock.advance(Duration.ofSeconds(30));
        MockHttpSession session = session(code(session(login), codeAt(e.secret(), 0)));
        MockHttpServletResponse wrong = mvc.perform(post("/account/two-factor/off").session(session)
                .param("proof", "not-my-password").with(csrf())).andReturn().getResponse();
        assertThat(wrong.getContentAsString()).contains("گذرواژه یا کد نادرست است");
        MockHttpServletResponse off = mvc.perform(post("/account/two-factor/off").session(session)
                .param("proof", e.person().password()).with(csrf())).andReturn().getResponse();
        assertThat(off.getRedirectedUrl()).isEqualTo("/account/two-factor");
        assertThat(password(e.person()).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void theCodePageWithoutAPasswordFirstSendsToTheLogin() throws Exception {
        assertThat(mvc.perform(get("/login/code")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(mvc.perform(post("/login/code").param("code", "123456").with(csrf())).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(mvc.perform(get("/login?expired")).andReturn().getResponse().getContentAsString())
                .contains("دوباره با گذرواژه وارد شوید");
        // a code sent while no setup is under way: the page says what was wrong, above the button
        assertThat(mvc.perform(post("/account/two-factor/confirm").with(user("nobody-tf").roles("CALLER")).with(csrf())
                .param("code", "")).andReturn().getResponse().getContentAsString())
                .contains("id=\"two-factor-error\"").contains("کد شش‌رقمی را بنویسید");
        MockHttpServletResponse invalid = mvc.perform(post("/settings/security").with(user("admin").roles("ADMIN")).with(csrf())
                .param("twoFactor", "EVERYBODY\u0000")).andReturn().getResponse();
        assertThat(invalid.getStatus()).isEqualTo(200);
        assertThat(invalid.getContentAsString()).contains("مقدار واردشده معتبر نیست");
        assertThat(policy.requiredForAdmins()).isFalse();
    }

    private static List<MimeMessage> mailsTo(String email) {
        return TestMailServer.running().findReceivedMessages(u -> true, m -> recipient(m).equals(email)).toList();
    }

    private static String recipient(MimeMessage m) {
        try {
            return ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (Exception e) {
            return "";
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
