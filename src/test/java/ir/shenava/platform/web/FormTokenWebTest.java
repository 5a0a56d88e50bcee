package ir.shenava.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ir.shenava.ShenavaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A form that arrives without its security token gets a page saying what happened and what to do
 * (that the token lives in a cookie is tested in {@link ir.shenava.platform.FormTokenCookieTest}).
 */
@ShenavaIntegrationTest
class FormTokenWebTest {

    @Autowired
    MockMvc mvc;

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
