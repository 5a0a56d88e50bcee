package ir.shenava.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.staff.internal.StaffAccounts;
import ir.shenava.staff.internal.StaffRepository;
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
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
        String username = newPerson("right-password-1", Role.MANAGER);
        for (int i = 0; i < 4; i++) {
            assertThat(mvc.perform(formLogin().user(username).password("wrong")).andReturn().getResponse()
                    .getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(mvc.perform(formLogin().user(username).password("wrong")).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?locked");
        assertThat(mvc.perform(formLogin().user(username).password("right-password-1")).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?locked");
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
