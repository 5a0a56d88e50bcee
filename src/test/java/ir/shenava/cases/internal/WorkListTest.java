package ir.shenava.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ir.shenava.cases.Priority;
import ir.shenava.cases.Severity;
import ir.shenava.cases.SlaState;
import ir.shenava.cases.internal.WorkList.DeadlineKind;
import ir.shenava.cases.internal.WorkList.Group;
import ir.shenava.intake.Channel;
import org.junit.jupiter.api.Test;

/** The rules of "my work" (issue 15 §3): one group per case by what to do now, one deadline naming itself, due first on top. */
class WorkListTest {

    static final long ME = 7;
    static final long OTHER = 8;
    static final Instant OPENED = Instant.parse("2026-11-01T06:00:00Z");

    private static ComplaintCase kase(long id, Long owner, Duration resolutionIn) {
        return new ComplaintCase(id, "CODE" + id, Channel.WEB_FORM, "SALES", false, null, "موضوع", null, owner, OPENED,
                new SlaDues(OPENED.plus(Duration.ofHours(1)), OPENED.plus(Duration.ofHours(8)), OPENED.plus(resolutionIn)));
    }

    private static ComplaintCase assessed(long id, Long owner) {
        ComplaintCase c = kase(id, owner, Duration.ofDays(14));
        c.acknowledge(OPENED);
        c.assess("SALES", Severity.MINOR, Priority.NORMAL, false, null, new SlaDues(OPENED, OPENED.plus(Duration.ofHours(8)),
                OPENED.plus(Duration.ofDays(14))));
        c.contactedCustomer(OPENED.plus(Duration.ofHours(2)));
        return c;
    }

    @Test
    void theOwnerAssessesDecidesGetsConfirmationOrFollowsHisDelegate() {
        ComplaintCase fresh = kase(1, ME, Duration.ofDays(14));
        assertThat(WorkList.groupOf(fresh, ME, false, false, false)).isEqualTo(Group.ASSESS);
        fresh.acknowledge(OPENED);
        assertThat(WorkList.groupOf(fresh, ME, false, true, false)).as("not yet assessed, even when handed down").isEqualTo(Group.ASSESS);

        ComplaintCase investigated = assessed(2, ME);
        assertThat(WorkList.groupOf(investigated, ME, false, false, false)).isEqualTo(Group.DECIDE);
        assertThat(WorkList.groupOf(investigated, ME, false, true, false)).isEqualTo(Group.FOLLOW);

        investigated.move(CaseStep.START_INVESTIGATION);
        investigated.proposeResponse("تعویض", "دستگاه تعویض می‌شود");
        investigated.communicate("PHONE", OPENED.plus(Duration.ofDays(2)));
        assertThat(WorkList.groupOf(investigated, ME, false, true, false)).isEqualTo(Group.CONFIRM);
    }

    @Test
    void aTaskIsDoneOrFollowedAndOthersCasesAreWatchedOrTheDepartments() {
        ComplaintCase c = assessed(3, OTHER);
        assertThat(WorkList.groupOf(c, ME, true, false, false)).isEqualTo(Group.TASK);
        assertThat(WorkList.groupOf(c, ME, true, true, false)).as("handed further down").isEqualTo(Group.FOLLOW);
        assertThat(WorkList.groupOf(c, ME, false, false, true)).isEqualTo(Group.DEPARTMENT);
        assertThat(WorkList.groupOf(c, ME, false, false, false)).as("the CEO's page, owned by another").isEqualTo(Group.WATCH);
        c.escalate(ME, 1);
        assertThat(WorkList.groupOf(c, ME, false, false, true)).as("escalated to me").isEqualTo(Group.WATCH);
    }

    @Test
    void theDeadlineIsTheEarliestAndSaysWhichItIs() {
        ComplaintCase c = assessed(4, OTHER);
        Instant now = OPENED.plus(Duration.ofDays(3));
        LocalDate today = LocalDate.ofInstant(now, WorkList.TEHRAN);
        Assignment soon = new Assignment(4, null, OTHER, ME, "تماس بگیرید", today.plusDays(2), OPENED);
        WorkList.Deadline d = WorkList.deadline(c, soon, now, today);
        assertThat(d.kind()).isEqualTo(DeadlineKind.FOLLOW_UP);
        assertThat(d.day()).isEqualTo(today.plusDays(2));
        assertThat(d.overdue()).isFalse();

        Assignment dueToday = new Assignment(4, null, OTHER, ME, "تماس بگیرید", today, OPENED);
        assertThat(WorkList.deadline(c, dueToday, now, today).overdue()).as("due through its day").isFalse();
        Assignment late = new Assignment(4, null, OTHER, ME, "تماس بگیرید", today.minusDays(1), OPENED);
        assertThat(WorkList.deadline(c, late, now, today).overdue()).isTrue();

        Assignment far = new Assignment(4, null, OTHER, ME, "تماس بگیرید", today.plusDays(30), OPENED);
        WorkList.Deadline resolution = WorkList.deadline(c, far, now, today);
        assertThat(resolution.kind()).isEqualTo(DeadlineKind.RESOLUTION);
        assertThat(resolution.at()).isEqualTo(OPENED.plus(Duration.ofDays(14)));

        ComplaintCase unacknowledged = kase(5, ME, Duration.ofDays(14));
        WorkList.Deadline ack = WorkList.deadline(unacknowledged, null, now, today);
        assertThat(ack.kind()).isEqualTo(DeadlineKind.ACKNOWLEDGE);
        assertThat(ack.overdue()).isTrue();
    }

    @Test
    void whatFallsDueFirstComesFirst() {
        Instant now = OPENED;
        LocalDate today = LocalDate.ofInstant(now, WorkList.TEHRAN);
        List<WorkList.Item> items = new ArrayList<>();
        for (long id : new long[] {10, 11, 12}) {
            ComplaintCase c = kase(id, ME, Duration.ofDays(20 - id));   // 12 resolves first, then 11, then 10
            c.acknowledge(OPENED);
            c.contactedCustomer(OPENED);
            items.add(new WorkList.Item(new CaseLists.Row(c, SlaState.ON_TIME, null), Group.DECIDE, null,
                    WorkList.deadline(c, null, now, today)));
        }
        ComplaintCase done = kase(13, ME, Duration.ofDays(1));
        items.add(0, new WorkList.Item(new CaseLists.Row(done, SlaState.DONE, null), Group.DECIDE, null, null));
        items.sort(WorkList.DUE_FIRST);
        assertThat(items).extracting(i -> i.row().kase().getId()).containsExactly(12L, 11L, 10L, 13L);
    }
}
