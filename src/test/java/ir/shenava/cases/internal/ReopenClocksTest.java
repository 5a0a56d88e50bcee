package ir.shenava.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.cases.CaseTestSupport.Person;
import ir.shenava.cases.Priority;
import ir.shenava.cases.Severity;
import ir.shenava.cases.SlaMilestone;
import ir.shenava.intake.Channel;
import ir.shenava.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reopening a case restarts the SLA clocks that apply to it — first contact and resolution, from the
 * moment of reopening — and a new assessment afterwards counts from the reopening, not from the
 * first receipt. The acknowledgement of the first receipt stays as it was.
 */
@ShenavaIntegrationTest
class ReopenClocksTest {

    @Autowired
    CaseTestSupport support;
    @Autowired
    CaseWork work;
    @Autowired
    SlaTargets sla;
    @Autowired
    TestClock clock;

    @Test
    void reopeningRestartsFirstContactAndResolutionFromTheReopening() {
        Person ceo = support.person(Role.CEO, null);
        long id = support.complaint(Channel.PHONE, "بازگشایی " + UUID.randomUUID(), null).getId();
        ComplaintCase opened = support.caseOf(id);
        Instant acknowledged = opened.getAcknowledgedAt();
        Instant acknowledgeDue = opened.getAcknowledgeDueAt();

        work.assess(id, ceo.actor(), new CaseWork.Assessment("SALES", Severity.MINOR, Priority.NORMAL, false, "پاسخ"));
        work.startInvestigation(id, ceo.actor());
        work.proposeResponse(id, ceo.actor(), "تصمیم", "پاسخ به مشتری");
        work.communicate(id, ceo.actor(), "PHONE", true);
        work.recordCustomerAnswer(id, ceo.actor(), true, "ممنون", false);
        ComplaintCase closed = support.reload(id);
        assertThat(closed.getFirstContactAt()).isNotNull();

        Instant reopening = Instant.now().plus(Duration.ofDays(40)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        clock.set(reopening);
        work.reopen(id, ceo.actor());
        ComplaintCase reopened = support.reload(id);
        var fresh = sla.dues(Priority.NORMAL, reopening);
        assertThat(reopened.getReopenedAt()).isEqualTo(reopening);
        assertThat(reopened.getFirstContactAt()).as("the customer is owed a new first contact").isNull();
        assertThat(reopened.getFirstContactDueAt()).isEqualTo(fresh.firstContact());
        assertThat(reopened.getResolutionDueAt()).isEqualTo(fresh.resolution());
        assertThat(reopened.getCommunicatedAt()).isNull();
        assertThat(reopened.nextMilestone()).isEqualTo(SlaMilestone.FIRST_CONTACT);
        assertThat(reopened.dueAt(SlaMilestone.FIRST_CONTACT)).isAfter(reopening);
        assertThat(reopened.getAcknowledgedAt()).isEqualTo(acknowledged);
        assertThat(reopened.getAcknowledgeDueAt()).isEqualTo(acknowledgeDue);

        // assessed again an hour later as urgent: the due moments count from the reopening, not from the first receipt
        clock.set(reopening.plus(Duration.ofHours(1)));
        work.assess(id, ceo.actor(), new CaseWork.Assessment("SALES", Severity.MAJOR, Priority.URGENT, false, "پاسخ"));
        ComplaintCase reassessed = support.reload(id);
        var urgent = sla.dues(Priority.URGENT, reopening);
        assertThat(reassessed.getFirstContactDueAt()).isEqualTo(urgent.firstContact());
        assertThat(reassessed.getResolutionDueAt()).isEqualTo(urgent.resolution()).isAfter(reopening);
        assertThat(reassessed.getAcknowledgeDueAt()).isEqualTo(acknowledgeDue);
    }
}
