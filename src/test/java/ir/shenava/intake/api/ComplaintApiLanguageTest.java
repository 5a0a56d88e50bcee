package ir.shenava.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.staff.ApiScope;
import ir.shenava.staff.apikeys.ApiKeyPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 14 §8: the website tells the API which language its visitor used ({@code language}: fa or en);
 * without it the complaint is Persian, and anything else is refused at the field with a clear message.
 */
@ShenavaIntegrationTest
class ComplaintApiLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    String key;

    @BeforeEach
    void aKey() throws Exception {
        key = ApiKeyPages.issue(mvc, "Website " + UUID.randomUUID(), ApiScope.COMPLAINTS_WRITE);
    }

    private String body(String subject, Object language) {
        Map<String, Object> body = new HashMap<>(Map.of("contactName", "Sarah Miller", "email", "s.miller@example.com",
                "category", "SALES", "subject", subject, "description", "The centrifuge arrived two months late."));
        if (language != null) {
            body.put("language", language);
        }
        return json.writeValueAsString(body);
    }

    private String languageOf(String subject) {
        return jdbc.queryForObject("select language from complaint where subject = ?", String.class, subject);
    }

    @Test
    void theLanguageFieldIsStoredAndPersianIsTheDefault() throws Exception {
        String english = "Late delivery " + UUID.randomUUID();
        String persian = "Late delivery " + UUID.randomUUID();
        String upper = "Late delivery " + UUID.randomUUID();
        mvc.perform(post("/api/v1/complaints").header("Authorization", "Bearer " + key).contentType(MediaType.APPLICATION_JSON)
                .content(body(english, "en"))).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/complaints").header("Authorization", "Bearer " + key).contentType(MediaType.APPLICATION_JSON)
                .content(body(persian, null))).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/complaints").header("Authorization", "Bearer " + key).contentType(MediaType.APPLICATION_JSON)
                .content(body(upper, " EN "))).andExpect(status().isCreated());
        assertThat(languageOf(english)).isEqualTo("en");
        assertThat(languageOf(persian)).isEqualTo("fa");
        assertThat(languageOf(upper)).isEqualTo("en");
    }

    @Test
    void anUnknownLanguageIsRefusedAtItsFieldAndNothingIsStored() throws Exception {
        String subject = "Wrong language " + UUID.randomUUID();
        mvc.perform(post("/api/v1/complaints").header("Authorization", "Bearer " + key).contentType(MediaType.APPLICATION_JSON)
                        .content(body(subject, "de")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'language')].message")
                        .value(hasItem("زبان (language) فقط می‌تواند fa (فارسی) یا en (انگلیسی) باشد.")));
        mvc.perform(post("/api/v1/complaints").header("Authorization", "Bearer " + key).contentType(MediaType.APPLICATION_JSON)
                        .content(body(subject, "x".repeat(100_000))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'language')].field").value(hasItem("language")));
        assertThat(jdbc.queryForObject("select count(*) from complaint where subject = ?", Integer.class, subject)).isZero();
    }
}
