package ir.shenava.staff.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.shenava.staff.ApiScope;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Issues keys the way an administrator does, through the page, for the API tests of every module. */
public final class ApiKeyPages {

    public static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final Pattern KEY = Pattern.compile("shn_[A-Za-z0-9_-]{32}");

    private ApiKeyPages() {
    }

    /** Issues a key on {@code /api-keys} and reads the full key from the page shown after the redirect. */
    public static String issue(MockMvc mvc, String name, ApiScope... scopes) throws Exception {
        MockHttpServletRequestBuilder request = post("/api-keys").param("name", name).with(ADMIN).with(csrf());
        for (ApiScope scope : scopes) {
            request.param("scopes", scope.name());
        }
        MvcResult issued = mvc.perform(request).andExpect(redirectedUrl("/api-keys")).andReturn();
        String page = mvc.perform(get("/api-keys").with(ADMIN).flashAttrs(issued.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher key = KEY.matcher(page);
        assertThat(key.find()).as("the new key is on the page").isTrue();
        return key.group();
    }
}
