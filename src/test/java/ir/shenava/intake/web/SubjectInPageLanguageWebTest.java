package ir.shenava.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The complaint's subject (its category) is named in the page's language wherever it is shown (issue 15
 * §14: the English complaint page showed the Persian name): the complaint page, the inbox, the routing rules.
 */
@ShenavaIntegrationTest
class SubjectInPageLanguageWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    JdbcTemplate jdbc;

    private String page(String path, String lang, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).param("lang", lang).with(user("quality-subject").roles("QUALITY_MANAGER")))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theSubjectIsNamedInThePagesLanguage() throws Exception {
        Map<String, Object> names = jdbc.queryForMap("select name_fa, name_en from complaint_category where code = 'INSTALLATION'");
        String fa = (String) names.get("name_fa");
        String en = (String) names.get("name_en");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Complaint c = intake.register(Channel.WEB_FORM, new Submission("سمیرا نادری", null, null, "s" + tag + "@example.ir",
                "INSTALLATION", null, null, "نصب ناتمام " + tag, "شرح", null, null, null, null), List.of());

        assertThat(page("/complaints/{id}", "en", c.getId())).contains(">" + en + "<").doesNotContain(">" + fa + "<");
        assertThat(page("/complaints/{id}", "fa", c.getId())).contains(">" + fa + "<");
        String inbox = mvc.perform(get("/complaints").param("query", tag).param("lang", "en")
                .with(user("quality-subject").roles("QUALITY_MANAGER"))).andReturn().getResponse().getContentAsString();
        assertThat(inbox).contains("نصب ناتمام " + tag).contains("<td>" + en + "</td>");

        String rule = jdbc.queryForList("select category_code from routing_rule where category_code is not null limit 1", String.class)
                .stream().findFirst().orElse(null);
        assertThat(rule).as("a routing rule names a subject (seeded in V12)").isNotNull();
        String ruleEn = jdbc.queryForObject("select name_en from complaint_category where code = ?", String.class, rule);
        String ruleFa = jdbc.queryForObject("select name_fa from complaint_category where code = ?", String.class, rule);
        String rules = mvc.perform(get("/routing-rules").param("lang", "en").with(user("admin").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(rules).contains("<td>" + ruleEn + "</td>").doesNotContain("<td>" + ruleFa + "</td>");
    }
}
