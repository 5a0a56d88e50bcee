package ir.shenava.servicerecords.review;

/**
 * What the reviewer found about one sampled service: the form's checklist, whether the customer was
 * called to confirm satisfaction and what they said, and free-text findings.
 *
 * @param customerSatisfied null when the customer was not called
 */
public record ReviewFindings(boolean formPresent, boolean filled, boolean stamped, boolean signed, boolean consistent,
                             boolean customerCalled, Boolean customerSatisfied, String customerSaid, String findings) {
}
