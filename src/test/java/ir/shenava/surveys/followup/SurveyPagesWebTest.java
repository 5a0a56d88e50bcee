package ir.shenava.surveys.followup;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintFollowUp;
import ir.shenava.intake.ComplaintRegistration;
import ir.shenava.staff.Role;
import ir.shenava.surveys.SurveyCompleted;
import ir.shenava.surveys.SurveySection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static ir.shenava.surveys.followup.SurveyFixtures.scale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The survey page and the managers' review list: who sees what, and marking a survey reviewed. */
@ShenavaIntegrationTest
class SurveyPagesWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SurveyFixtures fixtures;
    @Autowired
    SurveyResults results;
    @Autowired
    ComplaintRegistration registration;
    @Autowired
    ComplaintFollowUp complaints;
    @Autowired
    CaseTestSupport cases;

    long caller;
    long installer;
    long technicalManager;
    SurveyCompleted survey;

    @BeforeEach
    void aDissatisfiedSurvey() {
        fixtures.person("TECHNICAL", Role.TECHNICAL_MANAGER);
        technicalManager = registration.ownerFor(Channel.SURVEY, "INSTALLATION", null).orElseThrow().value();
        caller = fixtures.person(null, Role.CALLER);
        installer = fixtures.person("TECHNICAL", Role.TECHNICAL_EXPERT);
        survey = fixtures.survey(fixtures.customer(), Set.of(installer), Set.of(), caller, Instant.parse("2026-11-20T07:00:00Z"),
                scale("INSTALL_QUALITY", SurveySection.INSTALLATION_TRAINING, 1, List.of("INST.INCOMPLETE"), "دستگاه هنوز کالیبره نشده"),
                scale("SALES_INFO", SurveySection.SALES, 5, List.of(), null));
        fixtures.publishAndWait(survey);
    }

    @Test
    void theManagerOfASectionReadsTheSurveyAndMarksItReviewed() throws Exception {
        RequestPostProcessor manager = as(technicalManager, Role.TECHNICAL_MANAGER);
        String list = page("/surveys/review", manager);
        assertThat(list).contains("data-survey=\"" + survey.surveyId() + "\"");

        String page = page("/surveys/" + survey.surveyId(), manager);
        long complaintId = results.complaintsOf(survey.surveyId()).get(0);
        assertThat(page).contains("راه‌اندازی ناقص یا تنظیم نشده", "دستگاه هنوز کالیبره نشده", "خیلی ناراضی", "خیلی راضی",
                "۲۹ آبان ۱۴۰۵", shown(complaints.summary(complaintId).orElseThrow().trackingCode()), "mark-reviewed",
                "کارمند " + fixtures.username(installer), "کارمند " + fixtures.username(caller));

        String location = mvc.perform(post("/surveys/" + survey.surveyId() + "/review").param("comment", "با تیم نصب صحبت شد")
                .with(manager).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).isEqualTo("/surveys/" + survey.surveyId());
        assertThat(page("/surveys/review", manager)).doesNotContain("data-survey=\"" + survey.surveyId() + "\"");
        assertThat(page("/surveys/review?all=true", manager)).contains("data-survey=\"" + survey.surveyId() + "\"");
        assertThat(page("/surveys/" + survey.surveyId(), manager)).contains("با تیم نصب صحبت شد");
    }

    @Test
    void theQualityManagerSeesEverySurveyAndTheCallerOnlyTheAnswersTheyRecorded() throws Exception {
        long quality = fixtures.person(null, Role.QUALITY_MANAGER);
        assertThat(page("/surveys/review", as(quality, Role.QUALITY_MANAGER))).contains("data-survey=\"" + survey.surveyId() + "\"");
        assertThat(page("/surveys/" + survey.surveyId(), as(quality, Role.QUALITY_MANAGER))).contains("survey-complaints");

        long ceo = fixtures.person("MANAGEMENT", Role.CEO);
        assertThat(page("/surveys/" + survey.surveyId(), as(ceo, Role.CEO))).contains("survey-complaints", "دستگاه هنوز کالیبره نشده");
        String callers = page("/surveys/" + survey.surveyId(), as(caller, Role.CALLER));
        assertThat(callers).contains("دستگاه هنوز کالیبره نشده").doesNotContain("survey-complaints", "mark-reviewed");
        long otherCaller = fixtures.person(null, Role.CALLER);
        assertThat(status("/surveys/" + survey.surveyId(), as(otherCaller, Role.CALLER))).isEqualTo(404);
        assertThat(status("/surveys/review", as(caller, Role.CALLER))).isEqualTo(403);
    }

    @Test
    void aManagerOfNoSectionOfTheSurveyAndAnExpertDoNotSeeIt() throws Exception {
        long stranger = fixtures.person("QUALITY", Role.MANAGER);
        assertThat(status("/surveys/" + survey.surveyId(), as(stranger, Role.MANAGER))).isEqualTo(404);
        assertThat(page("/surveys/review?all=true", as(stranger, Role.MANAGER))).doesNotContain("data-survey=\"" + survey.surveyId() + "\"");
        assertThat(mvc.perform(post("/surveys/" + survey.surveyId() + "/review").with(as(stranger, Role.MANAGER)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        long expert = fixtures.person("TECHNICAL", Role.TECHNICAL_EXPERT);
        assertThat(status("/surveys/" + survey.surveyId(), as(expert, Role.TECHNICAL_EXPERT))).isEqualTo(403);
        assertThat(status("/surveys/" + (survey.surveyId() + 1), as(technicalManager, Role.TECHNICAL_MANAGER))).isEqualTo(404);
    }

    @Test
    void theCasePageOfTheSurveyComplaintShowsTheAnswers() throws Exception {
        long complaintId = results.complaintsOf(survey.surveyId()).get(0);
        cases.caseOf(complaintId);
        String casePage = page("/cases/" + complaintId, as(technicalManager, Role.TECHNICAL_MANAGER));
        assertThat(casePage).contains("case-survey", "راه‌اندازی ناقص یا تنظیم نشده", "دستگاه هنوز کالیبره نشده",
                "/surveys/" + survey.surveyId());
        // the complaint page (intake, which may not depend on surveys) links to the survey through a redirect
        assertThat(page("/complaints/" + complaintId, as(technicalManager, Role.TECHNICAL_MANAGER)))
                .contains("/surveys/of-complaint/" + complaintId);
        assertThat(mvc.perform(get("/surveys/of-complaint/" + complaintId).with(as(technicalManager, Role.TECHNICAL_MANAGER)))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/surveys/" + survey.surveyId());
    }

    private RequestPostProcessor as(long staffId, Role role) {
        return user(fixtures.username(staffId)).roles(role.name());
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        var response = mvc.perform(get(url).with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andReturn().getResponse().getStatus();
    }

    /** Tracking codes are shown one way on every page: "2DRX2-6G6N5". */
    private static String shown(String code) {
        return code.substring(0, 5) + "-" + code.substring(5);
    }
}
