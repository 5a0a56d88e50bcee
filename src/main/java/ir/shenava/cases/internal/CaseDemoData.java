package ir.shenava.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import ir.shenava.cases.CaseState;
import ir.shenava.cases.Priority;
import ir.shenava.cases.Severity;
import ir.shenava.intake.ComplaintFollowUp;
import ir.shenava.intake.ComplaintRegistered;
import ir.shenava.intake.ComplaintSummary;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --spring.profiles.active=demo}: the demo year's complaints as cases in every state — most
 * older ones closed on the customer's confirmation, some handed down the chain, some rejected, and
 * a few left open long enough to be overdue.
 */
@Component
@Profile("demo")
@Order(50)
class CaseDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CaseDemoData.class);

    private final ComplaintFollowUp complaints;
    private final CaseOpening opening;
    private final CaseRepository cases;
    private final CaseWork work;
    private final CaseAssignments assignments;
    private final InvestigationLog investigation;
    private final StaffDirectory staff;
    private final Clock clock;
    /** How many of the last day's cases were taken so far, so that they alternate between two steps. */
    private int fresh;

    CaseDemoData(ComplaintFollowUp complaints, CaseOpening opening, CaseRepository cases, CaseWork work,
                 CaseAssignments assignments, InvestigationLog investigation, StaffDirectory staff, Clock clock) {
        this.complaints = complaints;
        this.opening = opening;
        this.cases = cases;
        this.work = work;
        this.assignments = assignments;
        this.investigation = investigation;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        List<Long> ids = complaints.receivedBetween(now.minus(Duration.ofDays(400)), now);
        if (ids.isEmpty() || cases.findById(ids.get(0)).map(c -> c.getState() != CaseState.ACKNOWLEDGED
                && c.getState() != CaseState.RECEIVED).orElse(false)) {
            return;
        }
        Random random = new Random(1404);
        int index = 0;
        for (Long id : ids) {
            Optional<ComplaintCase> c = open(id);
            if (c.isEmpty() || c.get().getOwnerId() == null) {
                continue;
            }
            int daysOld = (int) Duration.between(c.get().getOpenedAt(), now).toDays();
            try {
                progress(c.get(), daysOld, random.nextInt(100), index++);
            } catch (CaseRuleException e) {
                log.debug("Demo case {} stopped at {}", id, e.messageKey());
            }
        }
        log.info("Demo: {} complaints taken through the investigation workflow", index);
    }

    /** The listener may have opened it already; otherwise open it now. */
    private Optional<ComplaintCase> open(long id) {
        Optional<ComplaintCase> existing = cases.findById(id);
        if (existing.isPresent()) {
            return existing;
        }
        ComplaintSummary s = complaints.summary(id).orElseThrow();
        try {
            return opening.open(new ComplaintRegistered(s.id(), s.trackingCode(), s.channel(), s.categoryCode(),
                    s.customerId(), s.ownerId(), s.confidential(), s.contactEmail(), s.receivedAt()));
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            return cases.findById(id);
        }
    }

    /**
     * How far a case gets, as in a company that keeps up (issue 15 §3): what came in a day or two ago
     * is acknowledged or assessed; the last ten days' cases are under investigation, answered or
     * closed, within their deadlines; older ones are closed but for one in forty left open and
     * overdue, and one in forty still awaiting the customer's confirmation. A few are rejected.
     */
    static int stage(int daysOld, int index, int freshBefore) {
        if (daysOld > 9) {
            return index % 40 == 7 ? 3 : index % 40 == 19 ? 6 : 9;
        }
        if (daysOld <= 1) {   // alternately acknowledged and assessed, counted among the fresh ones only
            return 1 + freshBefore % 2;
        }
        return switch (index % 5) {
            case 0 -> 9;
            case 1 -> daysOld <= 3 ? 2 : 3;   // assessed, the investigation not started yet (so the demo has ASSESSED cases)
            case 2 -> 3;
            case 3 -> 4;
            default -> 6;
        };
    }

    private void progress(ComplaintCase c, int daysOld, int dice, int index) {
        Actor owner = actor(c.getOwnerId());
        long id = c.getId();
        int stage = stage(daysOld, index, fresh);
        if (daysOld <= 1) {
            fresh++;
        }
        if (c.getState() == CaseState.RECEIVED) {
            work.acknowledge(id, owner);
        }
        if (dice < 5) {
            work.reject(id, owner, dice < 2 ? "SPAM" : "NOT_A_COMPLAINT", "بررسی شد؛ شکایت نیست.", null);
            return;
        }
        if (stage == 1) {
            return;
        }
        work.assess(id, owner, new CaseWork.Assessment(c.getCategoryCode(), dice % 3 == 0 ? Severity.MAJOR : Severity.MINOR,
                dice % 7 == 0 ? Priority.HIGH : Priority.NORMAL, dice % 11 == 0, c.getRemedySought()));
        if (stage == 2) {
            return;
        }
        work.startInvestigation(id, owner);
        delegate(c, owner);
        investigation.write(id, owner, new InvestigationLog.Draft(LogEntry.Kind.TALK_WITH_CUSTOMER, null, LogEntry.How.PHONE,
                null, "با مشتری تماس گرفته شد و شرح مشکل دوباره شنیده شد."), null);
        if (stage == 3) {
            return;
        }
        work.proposeResponse(id, owner, "رسیدگی و رفع مشکل در محل", "مشکل بررسی شد و کارشناس ما آن را در محل برطرف کرد.");
        if (stage == 4) {
            return;
        }
        work.communicate(id, owner, "PHONE", true);
        if (stage < 9) {
            return;
        }
        // a customer still not satisfied sends the case back to investigation; months ago that was settled since
        boolean satisfied = dice % 9 != 0 || daysOld > 30;
        work.recordCustomerAnswer(id, owner, satisfied, satisfied ? "راضی هستیم" : "هنوز مشکل دارد", false);
    }

    /** Hands the case to someone below the owner when there is such a person. */
    private void delegate(ComplaintCase c, Actor owner) {
        staff.active().stream()
                .filter(s -> s.managerId() != null && s.managerId().value() == owner.staffId())
                .findFirst()
                .ifPresent(below -> assignments.assign(c.getId(), owner, below.id().value(),
                        "مستندات خدمات را بررسی و با کارشناس صحبت کنید.", LocalDate.now(clock).plusDays(3)));
    }

    private Actor actor(long staffId) {
        StaffSummary s = staff.find(new StaffId(staffId)).orElseThrow();
        return new Actor(staffId, s.roles());
    }
}
