package ir.shenava.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The security token of forms lives in a cookie, so a form outlives the session it was opened in
 * (a customer writing a long complaint, a restart). Run in the demo profile's context on purpose:
 * Spring Security's test {@code csrf()} helper, used by most web tests, swaps the filter's token
 * store for a session-based one for the rest of the shared context, so only a context where nobody
 * uses it still shows the configured store.
 */
@SpringBootTest(properties = "shenava.data-dir=${shenava.demo-test-dir:target/demo-test-data}")
@AutoConfigureMockMvc   // the same context as DemoProfileTest: one demo database, made once
@ActiveProfiles({"test", "demo"})
class FormTokenCookieTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    WebApplicationContext context;

    @Test
    void aPublicFormStillSendsAfterItsSessionIsGone() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpServletResponse opened = mvc.perform(get("/track")).andReturn().getResponse();
        Matcher token = TOKEN.matcher(opened.getContentAsString());
        assertThat(token.find()).isTrue();
        Cookie cookie = opened.getCookie("XSRF-TOKEN");
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();

        // a new request with no session at all (expired, or another node), only the browser's cookie
        MockHttpServletResponse sent = mvc.perform(post("/track").cookie(cookie).param("_csrf", token.group(1))
                .param("code", "ABCDE-FGHJK").param("verifier", "1234")).andReturn().getResponse();
        assertThat(sent.getStatus()).isEqualTo(200);
        assertThat(sent.getContentAsString()).contains("پیگیری شکایت").doesNotContain("فرم پذیرفته نشد");

        // and without the cookie the same token is refused
        assertThat(mvc.perform(post("/track").param("_csrf", token.group(1)).param("code", "ABCDE-FGHJK")
                .param("verifier", "1234")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
