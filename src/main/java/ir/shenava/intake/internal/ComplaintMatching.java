package ir.shenava.intake.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import ir.shenava.audit.AuditAction;
import ir.shenava.audit.AuditKind;
import ir.shenava.audit.AuditTrail;
import ir.shenava.customers.ComplainantMatching;
import ir.shenava.customers.ContactSummary;
import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerId;
import ir.shenava.customers.CustomerSummary;
import ir.shenava.customers.NewCustomer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff link a complaint nobody could match to a customer (issue 15 §13): to a customer found in the
 * customer list, or to one made from what the complainant gave. The customers module does the
 * search and the making; intake keeps the ids. One transaction with the audit entry; the complaint's
 * version guards against two people linking it at once (the second is told it was linked meanwhile),
 * and so against the background matching of unknown complainants ({@link UnknownComplainants}).
 */
@Service
@Transactional
public class ComplaintMatching {

    private final ComplaintRepository complaints;
    private final CustomerDirectory directory;
    private final ComplainantMatching matching;
    private final AuditTrail audit;

    ComplaintMatching(ComplaintRepository complaints, CustomerDirectory directory, ComplainantMatching matching,
                      AuditTrail audit) {
        this.complaints = complaints;
        this.directory = directory;
        this.matching = matching;
        this.audit = audit;
    }

    /** To a customer that exists; its contact with the complainant's phone or email becomes the complaint's contact. */
    public void link(long complaintId, long customerId) {
        Complaint complaint = unmatched(complaintId);
        CustomerSummary customer = directory.find(new CustomerId(customerId))
                .orElseThrow(() -> new IntakeRuleException("match.customer.gone"));
        long held = directory.holdForWriting(customer.id().value());
        Long contact = matching.contactAt(new CustomerId(held), complaint.getContactPhone(), complaint.getContactEmail())
                .map(c -> c.id().value()).orElse(null);
        linked(complaint, held, contact, customer.name(), false);
    }

    /** To a new customer with the complainant as its contact. */
    public long linkNew(long complaintId, NewCustomer data) {
        Complaint complaint = unmatched(complaintId);
        ContactSummary contact = matching.create(data);
        linked(complaint, contact.customerId().value(), contact.id().value(), data.name(), true);
        return contact.customerId().value();
    }

    private Complaint unmatched(long complaintId) {
        Complaint complaint = complaints.findById(complaintId).orElseThrow(() -> new IntakeRuleException("match.complaint.gone"));
        if (complaint.getCustomerId() != null) {
            throw new IntakeRuleException("match.already");
        }
        return complaint;
    }

    private void linked(Complaint complaint, long customerId, Long contactId, String customerName, boolean created) {
        complaint.matchTo(customerId, contactId, complaint.getEquipmentId());
        complaints.saveAndFlush(complaint);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("customer", customerName + " #" + customerId);
        after.put("contact", contactId);
        after.put("newCustomer", created);
        audit.record(AuditKind.COMPLAINT_MATCH, AuditAction.CHANGED,
                complaint.getTrackingCode().display() + " #" + complaint.getId(), Map.of("customer", "—"), after);
    }
}
