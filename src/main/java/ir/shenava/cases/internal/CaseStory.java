package ir.shenava.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import ir.shenava.cases.CaseState;
import ir.shenava.cases.Priority;
import ir.shenava.cases.Severity;
import ir.shenava.platform.DemoClock;
import ir.shenava.shared.WorkCalendar;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code demo}: one demo case walked through the real workflow, each step at its moment of the
 * story ({@link DemoClock}) — acknowledged, the customer called, assessed, handed down, answered
 * within the resolution target (one in nine late), confirmed a few days later (one in eight not
 * satisfied at first), its reasons coded, now and then reopened. A step whose moment has not come
 * is not taken. The last ten days' cases stop at the step a {@link Pace} gives them, their steps
 * drawn closer together when the working hours since they came are too few, so that "my work"
 * shows fresh cases at every step, within their deadlines.
 */
@Component
@Profile("demo")
class CaseStory {

    /** How far a case goes: the number of steps it takes (ack, talk, assess, investigate, propose, communicate, close). */
    enum Pace {
        ACKNOWLEDGED(2), ASSESSED(3), UNDER_INVESTIGATION(4), RESPONSE_PROPOSED(5), AWAITING_CONFIRMATION(6), TO_THE_END(7);

        final int steps;

        Pace(int steps) {
            this.steps = steps;
        }
    }

    private final CaseWork work;
    private final CaseAssignments assignments;
    private final InvestigationLog investigation;
    private final CaseReasons reasons;
    private final CaseRepository cases;
    private final SlaTargets sla;
    private final StaffDirectory staff;
    private final DemoClock clock;

    CaseStory(CaseWork work, CaseAssignments assignments, InvestigationLog investigation, CaseReasons reasons,
              CaseRepository cases, SlaTargets sla, StaffDirectory staff, DemoClock clock) {
        this.work = work;
        this.assignments = assignments;
        this.investigation = investigation;
        this.reasons = reasons;
        this.cases = cases;
        this.sla = sla;
        this.staff = staff;
        this.clock = clock;
    }

    /** One walk: the case, today, the dice, how far it goes and which step it is at. */
    private static final class Walk {
        final long id;
        final Actor owner;
        final Instant opened;
        final Instant now;
        final WorkCalendar calendar;
        final Random random;
        final int index;
        final int dice;
        final Pace pace;
        final boolean capped;
        int step;

        Walk(ComplaintCase c, Actor owner, Instant now, WorkCalendar calendar, Random random, int index, Pace pace, boolean capped) {
            this.id = c.getId();
            this.owner = owner;
            this.opened = c.getOpenedAt();
            this.now = now;
            this.calendar = calendar;
            this.random = random;
            this.index = index;
            this.dice = random.nextInt(100);
            this.pace = pace;
            this.capped = capped;
        }

        Instant after(Instant from, int minMinutes, int maxMinutes) {
            return calendar.addWorkingTime(from, Duration.ofMinutes(minMinutes + random.nextInt(maxMinutes - minMinutes + 1)));
        }

        /** The moment of the next step: as planned, or for a fresh case no later than its share of the time since it came. */
        Instant next(Instant planned) {
            step++;
            if (!capped || step > pace.steps) {
                return planned;
            }
            Instant share = opened.plusMillis(Duration.between(opened, now).toMillis() * step / (pace.steps + 1));
            return planned.isAfter(share) ? share : planned;
        }
    }

    /**
     * Walks the (just opened) case as far as its pace and today allow. Of the older cases one in
     * ninety is left under investigation past its deadline, one in forty-five waits for the
     * customer's answer; fresh cases ({@code capped}) go as far as their pace.
     */
    void walk(ComplaintCase c, int index, Random random, Instant now, Pace pace, boolean fresh) {
        Walk w = new Walk(c, actor(c.getOwnerId()), now, sla.calendar(), random, index, pace, fresh);
        Instant t = c.getOpenedAt();
        if (c.getState() == CaseState.RECEIVED && !at(w, t = w.next(w.after(t, 20, 120)), () -> work.acknowledge(w.id, w.owner))) {
            return;
        }
        if (w.dice < 4 && !fresh) {
            at(w, w.after(t, 60, 240), () -> work.reject(w.id, w.owner, w.dice < 2 ? "SPAM" : "NOT_A_COMPLAINT",
                    "بررسی شد؛ شکایت نیست.", null));
            return;
        }
        if (!at(w, t = w.next(w.after(t, 30, 180)), () -> investigation.write(w.id, w.owner, new InvestigationLog.Draft(
                LogEntry.Kind.TALK_WITH_CUSTOMER, null, LogEntry.How.PHONE, null,
                "با مشتری تماس گرفته شد و شرح مشکل دوباره شنیده شد."), null)) || pace == Pace.ACKNOWLEDGED) {
            return;
        }
        Priority priority = !fresh && w.dice % 7 == 0 ? Priority.HIGH : Priority.NORMAL;
        if (!at(w, t = w.next(w.after(t, 30, 150)), () -> work.assess(w.id, w.owner, new CaseWork.Assessment(c.getCategoryCode(),
                w.dice % 3 == 0 ? Severity.MAJOR : Severity.MINOR, priority, w.dice % 11 == 0, c.getRemedySought())))
                || pace == Pace.ASSESSED) {
            return;
        }
        long[][] task = new long[1][];
        boolean forgotten = !fresh && index % 90 == 7;   // left under investigation past its deadline
        if (!at(w, t = w.next(w.after(t, 20, 240)), () -> {
            work.startInvestigation(w.id, w.owner);
            task[0] = delegate(w);
        }) || pace == Pace.UNDER_INVESTIGATION || forgotten) {
            return;
        }
        Instant closed = resolve(w, t, task[0], !fresh && index % 45 == 22);
        if (closed != null && !fresh && index % 25 == 11) {   // the fault came back: reopened, and settled again
            Instant reopenAt = closed.plus(Duration.ofDays(7 + random.nextInt(20)));
            if (at(w, reopenAt, () -> work.reopen(w.id, w.owner))
                    && at(w, t = w.after(reopenAt, 30, 180), () -> work.assess(w.id, w.owner, new CaseWork.Assessment(
                    c.getCategoryCode(), Severity.MAJOR, Priority.HIGH, true, c.getRemedySought())))
                    && at(w, t = w.after(t, 10, 60), () -> work.startInvestigation(w.id, w.owner))) {
                resolve(w, t, null, false);
            }
        }
    }

    /**
     * From the investigation to the closing: the response proposed and communicated within the
     * resolution target (one case in nine late), the customer's answer a few days later, the
     * reasons coded. The moment it closed, or null when the story stops before.
     */
    private Instant resolve(Walk w, Instant started, long[] task, boolean customerSilent) {
        Instant due = cases.findById(w.id).orElseThrow().getResolutionDueAt();
        Duration window = w.calendar.workingTimeBetween(started, due);
        double share = w.index % 9 == 4 ? 1.1 + w.random.nextDouble() * 0.5 : 0.25 + w.random.nextDouble() * 0.55;
        Instant proposed = w.next(w.calendar.addWorkingTime(started, Duration.ofMinutes((long) (window.toMinutes() * share) + 30)));
        if (task != null && !at(w, proposed.minusSeconds(60), () -> assignments.reportDone(task[0], actor(task[1]),
                "مستندات بررسی شد و با کارشناس نصب صحبت شد؛ مشکل در محل رفع شد."))) {
            return null;
        }
        Instant t;
        if (!at(w, proposed, () -> work.proposeResponse(w.id, w.owner, "رسیدگی و رفع مشکل در محل",
                "مشکل بررسی شد و کارشناس ما آن را در محل برطرف کرد.")) || w.pace == Pace.RESPONSE_PROPOSED
                || !at(w, t = w.next(w.after(proposed, 30, 150)), () -> work.communicate(w.id, w.owner, "PHONE", true))
                || w.pace == Pace.AWAITING_CONFIRMATION || customerSilent) {
            return null;
        }
        t = w.next(t.plus(Duration.ofHours(20 + w.random.nextInt(96))));
        if (w.dice % 8 == 3 && !w.capped) {   // not satisfied at first: a second answer, a second call
            Instant again = t;
            if (!at(w, t, () -> work.recordCustomerAnswer(w.id, w.owner, false, "هنوز مشکل دارد", false))
                    || !at(w, t = w.after(again, 8 * 60, 24 * 60), () -> work.proposeResponse(w.id, w.owner,
                    "تعویض قطعه معیوب", "قطعه معیوب تعویض شد و دستگاه دوباره آزمایش شد."))
                    || !at(w, t = w.after(t, 30, 120), () -> work.communicate(w.id, w.owner, "PHONE", true))) {
                return null;
            }
            t = t.plus(Duration.ofHours(20 + w.random.nextInt(48)));
        }
        Instant closedAt = t;
        if (!at(w, closedAt, () -> work.recordCustomerAnswer(w.id, w.owner, true, "راضی هستیم", false))) {
            return null;
        }
        List<String> codes = CaseReasonTrend.reasonsFor(cases.findById(w.id).orElseThrow().getCategoryCode(), closedAt,
                w.now, w.random);
        at(w, closedAt.plusSeconds(900).isAfter(w.now) ? closedAt : closedAt.plusSeconds(900),
                () -> reasons.code(w.id, w.owner, codes));
        return closedAt;
    }

    /** Hands the case to someone below the owner who does casework (not a caller): the task's id and its delegate, else null. */
    private long[] delegate(Walk w) {
        return staff.active().stream()
                .filter(s -> s.managerId() != null && s.managerId().value() == w.owner.staffId() && Casework.does(s))
                .findFirst()
                .map(below -> new long[] {assignments.assign(w.id, w.owner, below.id().value(),
                        "مستندات خدمات را بررسی و با کارشناس صحبت کنید.", LocalDate.now(clock).plusDays(3)).getId(),
                        below.id().value()})
                .orElse(null);
    }

    /** Takes the step at its moment, unless that moment is still to come. */
    private boolean at(Walk w, Instant moment, Runnable step) {
        if (moment.isAfter(w.now)) {
            return false;
        }
        clock.at(moment, step);
        return true;
    }

    private Actor actor(long staffId) {
        StaffSummary s = staff.find(new StaffId(staffId)).orElseThrow();
        return new Actor(staffId, s.roles());
    }
}
