package ir.shenava.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.List;

import ir.shenava.ShenavaIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every public page has a visible language switch in its header (issue 15 §11), and the switch comes
 * back to the same page in the other language — the public form, the CEO page, the tracking page, the
 * page after sending, the login, and the page a mail's link opens (here: one whose token is bad).
 */
@ShenavaIntegrationTest
class PublicLanguageSwitchTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyPublicPageSwitchesToEnglishAndBackToTheSamePage() throws Exception {
        for (String page : List.of("/complaint", "/ceo", "/track", "/complaint/done", "/login",
                "/track/rate?complaint=1&rating=5&token=1.forged")) {
            String persian = mvc.perform(get(URI.create(page))).andReturn().getResponse().getContentAsString();
            assertThat(persian).as(page).contains("id=\"public-header\"").contains("<html lang=\"fa\" dir=\"rtl\">")
                    .containsPattern("<a class=\"[^\"]*lang-switch[^\"]*\"[^>]*href=\"/lang\\?lang=en&amp;back=[^\"]*\"[^>]*lang=\"en\"");

            MockHttpServletResponse switched = mvc.perform(get("/lang").param("lang", "en").param("back", page))
                    .andReturn().getResponse();
            assertThat(switched.getRedirectedUrl()).as(page).isEqualTo(page);
            Cookie language = switched.getCookie("shenava-lang");
            assertThat(language).as(page).isNotNull();

            String english = mvc.perform(get(URI.create(page)).cookie(language)).andReturn().getResponse().getContentAsString();
            assertThat(english).as(page).contains("<html lang=\"en\" dir=\"ltr\">").contains("id=\"public-header\"")
                    .containsPattern("href=\"/lang\\?lang=fa&amp;back=[^\"]*\"[^>]*lang=\"fa\"");
        }
    }
}
