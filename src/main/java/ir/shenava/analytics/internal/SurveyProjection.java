package ir.shenava.analytics.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import ir.shenava.platform.MultiRowInsert;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import ir.shenava.surveys.CallOutcome;
import ir.shenava.surveys.FollowUpCallEnded;
import ir.shenava.surveys.SurveyCompleted;
import ir.shenava.surveys.SurveyMode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code analytics_survey}, {@code analytics_answer} and {@code analytics_call} from the
 * surveys module's events. Each survey's rows are replaced whole, keyed by the survey's id, so a
 * redelivered event is a no-op and a late answer lands in the quarter it was given in; the tables'
 * triggers (V105) move that quarter's change counter, so its stored figures are computed again.
 */
@Component
public class SurveyProjection {

    private static final int LOCK_CLASS = 56;

    private final JdbcClient jdbc;
    private final StaffDirectory staff;

    SurveyProjection(JdbcClient jdbc, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    @ApplicationModuleListener
    void on(SurveyCompleted e) {
        record(e);
    }

    /**
     * A call that ended without a survey. A completed call is recorded with its survey, in the same
     * transaction (above): the condition keeps Modulith from even storing a publication for it here,
     * which saves a completion a durable transaction of its own.
     */
    @ApplicationModuleListener(condition = "#e.outcome() != T(ir.shenava.surveys.CallOutcome).COMPLETED")
    void on(FollowUpCallEnded e) {
        record(e);
    }

    @Transactional
    public void record(SurveyCompleted e) {
        int quarter = Quarters.keyOf(e.completedAt());
        Set<String> reasons = new LinkedHashSet<>();
        e.answers().forEach(a -> reasons.addAll(a.reasonCodes()));
        // one survey at a time: a redelivery racing the first delivery waits, then replaces its rows
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(LOCK_CLASS, (int) e.surveyId()).query(Object.class).list();
        jdbc.sql("delete from analytics_survey where survey_id = ?").param(e.surveyId()).update();
        jdbc.sql("""
                insert into analytics_survey (survey_id, call_id, customer_id, completed_at, quarter_key, mode,
                    installer_ids, seller_ids, departments, reasons)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.surveyId(), e.callId(), e.customerId(), Timestamp.from(e.completedAt()), quarter, e.mode().name(),
                        e.installerIds().stream().sorted().toArray(Long[]::new), e.sellerIds().stream().sorted().toArray(Long[]::new),
                        departments(e.installerIds(), e.sellerIds()), reasons.toArray(String[]::new))
                .update();
        MultiRowInsert.insert(jdbc, """
                insert into analytics_answer (survey_id, question_code, quarter_key, section, type, score, not_applicable,
                    dissatisfied, reason_codes, answer_text)""", "on conflict do nothing", e.answers(),
                a -> Arrays.asList(e.surveyId(), a.questionCode(), quarter, a.section().name(), a.type().name(),
                        a.notApplicable() ? null : a.score(), a.notApplicable(), a.dissatisfied(),
                        a.reasonCodes().toArray(String[]::new), a.text()));
        if (e.mode() == SurveyMode.PHONE) {
            // the call ended with this survey: its FollowUpCallEnded is not delivered here (see on(FollowUpCallEnded))
            recordCall(e.callId(), CallOutcome.COMPLETED, e.completedAt());
        }
    }

    @Transactional
    public void record(FollowUpCallEnded e) {
        recordCall(e.callId(), e.outcome(), e.endedAt());
    }

    private void recordCall(long callId, CallOutcome outcome, Instant endedAt) {
        jdbc.sql("""
                insert into analytics_call (call_id, outcome, ended_at, quarter_key) values (?, ?, ?, ?)
                on conflict (call_id) do update set outcome = excluded.outcome, ended_at = excluded.ended_at,
                    quarter_key = excluded.quarter_key""")
                .params(callId, outcome.name(), Timestamp.from(endedAt), Quarters.keyOf(endedAt)).update();
    }

    private String[] departments(Collection<Long> installers, Collection<Long> sellers) {
        Set<String> codes = new java.util.TreeSet<>();
        for (Collection<Long> ids : java.util.List.of(installers, sellers)) {
            ids.stream().map(id -> staff.find(new StaffId(id)).map(StaffSummary::departmentCode).orElse(null))
                    .filter(Objects::nonNull).forEach(codes::add);
        }
        return codes.toArray(String[]::new);
    }
}
