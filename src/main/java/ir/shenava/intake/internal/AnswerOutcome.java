package ir.shenava.intake.internal;

/** What became of a complainant's answer (a confirmation of satisfaction, a rating). */
public enum AnswerOutcome {
    /** Stored, and its event published. */
    RECORDED,
    /** The same question was answered before: nothing changed (a double click, a second mail link). */
    ALREADY_GIVEN,
    /** The complaint is not at the stage where this answer is asked for: nothing stored. */
    NOT_NOW
}
