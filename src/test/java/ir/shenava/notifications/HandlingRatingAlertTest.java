package ir.shenava.notifications;

import java.time.Duration;
import java.time.Instant;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintFollowUp;
import ir.shenava.intake.HandlingRated;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A handling rated 1–2 alerts the case owner's manager, once; 3–5 alerts nobody; the rating shows on both pages. */
@ShenavaIntegrationTest
class HandlingRatingAlertTest {

    @Autowired
    CaseTestSupport support;
    @Autowired
    ComplaintFollowUp followUp;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void aLowRatingAlertsTheOwnersManagerAndAGoodOneDoesNot() {
        CaseTestSupport.Person manager = support.person(Role.MANAGER, null);
        CaseTestSupport.Person owner = support.person(Role.SALES_EXPERT, manager);
        Complaint good = support.complaint(Channel.PHONE, "رسیدگی خوب", null);
        Complaint poor = support.complaint(Channel.PHONE, "رسیدگی ضعیف", null);
        support.caseOf(good.getId());
        support.caseOf(poor.getId());
        followUp.ownerChanged(good.getId(), owner.id());
        followUp.ownerChanged(poor.getId(), owner.id());

        Instant at = Instant.now();
        publish(new HandlingRated(good.getId(), 3, null, at));
        publish(new HandlingRated(poor.getId(), 2, null, at));
        publish(new HandlingRated(poor.getId(), 2, "سه بار تماس گرفتم تا کسی جواب داد", at));   // the comment, added later

        await().atMost(Duration.ofSeconds(20)).until(() -> alerts(poor.getId(), manager.id()) == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> alerts(good.getId(), manager.id()) == 0 && alerts(poor.getId(), manager.id()) == 1);
        assertThat(alerts(poor.getId(), owner.id())).isZero();
        String params = jdbc.sql("select array_to_string(params, '|') from staff_notification where kind = 'LOW_HANDLING_RATING' and case_id = ?")
                .param(poor.getId()).query(String.class).single();
        assertThat(params).startsWith("2|");
    }

    @Test
    void theRatingIsShownOnTheComplaintAndTheCasePages() throws Exception {
        CaseTestSupport.Person ceo = support.person(Role.CEO, null);
        Complaint complaint = support.complaint(Channel.PHONE, "امتیاز رسیدگی", null);
        support.caseOf(complaint.getId());
        // stored as intake stores a rating given on the tracking page
        jdbc.sql("insert into complaint_handling_rating (complaint_id, rating, comment, rated_at) values (?, 2, ?, now())")
                .params(complaint.getId(), "پاسخ دیر رسید").update();
        for (String page : new String[] {"/complaints/" + complaint.getId(), "/cases/" + complaint.getId()}) {
            var response = mvc.perform(get(page).with(ceo.auth())).andReturn().getResponse();
            assertThat(response.getStatus()).as(page).isEqualTo(200);
            assertThat(response.getContentAsString()).as(page)
                    .contains("handling-rating", "★★☆☆☆", "۲ از ۵", "پاسخ دیر رسید", "امتیاز پایین");
        }
    }

    private void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(event));
    }

    private long alerts(long caseId, long staffId) {
        return jdbc.sql("select count(*) from staff_notification where kind = 'LOW_HANDLING_RATING' and case_id = ? and staff_id = ?")
                .params(caseId, staffId).query(Long.class).single();
    }
}
