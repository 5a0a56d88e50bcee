package ir.shenava.cases.internal;

import java.util.Map;
import java.util.Optional;

import ir.shenava.cases.CaseOpened;
import ir.shenava.cases.CaseState;
import ir.shenava.cases.Priority;
import ir.shenava.customers.CustomerDirectory;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintRegistered;
import ir.shenava.intake.ComplaintSummary;
import ir.shenava.intake.CustomerConfirmation;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens a case for every registered complaint (once: the case has the complaint's id, so a
 * resubmitted event finds it there) and hands the complainant's online answer to the case. The
 * acknowledgement goes out automatically when the complainant can be reached — mail or SMS, or in
 * person on a logged call — so such a case starts acknowledged, by the system.
 */
@Component
class CaseOpening {

    private final CaseJournal journal;
    private final CaseWork work;
    private final SlaTargets sla;
    private final CustomerDirectory customers;

    CaseOpening(CaseJournal journal, CaseWork work, SlaTargets sla, CustomerDirectory customers) {
        this.customers = customers;
        this.journal = journal;
        this.work = work;
        this.sla = sla;
    }

    @ApplicationModuleListener
    void on(ComplaintRegistered registered) {
        open(registered);
    }

    /** Public for demo data and tests that need the case now, not after the event's commit. */
    Optional<ComplaintCase> open(ComplaintRegistered r) {
        if (journal.opened(r.complaintId())) {
            return Optional.empty();
        }
        Optional<ComplaintSummary> complaint = journal.followUp().summary(r.complaintId());
        if (complaint.isEmpty()) {
            return Optional.empty();
        }
        ComplaintSummary s = complaint.get();
        ComplaintCase c = new ComplaintCase(s.id(), s.trackingCode(), s.channel(), s.categoryCode(), s.confidential(),
                s.customerId() == null ? null : customers.holdForWriting(s.customerId()), s.subject(), s.remedySought(),
                s.ownerId(), s.receivedAt(),
                sla.dues(Priority.NORMAL, s.receivedAt()));
        Map<String, Object> opened = c.snapshot();
        boolean reachable = s.contactEmail() != null || s.contactPhone() != null || s.channel() == Channel.PHONE;
        if (reachable) {
            c.acknowledge(journal.now());   // before the INSERT: one statement for the case, not an INSERT and an UPDATE
        }
        // Flushed now: the audit lines below (plain JDBC) need the row for their foreign key.
        journal.cases().saveAndFlush(c);
        journal.audit(c, null, "OPENED", null, opened);
        journal.nextStepChanged(c);
        journal.publish(new CaseOpened(c.getId(), c.getTrackingCode(), c.getSubject(), c.getOwnerId(), c.isConfidential(),
                c.getResolutionDueAt(), journal.now()));
        if (reachable) {
            journal.stepped(c, null, CaseStep.ACKNOWLEDGE, CaseState.RECEIVED, opened, Map.of("automatic", true));
        }
        return Optional.of(c);
    }

    @ApplicationModuleListener
    void on(CustomerConfirmation answer) {
        journal.cases().findById(answer.complaintId())
                .filter(c -> CaseStep.CLOSE.allowedFrom(c.getState()))
                .ifPresent(c -> work.customerAnswered(c, null, answer.satisfied(), answer.comment(), false));
    }
}
