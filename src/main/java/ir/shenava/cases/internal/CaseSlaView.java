package ir.shenava.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import ir.shenava.cases.SlaMilestone;
import ir.shenava.cases.SlaState;
import ir.shenava.shared.WorkCalendar;
import org.springframework.stereotype.Component;

/**
 * What every case list shows of the SLA: whether the case's next milestone is on time, due soon or
 * overdue (or all are done), which milestone that is and when it is due — by the shared work
 * calendar at the clock's present moment, the same rule the SLA job acts on.
 */
@Component
public class CaseSlaView {

    /** One case's SLA; {@code milestone} and {@code dueAt} are null when it is {@link SlaState#DONE}. */
    public record CaseSla(long caseId, SlaMilestone milestone, Instant dueAt, SlaState state) {

        public String messageKey() {
            return state.messageKey();
        }
    }

    private final CaseRepository cases;
    private final SlaTargets sla;
    private final Clock clock;

    CaseSlaView(CaseRepository cases, SlaTargets sla, Clock clock) {
        this.cases = cases;
        this.sla = sla;
        this.clock = clock;
    }

    public CaseSla of(ComplaintCase c) {
        return of(c, clock.instant(), sla.calendar());
    }

    /** For the cases a page has already loaded, in their order. */
    public Map<Long, CaseSla> forCases(Collection<ComplaintCase> list) {
        Instant now = clock.instant();
        WorkCalendar calendar = sla.calendar();
        Map<Long, CaseSla> result = new LinkedHashMap<>();
        list.forEach(c -> result.put(c.getId(), of(c, now, calendar)));
        return result;
    }

    /** By case id, in one query; ids without a case are left out. */
    public Map<Long, CaseSla> forIds(Collection<Long> caseIds) {
        return forCases(cases.findAllById(caseIds));
    }

    private CaseSla of(ComplaintCase c, Instant now, WorkCalendar calendar) {
        SlaMilestone next = c.nextMilestone();
        return new CaseSla(c.getId(), next, next == null ? null : c.dueAt(next),
                Sla.state(c, now, calendar, sla.warning()));
    }
}
