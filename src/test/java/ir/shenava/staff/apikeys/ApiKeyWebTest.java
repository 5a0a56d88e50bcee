package ir.shenava.staff.apikeys;

import static ir.shenava.staff.apikeys.ApiKeyPages.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.staff.ApiScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ShenavaIntegrationTest
class ApiKeyWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    /** A GET under /api/** that needs only authentication; 404 from the API means "the key was accepted". */
    private static final String PROBE = "/api/v1/service-records/999999999";

    @Test
    void theKeyIsShownOnceAndOnlyItsHashIsStored() throws Exception {
        String name = "ERP " + UUID.randomUUID();
        String key = ApiKeyPages.issue(mvc, name, ApiScope.SERVICE_RECORDS_WRITE);
        assertThat(key).startsWith("shn_").hasSize(36);
        assertThat(jdbc.queryForObject("select key_prefix from api_key where name = ?", String.class, name))
                .isEqualTo(key.substring(0, 8));
        assertThat(jdbc.queryForObject("select key_hash from api_key where name = ?", String.class, name))
                .isEqualTo(ApiKeys.hash(key)).doesNotContain(key.substring(8));
        mvc.perform(get("/api-keys").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString(key.substring(0, 8))))
                .andExpect(content().string(not(containsString(key))));
    }

    @Test
    void aKeyWorksAsBearerOrHeaderUntilItIsRevoked() throws Exception {
        String name = "ERP " + UUID.randomUUID();
        String key = ApiKeyPages.issue(mvc, name, ApiScope.SERVICE_RECORDS_WRITE);
        mvc.perform(get(PROBE).header("Authorization", "Bearer " + key)).andExpect(status().isNotFound());
        mvc.perform(get(PROBE).header("X-Api-Key", key)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select last_used_at is not null from api_key where name = ?", Boolean.class, name))
                .isTrue();

        long id = jdbc.queryForObject("select id from api_key where name = ?", Long.class, name);
        mvc.perform(post("/api-keys/" + id + "/revoke").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/api-keys")).andExpect(flash().attribute("success", "apikey.revoked"));
        mvc.perform(get(PROBE).header("X-Api-Key", key))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString("باطل")));
    }

    @Test
    void withoutAKeyOrWithAWrongOneTheApiAnswers401ProblemJsonNeverTheLoginPage() throws Exception {
        mvc.perform(get(PROBE))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(containsString("کلید API")));
        mvc.perform(get(PROBE).header("Authorization", "Bearer shn_" + "x".repeat(32)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("نامعتبر")));
    }

    @Test
    void aKeyWithoutTheScopeGets403() throws Exception {
        String key = ApiKeyPages.issue(mvc, "Complaints " + UUID.randomUUID(), ApiScope.COMPLAINTS_WRITE);
        mvc.perform(get(PROBE).header("X-Api-Key", key))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(containsString("اجازه")));
    }

    @Test
    void onlyTheAdministratorManagesKeysAndScopesAreRequired() throws Exception {
        mvc.perform(get("/api-keys").with(user("m").roles("MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(post("/api-keys").param("name", "x").param("scopes", "COMPLAINTS_WRITE")
                .with(user("m").roles("MANAGER")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/api-keys").param("name", "no scopes").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/api-keys")).andExpect(flash().attribute("error", "apikey.scopes.required"));
    }
}
