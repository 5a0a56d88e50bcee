package ir.shenava.servicerecords.web;

import ir.shenava.servicerecords.internal.ServiceConfirmation;
import ir.shenava.servicerecords.review.ConfirmationReviewItem;
import ir.shenava.servicerecords.review.ReviewFindings;
import jakarta.validation.constraints.Size;

/** What the reviewer records about one sampled service (unchecked boxes arrive as null). */
record ReviewItemForm(Boolean formPresent, Boolean filled, Boolean stamped, Boolean signed, Boolean consistent,
                      Boolean customerCalled, Boolean customerSatisfied,
                      @Size(max = 2000) String customerSaid, @Size(max = 4000) String findings) {

    /** A reviewed item as reviewed; a new one prefilled from the stored checklist of the form, if any. */
    static ReviewItemForm of(ConfirmationReviewItem item, ServiceConfirmation confirmation) {
        if (item.isReviewed()) {
            return new ReviewItemForm(item.isFormPresent(), item.isFilled(), item.isStamped(), item.isSigned(),
                    item.isConsistent(), item.isCustomerCalled(), item.getCustomerSatisfied(), item.getCustomerSaid(),
                    item.getFindings());
        }
        if (confirmation != null) {
            return new ReviewItemForm(confirmation.getAttachmentId() != null, confirmation.isFilled(),
                    confirmation.isStamped(), confirmation.isSigned(), confirmation.isConsistent(), false, null, null, null);
        }
        return new ReviewItemForm(false, false, false, false, false, false, null, null, null);
    }

    ReviewFindings toFindings() {
        return new ReviewFindings(is(formPresent), is(filled), is(stamped), is(signed), is(consistent), is(customerCalled),
                customerSatisfied, customerSaid, findings);
    }

    private static boolean is(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
