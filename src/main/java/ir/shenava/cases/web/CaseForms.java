package ir.shenava.cases.web;

import java.time.LocalDate;

import ir.shenava.cases.Priority;
import ir.shenava.cases.Severity;
import ir.shenava.cases.internal.LogEntry;

/** The forms of the case page, as typed; bound by name, never onto the entities. */
final class CaseForms {

    private CaseForms() {
    }

    record AssessForm(String categoryCode, Severity severity, Priority priority, Boolean immediateAction, String remedySought) {
    }

    record ResponseForm(String decision, String response) {
    }

    record CommunicateForm(String how, Boolean requestConfirmation) {
    }

    record AnswerForm(Boolean satisfied, String comment, Boolean escalate) {
    }

    /** The close reason (for a senior manager closing without confirmation) and the root-cause reasons coded. */
    record CloseForm(String reason, java.util.List<String> reasonCodes) {
    }

    /** The root-cause reasons of a case already closed. */
    record ReasonsForm(java.util.List<String> reasonCodes) {
    }

    record RejectForm(String reason, String note, Long duplicateOf) {
    }

    record AssignForm(Long toStaffId, String instructions, LocalDate followUpOn) {
    }

    record ReportForm(String report) {
    }

    record LogForm(LogEntry.Kind kind, Long partyStaffId, LogEntry.How how, String reference, String summary) {
    }

    record ActionForm(String description, Long ownerId, LocalDate dueOn) {
    }

    record DoneForm(String note) {
    }
}
