package ir.shenava.surveys.questionnaire;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import ir.shenava.surveys.QuestionType;
import ir.shenava.surveys.SurveySection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of the follow-up questionnaire. The draft (at most one) is edited and previewed;
 * publishing it retires the version in use, which — like every published version — never changes
 * again, so a survey answered with it still reads as it was asked.
 */
@Service
@Transactional(readOnly = true)
public class Questionnaires {

    private final JdbcClient jdbc;
    private final Clock clock;

    Questionnaires(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Newest first, without questions. */
    public List<Questionnaire> versions() {
        return jdbc.sql("select * from questionnaire order by version desc")
                .query((rs, i) -> questionnaire(rs, List.of())).list();
    }

    public Optional<Questionnaire> find(long id) {
        return jdbc.sql("select * from questionnaire where id = ?").param(id).query((rs, i) -> questionnaire(rs, List.of()))
                .optional().map(q -> new Questionnaire(q.id(), q.version(), q.titleFa(), q.titleEn(), q.threshold(), q.status(),
                        q.publishedAt(), questions(id)));
    }

    /** The version callers use now. */
    public Questionnaire published() {
        long id = jdbc.sql("select id from questionnaire where status = 'PUBLISHED'").query(Long.class).single();
        return find(id).orElseThrow();
    }

    /** The draft, made as a copy of the published version if there is none yet. */
    @Transactional
    public long draft() {
        Optional<Long> existing = jdbc.sql("select id from questionnaire where status = 'DRAFT'").query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        Questionnaire from = published();
        long id = jdbc.sql("""
                insert into questionnaire (version, title_fa, title_en, threshold, status, created_at)
                select coalesce(max(version), 0) + 1, ?, ?, ?, 'DRAFT', ? from questionnaire returning id""")
                .params(from.titleFa(), from.titleEn(), from.threshold(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        jdbc.sql("""
                insert into survey_question (questionnaire_id, position, code, section, type, text_fa, text_en, options_fa,
                                             options_en, allows_na, required)
                select ?, position, code, section, type, text_fa, text_en, options_fa, options_en, allows_na, required
                from survey_question where questionnaire_id = ?""").params(id, from.id()).update();
        return id;
    }

    @Transactional
    public void describe(long id, String titleFa, String titleEn, int threshold) {
        editable(id);
        if (threshold < 1 || threshold > 4) {
            throw new QuestionnaireRuleException("questionnaire.threshold.invalid");
        }
        if (titleFa == null || titleFa.isBlank() || titleEn == null || titleEn.isBlank()
                || titleFa.length() > 200 || titleEn.length() > 200) {   // the columns' size
            throw new QuestionnaireRuleException("questionnaire.title.invalid");
        }
        jdbc.sql("update questionnaire set title_fa = ?, title_en = ?, threshold = ? where id = ?")
                .params(titleFa, titleEn, threshold, id).update();
    }

    /** Adds (questionId null) or changes a question of the draft. */
    @Transactional
    public long saveQuestion(long id, Long questionId, String code, SurveySection section, QuestionType type, String textFa,
                             String textEn, String optionsFa, String optionsEn, boolean allowsNotApplicable, boolean required) {
        editable(id);
        boolean choice = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
        Question probe = new Question(0, id, 0, code, section, type, textFa, textEn, optionsFa, optionsEn, false, false);
        if (choice && (probe.options(java.util.Locale.ROOT).size() < 2
                || probe.options(java.util.Locale.ROOT).size() != probe.options(java.util.Locale.ENGLISH).size())) {
            throw new QuestionnaireRuleException("questionnaire.options.invalid");
        }
        boolean taken = jdbc.sql("select count(*) from survey_question where questionnaire_id = ? and code = ? and id <> ?")
                .params(id, code, questionId == null ? -1 : questionId).query(Long.class).single() > 0;
        if (taken) {
            throw new QuestionnaireRuleException("questionnaire.code.taken");
        }
        String fa = choice ? optionsFa : null;
        String en = choice ? optionsEn : null;
        if (questionId == null) {
            return jdbc.sql("""
                    insert into survey_question (questionnaire_id, position, code, section, type, text_fa, text_en, options_fa,
                                                 options_en, allows_na, required)
                    values (?, (select coalesce(max(position), 0) + 1 from survey_question where questionnaire_id = ?),
                            ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(id, id, code, section.name(), type.name(), textFa, textEn, fa, en, allowsNotApplicable, required)
                    .query(Long.class).single();
        }
        jdbc.sql("""
                update survey_question set code = ?, section = ?, type = ?, text_fa = ?, text_en = ?, options_fa = ?, options_en = ?,
                       allows_na = ?, required = ? where id = ? and questionnaire_id = ?""")
                .params(code, section.name(), type.name(), textFa, textEn, fa, en, allowsNotApplicable, required, questionId, id)
                .update();
        return questionId;
    }

    @Transactional
    public void removeQuestion(long id, long questionId) {
        editable(id);
        jdbc.sql("delete from survey_question where id = ? and questionnaire_id = ?").params(questionId, id).update();
    }

    /** Moves a question of the draft one place up (towards the start) by swapping positions. */
    @Transactional
    public void moveUp(long id, long questionId) {
        editable(id);
        List<Question> questions = questions(id);
        for (int i = 1; i < questions.size(); i++) {
            if (questions.get(i).id() == questionId) {
                Question above = questions.get(i - 1);
                jdbc.sql("update survey_question set position = ? where id = ?").params(questions.get(i).position(), above.id()).update();
                jdbc.sql("update survey_question set position = ? where id = ?").params(above.position(), questionId).update();
            }
        }
    }

    /** The draft becomes the version in use; the previous one is retired. */
    @Transactional
    public void publish(long id) {
        editable(id);
        if (questions(id).isEmpty()) {
            throw new QuestionnaireRuleException("questionnaire.empty");
        }
        jdbc.sql("update questionnaire set status = 'RETIRED' where status = 'PUBLISHED'").update();
        jdbc.sql("update questionnaire set status = 'PUBLISHED', published_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), id).update();
    }

    private void editable(long id) {
        // lock the row: two edits of the draft, or an edit and the publishing, do not interleave
        String status = jdbc.sql("select status from questionnaire where id = ? for update").param(id).query(String.class)
                .optional().orElseThrow(() -> new QuestionnaireRuleException("questionnaire.notFound"));
        if (!"DRAFT".equals(status)) {
            throw new QuestionnaireRuleException("questionnaire.published.immutable");
        }
    }

    List<Question> questions(long id) {
        return jdbc.sql("select * from survey_question where questionnaire_id = ? order by position, id").param(id)
                .query(Questionnaires::question).list();
    }

    private static Question question(ResultSet rs, int row) throws SQLException {
        return new Question(rs.getLong("id"), rs.getLong("questionnaire_id"), rs.getInt("position"), rs.getString("code"),
                SurveySection.valueOf(rs.getString("section")), QuestionType.valueOf(rs.getString("type")),
                rs.getString("text_fa"), rs.getString("text_en"), rs.getString("options_fa"), rs.getString("options_en"),
                rs.getBoolean("allows_na"), rs.getBoolean("required"));
    }

    private static Questionnaire questionnaire(ResultSet rs, List<Question> questions) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new Questionnaire(rs.getLong("id"), rs.getInt("version"), rs.getString("title_fa"), rs.getString("title_en"),
                rs.getInt("threshold"), Questionnaire.Status.valueOf(rs.getString("status")),
                published == null ? null : published.toInstant(), questions);
    }
}
