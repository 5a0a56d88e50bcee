package ir.shenava.surveys.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.calendar.WorkCalendars;
import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.WorkCalendar;
import ir.shenava.staff.Role;
import ir.shenava.surveys.SurveyCompleted;
import ir.shenava.surveys.SurveySection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static ir.shenava.surveys.followup.SurveyFixtures.scale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An unreviewed survey reminds its reviewers after the configured working days (3), once; a reviewed one does not. */
@ShenavaIntegrationTest
class ReviewRemindersTest {

    @Autowired
    SurveyFixtures fixtures;
    @Autowired
    SurveyReviews reviews;
    @Autowired
    ReviewReminders reminders;
    @Autowired
    WorkCalendars calendars;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void unreviewedSurveysRemindTheirReviewersAfterThreeWorkingDaysOnce() {
        long quality = fixtures.person(null, Role.QUALITY_MANAGER);
        long otherQuality = fixtures.person(null, Role.QUALITY_MANAGER);
        // a Wednesday: Thursday is a working day, Friday is not
        Instant completed = ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, JalaliDate.TEHRAN).toInstant();
        SurveyCompleted survey = fixtures.survey(fixtures.customer(), Set.of(), Set.of(), null, completed,
                scale("SALES_INFO", SurveySection.SALES, 4, List.of(), null));
        clock.set(completed.plus(Duration.ofMinutes(5)));
        fixtures.publishAndWait(survey);
        assertThat(reviews.isReviewer(survey.surveyId(), quality)).isTrue();
        reviews.markReviewed(survey.surveyId(), otherQuality, null, completed.plus(Duration.ofHours(1)));

        WorkCalendar calendar = calendars.current();
        LocalDate due = calendar.addWorkingDays(LocalDate.of(2026, 11, 25), 3);
        assertThat(due).isAfter(LocalDate.of(2026, 11, 28));   // the Friday in between does not count

        clock.set(due.minusDays(1).atTime(15, 0).atZone(JalaliDate.TEHRAN).toInstant());
        reminders.runOnce();
        assertThat(reminded(survey.surveyId(), quality)).isFalse();

        clock.set(due.atTime(9, 0).atZone(JalaliDate.TEHRAN).toInstant());
        reminders.runOnce();
        assertThat(reminded(survey.surveyId(), quality)).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications(survey.surveyId(), quality) == 1);
        assertThat(reminded(survey.surveyId(), otherQuality)).isFalse();

        clock.advance(Duration.ofDays(2));
        reminders.runOnce();
        assertThat(notifications(survey.surveyId(), quality)).isEqualTo(1);
        assertThat(notifications(survey.surveyId(), otherQuality)).isZero();
    }

    private boolean reminded(long surveyId, long staffId) {
        return jdbc.sql("select reminded_at is not null from survey_review where survey_id = ? and staff_id = ?")
                .params(surveyId, staffId).query(Boolean.class).single();
    }

    private long notifications(long surveyId, long staffId) {
        return jdbc.sql("select count(*) from staff_notification where kind = 'SURVEY_REVIEW_DUE' and case_id = ? and staff_id = ?")
                .params(surveyId, staffId).query(Long.class).single();
    }
}
