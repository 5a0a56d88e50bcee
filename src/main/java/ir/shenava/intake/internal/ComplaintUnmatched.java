package ir.shenava.intake.internal;

/**
 * A complaint was stored whose phone or email matched no contact. Intake's own event, published only
 * for such complaints, so that a matched complaint costs the request nothing more.
 */
public record ComplaintUnmatched(long complaintId) {
}
