package ir.shenava.surveys.followup;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintFollowUp;
import ir.shenava.intake.ComplaintRegistration;
import ir.shenava.intake.ComplaintSummary;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import ir.shenava.staff.StaffTeam;
import ir.shenava.staff.internal.DepartmentRepository;
import ir.shenava.staff.internal.StaffAccounts;
import ir.shenava.surveys.DissatisfactionReasons;
import ir.shenava.surveys.ReasonSource;
import ir.shenava.surveys.SurveyCompleted;
import ir.shenava.surveys.SurveySection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static ir.shenava.surveys.followup.SurveyFixtures.scale;
import static org.assertj.core.api.Assertions.assertThat;

/** Policy 4: a survey's dissatisfied answers become SURVEY complaints, one per responsible manager. */
@ShenavaIntegrationTest
class SurveyComplaintsTest {

    @Autowired
    SurveyFixtures fixtures;
    @Autowired
    SurveyResults results;
    @Autowired
    SurveyFollowUp followUp;
    @Autowired
    ComplaintFollowUp complaints;
    @Autowired
    ComplaintRegistration registration;
    @Autowired
    StaffDirectory staff;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    DepartmentRepository departments;
    @Autowired
    DissatisfactionReasons reasons;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void dissatisfiedSectionsGoToTheirManagersOneComplaintEachAndAReplayAddsNone() {
        fixtures.person("SALES", Role.MANAGER);
        fixtures.person("TECHNICAL", Role.TECHNICAL_MANAGER);
        fixtures.person("AFTER_SALES", Role.MANAGER);
        StaffTeam team = StaffTeam.create(accounts, departments);
        long salesManager = registration.ownerFor(Channel.SURVEY, "SALES", null).orElseThrow().value();
        long technicalManager = registration.ownerFor(Channel.SURVEY, "INSTALLATION", null).orElseThrow().value();
        long afterSalesManager = registration.ownerFor(Channel.SURVEY, "AFTER_SALES", null).orElseThrow().value();
        assertThat(summary(salesManager).departmentCode()).isEqualTo("SALES");
        assertThat(summary(salesManager).roles()).contains(Role.MANAGER);
        assertThat(summary(technicalManager).roles()).contains(Role.TECHNICAL_MANAGER);
        assertThat(summary(afterSalesManager).departmentCode()).isEqualTo("AFTER_SALES");

        SurveyCompleted survey = fixtures.survey(fixtures.customer(), Set.of(team.expert(), team.manager()), Set.of(),
                null, Instant.parse("2026-10-04T08:30:00Z"),
                scale("STAFF_POLITE", SurveySection.STAFF_BEHAVIOUR, 1, List.of("STAFF.DISCOURTEOUS"), "با ما تند صحبت کردند"),
                scale("SALES_INFO", SurveySection.SALES, 2, List.of("SALES.DELIVERY_LATE"), "دستگاه دو ماه دیر رسید"),
                scale("INSTALL_QUALITY", SurveySection.INSTALLATION_TRAINING, 2, List.of("INST.QUALITY"), null),
                scale("TRAINING", SurveySection.INSTALLATION_TRAINING, 1, List.of("INST.TRAINING_SHORT"), "آموزش یک ساعت بود"),
                scale("AFTER_SALES", SurveySection.AFTER_SALES, 4, List.of(), null));
        fixtures.publishAndWait(survey);

        List<Long> ids = results.complaintsOf(survey.surveyId());
        List<ComplaintSummary> registered = ids.stream().map(id -> complaints.summary(id).orElseThrow()).toList();
        // staff behaviour: both installers are in one department → its head, once; sales; installation + training together
        assertThat(registered).extracting(ComplaintSummary::ownerId)
                .containsExactlyInAnyOrder(team.head(), salesManager, technicalManager);
        assertThat(registered).allSatisfy(c -> {
            assertThat(c.channel()).isEqualTo(Channel.SURVEY);
            assertThat(c.customerId()).isEqualTo(survey.customerId());
            assertThat(results.surveyOf(c.id())).contains(survey.surveyId());
        });
        ComplaintSummary technical = registered.stream().filter(c -> c.ownerId() == technicalManager).findFirst().orElseThrow();
        assertThat(technical.categoryCode()).isEqualTo("INSTALLATION");
        assertThat(technical.description()).contains("INSTALL_QUALITY", "TRAINING", "کیفیت نامناسب نصب",
                "آموزش ناکافی کارکنان", "آموزش یک ساعت بود", "خیلی ناراضی").doesNotContain("دیر رسید");
        ComplaintSummary sales = registered.stream().filter(c -> c.ownerId() == salesManager).findFirst().orElseThrow();
        assertThat(sales.description()).contains("تأخیر در تحویل", "دستگاه دو ماه دیر رسید", "ناراضی");
        assertThat(registered).noneMatch(c -> c.ownerId() == afterSalesManager && afterSalesManager != salesManager
                && afterSalesManager != technicalManager);
        assertThat(reasons.recordedFor(ReasonSource.SURVEY, survey.surveyId()))
                .containsExactlyInAnyOrder("STAFF.DISCOURTEOUS", "SALES.DELIVERY_LATE", "INST.QUALITY", "INST.TRAINING_SHORT");

        // the registry delivers the event once more (a node died before marking it done): nothing new
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> followUp.on(survey));
        assertThat(results.complaintsOf(survey.surveyId())).containsExactlyElementsOf(ids);
    }

    /** The complaint names the contact who answered the call, not the customer's first contact. */
    @Test
    void theComplaintNamesTheContactWhoAnswered() {
        long customer = fixtures.customer();
        long answered = fixtures.contact(customer, "مهندس رضا نادری");
        SurveyCompleted base = fixtures.survey(customer, Set.of(), Set.of(), null, Instant.parse("2026-10-05T08:30:00Z"),
                scale("SALES_INFO", SurveySection.SALES, 1, List.of("SALES.DELIVERY_LATE"), null));
        SurveyCompleted survey = new SurveyCompleted(base.surveyId(), base.callId(), customer, base.equipmentIds(),
                base.installerIds(), base.sellerIds(), base.questionnaireId(), base.questionnaireVersion(), base.mode(),
                base.callerId(), base.completedAt(), base.answers(), answered);
        fixtures.publishAndWait(survey);

        List<Long> ids = results.complaintsOf(survey.surveyId());
        assertThat(ids).singleElement().satisfies(id -> {
            ComplaintSummary c = complaints.summary(id).orElseThrow();
            assertThat(c.contactId()).isEqualTo(answered);
            assertThat(c.contactName()).isEqualTo("مهندس رضا نادری");
            assertThat(c.contactPhone()).contains("935");
        });
    }

    @Test
    void aSurveyWithoutDissatisfiedAnswersOpensNoComplaint() {
        SurveyCompleted survey = fixtures.survey(fixtures.customer(), Set.of(), Set.of(), null, Instant.now(),
                scale("SALES_INFO", SurveySection.SALES, 3, List.of(), null),
                scale("INSTALL_QUALITY", SurveySection.INSTALLATION_TRAINING, 5, List.of(), "عالی بود"));
        fixtures.publishAndWait(survey);
        assertThat(results.find(survey.surveyId())).hasValueSatisfying(s -> assertThat(s.dissatisfied()).isFalse());
        assertThat(results.complaintsOf(survey.surveyId())).isEmpty();
    }

    @Test
    void staffBehaviourAboutAnInstallerAndASellerOfOneDepartmentIsOneComplaintToItsHead() {
        fixtures.person(null, Role.QUALITY_MANAGER);
        StaffTeam team = StaffTeam.create(accounts, departments);
        long forOverall = registration.ownerFor(Channel.SURVEY, "OTHER", null).orElseThrow().value();
        assertThat(summary(forOverall).roles()).contains(Role.QUALITY_MANAGER);
        SurveyCompleted survey = fixtures.survey(fixtures.customer(), Set.of(team.expert()), Set.of(team.manager()), null,
                Instant.now(),
                scale("STAFF_POLITE", SurveySection.STAFF_BEHAVIOUR, 2, List.of("STAFF.UNPUNCTUAL"), null),
                scale("OVERALL", SurveySection.OVERALL, 2, List.of("STAFF.UNRESPONSIVE"), "در کل راضی نیستیم"));
        fixtures.publishAndWait(survey);
        List<ComplaintSummary> registered = results.complaintsOf(survey.surveyId()).stream()
                .map(id -> complaints.summary(id).orElseThrow()).toList();
        assertThat(registered).extracting(ComplaintSummary::ownerId).containsExactlyInAnyOrder(team.head(), forOverall);
        assertThat(registered).filteredOn(c -> c.ownerId() == team.head()).singleElement()
                .satisfies(c -> assertThat(c.categoryCode()).isEqualTo("STAFF_BEHAVIOUR"));
    }

    private StaffSummary summary(long id) {
        return staff.find(new StaffId(id)).orElseThrow();
    }
}
