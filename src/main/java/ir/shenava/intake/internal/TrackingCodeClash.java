package ir.shenava.intake.internal;

import org.hibernate.exception.ConstraintViolationException;

/** Whether a failed insert failed on the unique tracking code, and nothing else (a submission key, say). */
final class TrackingCodeClash {

    private TrackingCodeClash() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c && c.getConstraintName() != null
                    && c.getConstraintName().contains("tracking_code")) {
                return true;
            }
        }
        return false;
    }
}
