package ir.shenava.cases.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import ir.shenava.shared.PersianText;
import ir.shenava.shared.UploadType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investigation log: documents reviewed, talks with the expert and with the customer, notes and
 * files — each entry with its author and time, written once. The first talk with the customer
 * meets the case's "first contact" SLA milestone.
 */
@Service
@Transactional
public class InvestigationLog {

    /** A file added to the log, already read from the upload. */
    public record File(String name, byte[] content) {
    }

    /** One entry as typed on the case page; which fields matter depends on the kind. */
    public record Draft(LogEntry.Kind kind, Long partyStaffId, LogEntry.How how, String reference, String summary) {
    }

    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    static final int MAX_REFERENCE = 200;

    private final CaseJournal journal;
    private final LogEntryRepository entries;

    InvestigationLog(CaseJournal journal, LogEntryRepository entries) {
        this.journal = journal;
        this.entries = entries;
    }

    public LogEntry write(long caseId, Actor actor, Draft draft, File file) {
        ComplaintCase c = journal.forWork(caseId, actor);
        validate(draft, file);
        LogEntry entry = new LogEntry(caseId, draft.kind(), actor.staffId(), journal.now(),
                draft.kind() == LogEntry.Kind.TALK_WITH_EXPERT ? draft.partyStaffId() : null,
                draft.kind() == LogEntry.Kind.TALK_WITH_CUSTOMER ? draft.how() : null,
                blank(draft.reference()) ? null : PersianText.normalize(draft.reference()),
                PersianText.normalizeText(draft.summary()));
        if (file != null) {
            UploadType type = UploadType.of(file.content()).orElseThrow();
            entry.attach(UploadType.safeName(file.name()), type.mediaType(), file.content());
        }
        entries.save(entry);
        if (draft.kind() == LogEntry.Kind.TALK_WITH_CUSTOMER && draft.how() != LogEntry.How.UNREACHABLE
                && c.getFirstContactAt() == null) {
            Map<String, Object> before = c.snapshot();
            c.contactedCustomer(journal.now());
            journal.cases().save(c);
            journal.audit(c, actor.staffId(), "FIRST_CONTACT", before, Map.of("entry", entry.getId()));
            journal.nextStepChanged(c);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("entry", entry.getId());
        after.put("kind", draft.kind());
        after.put("summary", entry.getSummary());
        journal.audit(c, actor.staffId(), "LOGGED", null, after);
        return entry;
    }

    private static void validate(Draft d, File file) {
        if (d.kind() == null || blank(d.summary())) {
            throw new CaseRuleException("case.error.summaryRequired");
        }
        if (d.kind() == LogEntry.Kind.TALK_WITH_EXPERT && d.partyStaffId() == null) {
            throw new CaseRuleException("case.error.expertRequired");
        }
        if (d.kind() == LogEntry.Kind.TALK_WITH_CUSTOMER && d.how() == null) {
            throw new CaseRuleException("case.error.howRequired");
        }
        if (d.kind() == LogEntry.Kind.DOCUMENTS_REVIEWED && blank(d.reference())) {
            throw new CaseRuleException("case.error.referenceRequired");
        }
        if (d.reference() != null && d.reference().length() > MAX_REFERENCE) {
            throw new CaseRuleException("case.error.referenceTooLong");   // the column holds 200
        }
        if (d.kind() == LogEntry.Kind.ATTACHMENT && file == null) {
            throw new CaseRuleException("case.error.fileRequired");
        }
        if (file != null && file.content().length > MAX_FILE_BYTES) {
            throw new CaseRuleException("case.error.fileTooLarge");
        }
        if (file != null && UploadType.of(file.content()).isEmpty()) {
            throw new CaseRuleException("case.error.fileType");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
