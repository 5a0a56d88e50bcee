package ir.shenava.cases.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ir.shenava.cases.CaseState;
import ir.shenava.surveys.DissatisfactionReason;
import ir.shenava.surveys.DissatisfactionReasons;
import ir.shenava.surveys.ReasonSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The root-cause reasons a case owner codes from the dissatisfaction catalogue (policy 5 counts them
 * with the survey's): chosen when closing the case by hand — at least one — or, for a case that
 * closed itself on the customer's confirmation, on the closed case afterwards. A rejected case is
 * no complaint and has none.
 */
@Service
@Transactional
public class CaseReasons {

    private final CaseJournal journal;
    private final CaseWork work;
    private final DissatisfactionReasons reasons;

    CaseReasons(CaseJournal journal, CaseWork work, DissatisfactionReasons reasons) {
        this.journal = journal;
        this.work = work;
        this.reasons = reasons;
    }

    /**
     * Closes the case (the usual rules, checked first) and records its reasons, in one transaction: a
     * refusal of either rolls both back.
     */
    public void close(long caseId, Actor actor, String closeReason, List<String> reasonCodes) {
        work.close(caseId, actor, closeReason);
        Set<String> codes = checked(reasonCodes);
        reasons.recorded(ReasonSource.CASE, caseId, codes, journal.now());
    }

    /** Codes (or recodes) the reasons of a closed case. */
    public void code(long caseId, Actor actor, List<String> reasonCodes) {
        Set<String> codes = checked(reasonCodes);
        ComplaintCase c = journal.forDecision(caseId, actor);
        if (c.getState() != CaseState.CLOSED) {
            throw new CaseRuleException("case.reasons.onlyClosed");
        }
        reasons.recorded(ReasonSource.CASE, caseId, codes, journal.now());
    }

    /** The reasons coded for the case, in the catalogue's order. */
    @Transactional(readOnly = true)
    public List<DissatisfactionReason> of(long caseId) {
        Set<String> codes = Set.copyOf(reasons.recordedFor(ReasonSource.CASE, caseId));
        return reasons.all().stream().filter(r -> codes.contains(r.code())).toList();
    }

    private Set<String> checked(List<String> reasonCodes) {
        Set<String> codes = new LinkedHashSet<>(reasonCodes == null ? List.of() : reasonCodes);
        codes.removeIf(c -> c == null || c.isBlank());
        if (codes.isEmpty()) {
            throw new CaseRuleException("case.reasons.required");
        }
        for (String code : codes) {
            if (reasons.find(code).filter(DissatisfactionReason::active).isEmpty()) {
                throw new CaseRuleException("case.reasons.unknown");
            }
        }
        return codes;
    }
}
