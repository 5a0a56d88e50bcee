package ir.shenava.intake.internal;

import org.hibernate.exception.ConstraintViolationException;

/**
 * Which unique constraint a failed insert of a complaint failed on. Registering inserts without
 * looking first and lets these constraints decide: a clash of tracking codes is run again with a
 * new code; a clash of submission keys is the same form sent twice at once (a double click).
 */
final class UniqueClash {

    private UniqueClash() {
    }

    /** The tracking code, and nothing else (a submission key, say). */
    static boolean onTrackingCode(Throwable failure) {
        return on(failure, "tracking_code");
    }

    /** The submission key: another request stored the same submission first. */
    static boolean onSubmissionKey(Throwable failure) {
        return on(failure, "submission_key");
    }

    private static boolean on(Throwable failure, String column) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c && c.getConstraintName() != null
                    && c.getConstraintName().contains(column)) {
                return true;
            }
        }
        return false;
    }
}
