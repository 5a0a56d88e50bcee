package ir.shenava.intake.internal;

import java.util.List;
import java.util.Locale;

import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerId;
import ir.shenava.customers.CustomerSummary;
import ir.shenava.intake.Channel;
import ir.shenava.servicerecords.ConfirmationFindingRaised;
import ir.shenava.staff.StaffDirectory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Policy 6: a finding of the CEO's sample review of confirmation forms becomes a complaint of its
 * own (channel INTERNAL_REVIEW, owned by the CEO by the routing rules), so it is investigated like
 * any other. Keyed by the review item, so a redelivered event registers nothing twice.
 */
@Component
class InternalReviews {

    private static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");

    private final ComplaintIntake intake;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;
    private final MessageSource messages;

    InternalReviews(ComplaintIntake intake, CustomerDirectory customers, StaffDirectory staff, MessageSource messages) {
        this.intake = intake;
        this.customers = customers;
        this.staff = staff;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ConfirmationFindingRaised finding) {
        String customer = customers.find(new CustomerId(finding.customerId())).map(CustomerSummary::name)
                .orElse(messages.getMessage("review.complaint.unknownCustomer", null, PERSIAN));
        Long raisedBy = staff.findByUsername(finding.raisedBy()).map(s -> s.id().value()).orElse(null);
        String subject = messages.getMessage("review.complaint.subject", new Object[] {String.valueOf(finding.serviceRecordId())}, PERSIAN);
        intake.register(Channel.INTERNAL_REVIEW, new Submission(customer, customer, null, null, null, null, null, subject,
                finding.findings() == null || finding.findings().isBlank() ? subject : finding.findings(), null, raisedBy,
                "service-record:" + finding.serviceRecordId(), "review-item:" + finding.itemId()), List.of());
    }
}
