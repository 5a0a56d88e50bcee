package ir.shenava.analytics.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ir.shenava.shared.JalaliQuarter;

/** A management review as read: its frozen snapshot, the analysed reasons, actions and corrections. */
public record Review(long id, JalaliQuarter quarter, Status status, ReviewSnapshot snapshot, Instant snapshotTakenAt,
                     String analysis, String attendees, Long preparedBy, Instant preparedAt, Long approvedBy,
                     Instant approvedAt, List<ReasonAnalysis> reasons, List<Action> actions, List<Correction> corrections) {

    public enum Status { DRAFT, APPROVED }

    public enum ActionStatus {
        OPEN, IN_PROGRESS, DONE, CANCELLED;

        public boolean isOpen() {
            return this == OPEN || this == IN_PROGRESS;
        }
    }

    public record ReasonAnalysis(String reasonCode, String source, long count, String rootCause) {
    }

    public record Action(long id, long reviewId, String description, long ownerId, LocalDate dueOn, ActionStatus status,
                         String evidence, Instant createdAt, Instant doneAt) {

        public boolean overdue(LocalDate today) {
            return status.isOpen() && dueOn.isBefore(today);
        }
    }

    public record Correction(long id, Long writtenBy, Instant writtenAt, String body) {
    }

    public boolean locked() {
        return status == Status.APPROVED;
    }
}
