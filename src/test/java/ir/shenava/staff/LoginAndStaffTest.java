package ir.shenava.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.TestMailServer;
import ir.shenava.staff.internal.StaffAccounts;
import ir.shenava.staff.internal.StaffRepository;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@ShenavaIntegrationTest
class LoginAndStaffTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffRepository staff;
    @Autowired
    StaffDirectory directory;

    private String newPerson(String password, Role... roles) {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, password, new StaffAccounts.Profile("کارمند آزمایشی", null, null, null, null,
                roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles), true));
        return username;
    }

    @Test
    void theFirstLoginForcesAPasswordChangeAndThenOpensTheApp() throws Exception {
        String username = newPerson("temporary-pass-1", Role.CALLER);
        MockHttpServletResponse login = mvc.perform(formLogin().user(username).password("temporary-pass-1")).andReturn().getResponse();
        assertThat(login.getRedirectedUrl()).isEqualTo("/");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(username).password("temporary-pass-1"))
                .andReturn().getRequest().getSession();

        assertThat(mvc.perform(get("/customers").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/password");

        MockHttpServletResponse mismatch = mvc.perform(post("/account/password").session(session).with(csrf())
                .param("current", "temporary-pass-1").param("next", "my-own-pass-42").param("repeat", "other-pass-42"))
                .andReturn().getResponse();
        assertThat(mismatch.getRedirectedUrl()).isNull();
        assertThat(mismatch.getContentAsString()).contains("تکرار گذرواژه با گذرواژه تازه یکی نیست");

        MockHttpServletResponse changed = mvc.perform(post("/account/password").session(session).with(csrf())
                .param("current", "temporary-pass-1").param("next", "my-own-pass-42").param("repeat", "my-own-pass-42"))
                .andReturn().getResponse();
        assertThat(changed.getRedirectedUrl()).isEqualTo("/");
        assertThat(mvc.perform(get("/customers").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(staff.findByUsernameIgnoreCase(username).orElseThrow().getPasswordHash()).startsWith("{bcrypt}");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWhichThenAnswersExactlyLikeAnUnknownUserAndItsOwnerIsMailed() throws Exception {
        TestMailServer.running();
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@example.ir";
        accounts.create(username, "right-password-1", new StaffAccounts.Profile("کارمند قفل‌شده", email, null, null, null,
                EnumSet.of(Role.MANAGER), true));
        for (int i = 0; i < 5; i++) {   // from five addresses: no address reaches its own throttle
            assertThat(login(username, "wrong", "10.9.8." + i).getRedirectedUrl()).isEqualTo("/login?error");
        }
        MockHttpServletResponse locked = login(username, "right-password-1", "10.9.8.20");
        MockHttpServletResponse unknown = login("nobody-" + username, "right-password-1", "10.9.8.21");
        assertThat(locked.getRedirectedUrl()).isEqualTo("/login?error").isEqualTo(unknown.getRedirectedUrl());
        assertThat(mvc.perform(get("/login?error")).andReturn().getResponse().getContentAsString())
                .contains("یا حساب پس از چند تلاش ناموفق موقتاً قفل شده");

        await().atMost(Duration.ofSeconds(15)).until(() -> TestMailServer.running().findReceivedMessages(u -> true,
                m -> recipient(m).equals(email)).count() == 1);
        MimeMessage mail = TestMailServer.running().findReceivedMessages(u -> true, m -> recipient(m).equals(email))
                .findFirst().orElseThrow();
        assertThat(mail.getSubject()).contains("قفل");
    }

    @Test
    void failedLoginsFromOneAddressAcrossManyAccountsAreSlowedDownWithoutLockingAnyAccount() throws Exception {
        clock.set(Instant.now());   // the waits are counted on the clock: it stands still for the test
        String address = "10.7." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        String victim = newPerson("victim-pass-1", Role.MANAGER);
        for (int i = 0; i < 5; i++) {   // password spraying: one guess per account
            assertThat(login(newPerson("pass-" + i, Role.MANAGER), "Summer2026!", address).getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        MockHttpServletResponse slowed = login(victim, "victim-pass-1", address);
        assertThat(slowed.getRedirectedUrl()).as("the address waits, even with the right password")
                .startsWith("/login?throttled=");
        assertThat(mvc.perform(get(slowed.getRedirectedUrl())).andReturn().getResponse().getContentAsString())
                .contains("از این نشانی تلاش‌های ناموفق زیادی");
        assertThat(login(victim, "victim-pass-1", "10.6.5.4").getRedirectedUrl())
                .as("the account itself is not locked: its owner elsewhere signs in").isEqualTo("/");
    }

    private MockHttpServletResponse login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn().getResponse();
    }

    private static String recipient(MimeMessage m) {
        try {
            return ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (Exception e) {
            return "";
        }
    }

    @Test
    void pagesCarrySecureHeaders() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getContentAsString()).contains("dir=\"rtl\"").contains("ورود به شنوا");
        assertThat(mvc.perform(post("/customers/new").with(user("x").roles("ADMIN")).param("name", "بدون توکن"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theAdministratorCreatesStaffWithRolesDepartmentAndManager() throws Exception {
        String boss = newPerson("boss-password-1", Role.SENIOR_MANAGER);
        long bossId = staff.findByUsernameIgnoreCase(boss).orElseThrow().getId();
        String username = "new" + UUID.randomUUID().toString().substring(0, 6);
        var result = mvc.perform(post("/staff/new").with(user("admin").roles("ADMIN")).with(csrf())
                .param("username", username).param("fullName", "سارا كريمي").param("mobile", "۰۹۳۵۱۱۱۲۲۳۳")
                .param("roles", "SALES_EXPERT", "CALLER").param("managerId", String.valueOf(bossId)).param("active", "true"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getFlashMap().get("temporaryPassword")).asString().hasSizeGreaterThanOrEqualTo(12);
        StaffSummary person = directory.findByUsername(username).orElseThrow();
        assertThat(person.fullName()).isEqualTo("سارا کریمی");
        assertThat(person.mobile()).isEqualTo("+989351112233");
        assertThat(person.roles()).containsExactlyInAnyOrder(Role.SALES_EXPERT, Role.CALLER);
        assertThat(directory.managersOf(person.id())).extracting(StaffSummary::username).containsExactly(boss);

        MockHttpServletResponse taken = mvc.perform(post("/staff/new").with(user("admin").roles("ADMIN")).with(csrf())
                .param("username", username).param("fullName", "تکراری")).andReturn().getResponse();
        assertThat(taken.getContentAsString()).contains("این نام کاربری پیش‌تر ثبت شده است");
    }

    @Test
    void theReportingChainCannotLoop() throws Exception {
        String a = newPerson("password-a-123", Role.MANAGER);
        String b = newPerson("password-b-123", Role.MANAGER);
        long aId = staff.findByUsernameIgnoreCase(a).orElseThrow().getId();
        long bId = staff.findByUsernameIgnoreCase(b).orElseThrow().getId();
        accounts.update(bId, new StaffAccounts.Profile("ب", null, null, null, aId, EnumSet.of(Role.MANAGER), true));
        MockHttpServletResponse loop = mvc.perform(post("/staff/{id}", aId).with(user("admin").roles("ADMIN")).with(csrf())
                .param("username", a).param("fullName", "الف").param("managerId", String.valueOf(bId))
                .param("roles", "MANAGER").param("active", "true")).andReturn().getResponse();
        assertThat(loop.getContentAsString()).contains("زنجیره مدیران را به خودش برمی‌گرداند");
    }
}
