package ir.shenava.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.staff.ApiScope;
import ir.shenava.staff.Role;
import ir.shenava.staff.apikeys.ApiKeys;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over real HTTP: error answers of a logged-in person and of a program, cookies, HSTS behind a TLS proxy, GET /logout. */
@ShenavaIntegrationTest
class AccountAndProxyWebTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    List<org.springframework.boot.web.server.servlet.CookieSameSiteSupplier> sameSite;

    private String base() {
        return "http://localhost:" + port;
    }

    private WalkerClient signedIn() {
        String name = "p" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "temporary-123", new StaffAccounts.Profile("کارمند " + name, null, null, null, null,
                EnumSet.of(Role.MANAGER), true));
        accounts.changeOwnPassword(name, "temporary-123", "Final-pass-12345");
        return WalkerClient.staff(base(), name, "Final-pass-12345");
    }

    @Test
    void aLoggedInBrowserGetsThePersianNotFoundPageAndAProgramAProblemDetail() {
        HttpResponse<String> page = signedIn().get("/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("صفحه پیدا نشد").contains("dir=\"rtl\"");

        WalkerClient api = WalkerClient.api(base(), apiKeys.issue("p-" + UUID.randomUUID(), EnumSet.allOf(ApiScope.class), "t").fullKey());
        HttpResponse<String> problem = api.get("/api/v1/no-such-thing");
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(problem.body()).contains("\"status\":404").contains("صفحه پیدا نشد").doesNotContain("Not Found\",\"path");
    }

    @Test
    void theFormTokenCookieIsSameSiteAndBehindATlsProxyEveryCookieIsSecureAndHstsIsSent() {
        // the form token's cookie: HttpOnly is FormTokenCookieTest's (this shared context's token store is
        // swapped by the csrf() test helper other tests use); SameSite=Lax is written by Tomcat
        assertThat(sameSite).extracting(s -> s.getSameSite(new jakarta.servlet.http.Cookie("XSRF-TOKEN", "x")))
                .contains(org.springframework.boot.web.server.Cookie.SameSite.LAX);
        HttpResponse<String> plain = WalkerClient.api(base(), null).send("GET", "/login?lang=en", null, new byte[0], Map.of());
        assertThat(plain.headers().allValues("Set-Cookie")).isNotEmpty().noneMatch(c -> c.contains("Secure"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        Map<String, String> tls = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");
        HttpResponse<String> proxied = WalkerClient.api(base(), null).send("GET", "/login?lang=en", null, new byte[0], tls);
        assertThat(proxied.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("shenava-lang="))
                .allMatch(c -> c.contains("Secure"));
        assertThat(proxied.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=");
    }

    @Test
    void getLogoutShowsThePageWithTheLogoutButton() {
        HttpResponse<String> page = signedIn().get("/logout");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("می‌خواهید از شنوا خارج شوید؟").containsPattern("<form[^>]+action=\"/logout\"");
    }
}
