package ir.shenava.notifications;

/**
 * The links a complainant follows from our mails: to confirm (or not) that the resolution
 * satisfies them, and to rate the handling with one click. A port: {@link TrackPageLinks} points at
 * the tracking page, where the complainant signs in with code and phone; intake's signed links take
 * over when they are wired in.
 */
interface CustomerLinks {

    /** Absolute address of the page where the complainant says whether they are satisfied. */
    String confirmationLink(long complaintId);

    /** Absolute address that records a handling rating of 1 … 5 in one click. */
    String ratingLink(long complaintId, int rating);
}
