package ir.shenava.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.shenava.ShenavaIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The security token of forms: kept in a cookie, so a form outlives the session it was opened in;
 * and a form that arrives without it gets a page saying what happened and what to do.
 */
@ShenavaIntegrationTest
class FormTokenWebTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void aPublicFormStillSendsAfterItsSessionIsGone() throws Exception {
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
        assertThat(sent.getContentAsString()).doesNotContain("فرم پذیرفته نشد");
    }

    @Test
    void aFormWithoutItsTokenIsExplainedNotCalledForbidden() throws Exception {
        for (var request : new org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder[] {
                post("/track").param("code", "ABCDE-FGHJK").param("verifier", "1234"),
                post("/complaints/phone").with(user("expert").roles("TECHNICAL_EXPERT")).param("subject", "بی‌نشانه")}) {
            MockHttpServletResponse refused = mvc.perform(request).andReturn().getResponse();
            assertThat(refused.getStatus()).isEqualTo(403);
            assertThat(refused.getForwardedUrl()).isEqualTo("/error/form-not-accepted");
        }
        MockHttpServletResponse page = mvc.perform(get("/error/form-not-accepted")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(403);
        assertThat(page.getContentAsString()).contains("فرم پذیرفته نشد").contains("حداکثر ۱۰ مگابایت")
                .doesNotContain("نقش شما اجازه");
        // a staff member without the role still gets the ordinary page
        assertThat(mvc.perform(get("/mailboxes").with(user("caller").roles("CALLER"))).andReturn().getResponse()
                .getForwardedUrl()).isEqualTo("/error/403");
    }
}
