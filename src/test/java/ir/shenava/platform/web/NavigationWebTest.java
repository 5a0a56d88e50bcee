package ir.shenava.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The navigation shows each role its own items; static links are resolved, page links left alone. */
@ShenavaIntegrationTest
class NavigationWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;

    private RequestPostProcessor signedIn(Role role) {
        String username = "n" + UUID.randomUUID().toString().substring(0, 12);
        accounts.create(username, "Temp-pass-123",
                new StaffAccounts.Profile("کاربر منو", null, null, null, null, Set.of(role), true));
        return user(username).roles(role.name());
    }

    private String page(RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/notifications").with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theAdministratorSeesTheSettingsAndAnExpertDoesNot() throws Exception {
        String admin = page(signedIn(Role.ADMIN));
        assertThat(admin).contains("href=\"/staff\"", "href=\"/api-keys\"", "href=\"/complaints\"", "id=\"nav-admin\"")
                .doesNotContain("href=\"/cases\"", "href=\"/service-records/reviews\"");

        String expert = page(signedIn(Role.TECHNICAL_EXPERT));
        assertThat(expert).contains("href=\"/cases\"", "href=\"/complaints\"", "id=\"nav-notifications\"")
                .doesNotContain("href=\"/staff\"", "id=\"nav-admin\"", "href=\"/intake/onsite\"");

        String quality = page(signedIn(Role.QUALITY_MANAGER));
        assertThat(quality).contains("href=\"/service-records/reviews\"", "href=\"/sla\"").doesNotContain("href=\"/staff\"");
    }

    /** The menus are kept per roles and language (NavigationMenus): the second language and role get their own. */
    @Test
    void keptMenusFollowTheLanguageAndTheRoles() throws Exception {
        RequestPostProcessor expert = signedIn(Role.TECHNICAL_EXPERT);
        assertThat(page(expert)).contains(">شکایت‌ها<").doesNotContain(">Complaints<");
        String english = mvc.perform(get("/notifications").param("lang", "en").with(expert))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains(">Complaints<").doesNotContain(">شکایت‌ها<");
        assertThat(page(expert)).contains(">شکایت‌ها<");
        assertThat(page(signedIn(Role.ADMIN))).contains("id=\"nav-admin\"");
        assertThat(page(expert)).doesNotContain("id=\"nav-admin\"");
    }

    @Test
    void nobodySignedInGetsNoNavigation() throws Exception {
        String login = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(login).doesNotContain("id=\"mainNav\"");
    }

    @Test
    void aStaticLinkIsResolvedToAFileThatIsServed() throws Exception {
        String page = page(signedIn(Role.CALLER));
        Matcher css = Pattern.compile("href=\"(/webjars/bootstrap/[^\"]*bootstrap\\.rtl\\.min\\.css)\"").matcher(page);
        assertThat(css.find()).isTrue();
        mvc.perform(get(css.group(1))).andExpect(status().isOk());
    }

    @Test
    void signedInRolesAreTheUsersAuthoritiesWithoutPrefix() {
        SignedInRoles roles = SignedInRoles.of(new TestingAuthenticationToken("u", "p", "ROLE_CEO", "ROLE_CALLER"));
        assertThat(roles.isSignedIn()).isTrue();
        assertThat(roles.any("ADMIN", "CEO")).isTrue();
        assertThat(roles.any("ADMIN", "MANAGER")).isFalse();
        assertThat(SignedInRoles.of(null).any("CEO")).isFalse();
        assertThat(SignedInRoles.of(null).isSignedIn()).isFalse();
    }

    @Test
    void bootsResourceLinkFilterGaveWayToOurs(@Autowired org.springframework.context.ApplicationContext context) {
        assertThat(context.getBeansOfType(org.springframework.boot.web.servlet.FilterRegistrationBean.class).values())
                .map(org.springframework.boot.web.servlet.FilterRegistrationBean::getFilter)
                .filteredOn(f -> f instanceof org.springframework.web.servlet.resource.ResourceUrlEncodingFilter)
                .singleElement().isInstanceOf(StaticLinkEncoding.class);
        assertThat(context.getBeansOfType(org.springframework.web.servlet.resource.ResourceUrlEncodingFilter.class)).isEmpty();
    }

    @Test
    void onlyStaticPathsAreLookedUp() {
        assertThat(StaticLinkEncoding.isStatic("", "/webjars/htmx.org/dist/htmx.min.js")).isTrue();
        assertThat(StaticLinkEncoding.isStatic("", "/assets/app.css")).isTrue();
        assertThat(StaticLinkEncoding.isStatic("/app", "/app/assets/app.css")).isTrue();
        assertThat(StaticLinkEncoding.isStatic("", "/complaints?q=تاخیر")).isFalse();
        assertThat(StaticLinkEncoding.isStatic("/app", "/assets/app.css")).isFalse();
    }
}
