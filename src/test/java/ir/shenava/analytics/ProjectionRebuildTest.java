package ir.shenava.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.analytics.internal.ProjectionRebuild;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.intake.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The rebuild counts what analytics never heard of: a complaint whose projection row is missing, a
 * survey and an ended call written straight into the surveys module's tables (as before analytics
 * existed) all appear; a second run leaves every row as it was; the page asks for a confirmation.
 */
@ShenavaIntegrationTest
class ProjectionRebuildTest {

    @Autowired
    CaseTestSupport support;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionRebuild rebuild;
    @Autowired
    MockMvc mvc;

    static final String COMPLAINT_COLUMNS = "channel, quarter_key, state, department_code, handling_rating, case_reasons::text";

    @Test
    void rebuildCountsWhatTheProjectionsMissedAndASecondRunChangesNothing() throws Exception {
        long complaint = support.complaint(Channel.PHONE, "بازسازی " + UUID.randomUUID().toString().substring(0, 8), null).getId();
        support.caseOf(complaint);
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("select state from analytics_complaint where complaint_id = ?",
                complaint).size() == 1 && rows("select state from analytics_complaint where complaint_id = ?", complaint)
                .get(0).get("state") != null);
        Map<String, Object> projected = complaintRow(complaint);
        jdbc.update("delete from analytics_complaint where complaint_id = ?", complaint);

        // a survey and its call from before analytics listened: in the surveys module's tables only
        long survey = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        Instant at = Instant.parse("2009-05-10T07:00:00Z");   // 20 Ordibehesht 1388
        jdbc.update("""
                insert into survey_result (survey_id, call_id, customer_id, installer_ids, seller_ids, questionnaire_id,
                    questionnaire_version, mode, completed_at, dissatisfied, stored_at)
                values (?, ?, 42, '{77}', '{}', 1, 1, 'PHONE', ?, true, ?)""",
                survey, survey, Timestamp.from(at), Timestamp.from(at));
        jdbc.update("""
                insert into survey_result_answer (survey_id, position, question_code, section, type, score, not_applicable,
                    dissatisfied, reason_codes) values (?, 0, 'Q_STAFF', 'STAFF_BEHAVIOUR', 'SCALE', 2, false, true, '{SALES.DELIVERY_LATE}'),
                    (?, 1, 'Q_SALES', 'SALES', 'SCALE', 4, false, false, '{}')""", survey, survey);
        long call = jdbc.queryForObject("""
                insert into follow_up_call (group_key, customer_id, status, due_at, next_try_at, attempts, created_by, created_at, ended_at)
                values (?, 42, 'UNREACHABLE', ?, ?, 3, 'test', ?, ?) returning id""", Long.class,
                "rebuild-" + UUID.randomUUID(), Timestamp.from(at), Timestamp.from(at), Timestamp.from(at), Timestamp.from(at));

        assertThat(rebuild.start()).isTrue();
        await().atMost(Duration.ofMinutes(3)).until(() -> !rebuild.progress().running());
        ProjectionRebuild.Progress done = rebuild.progress();
        assertThat(done.failed()).isFalse();
        assertThat(done.done()).isEqualTo(done.total()).isPositive();
        assertThat(done.percent()).isEqualTo(100);

        assertThat(complaintRow(complaint)).isEqualTo(projected);
        assertThat(rows("select quarter_key, departments::text, reasons::text, installer_ids::text from analytics_survey where survey_id = ?", survey))
                .containsExactly(Map.of("quarter_key", 13881, "departments", "{}", "reasons", "{SALES.DELIVERY_LATE}",
                        "installer_ids", "{77}"));
        assertThat(rows("select question_code, score from analytics_answer where survey_id = ? order by 1", survey))
                .extracting(r -> r.get("question_code") + "=" + r.get("score")).containsExactly("Q_SALES=4", "Q_STAFF=2");
        assertThat(rows("select outcome, quarter_key from analytics_call where call_id = ?", call))
                .containsExactly(Map.of("outcome", "UNREACHABLE", "quarter_key", 13881));

        // idempotent: run again in this thread, same rows
        List<Map<String, Object>> answersBefore = rows("select question_code, quarter_key, section, type, score, dissatisfied, reason_codes::text from analytics_answer where survey_id = ? order by 1", survey);
        assertThat(rebuild.run()).isTrue();
        assertThat(complaintRow(complaint)).isEqualTo(projected);
        assertThat(rows("select question_code, quarter_key, section, type, score, dissatisfied, reason_codes::text from analytics_answer where survey_id = ? order by 1", survey)).isEqualTo(answersBefore);
        assertThat(rows("select count(*) as n from analytics_call where call_id = ?", call).get(0).get("n")).isEqualTo(1L);
    }

    @Test
    void thePageAsksForAConfirmationAndOnlyAdministratorsAndTheQualityManagerMayRebuild() throws Exception {
        String page = mvc.perform(get("/analytics/rebuild").with(user("admin-r").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("بازسازی ارقام تحلیل").contains("name=\"confirm\"");
        String flash = mvc.perform(post("/analytics/rebuild").with(csrf()).with(user("qm-r").roles("QUALITY_MANAGER")))
                .andReturn().getFlashMap().get("error").toString();
        assertThat(flash).isEqualTo("analytics.rebuild.confirmFirst");
        assertThat(mvc.perform(get("/analytics/rebuild").with(user("caller-r").roles("CALLER"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/analytics/rebuild/progress").with(user("admin-r").roles("ADMIN"))).andReturn()
                .getResponse().getContentAsString()).contains("rebuild-progress");
    }

    Map<String, Object> complaintRow(long id) {
        return jdbc.queryForMap("select " + COMPLAINT_COLUMNS + " from analytics_complaint where complaint_id = ?", id);
    }

    List<Map<String, Object>> rows(String sql, Object... args) {
        return jdbc.queryForList(sql, args);
    }
}
