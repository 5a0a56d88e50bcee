package ir.shenava.analytics;

import java.time.LocalDate;

/**
 * An action decided in a management review is due soon, overdue, or was escalated to the owner's
 * manager (or the quality manager) because it is overdue. Published once per action, kind and person.
 */
public record ReviewActionReminder(long actionId, long reviewId, long staffId, Kind kind, LocalDate dueOn) {

    public enum Kind { DUE_SOON, OVERDUE, ESCALATED }
}
