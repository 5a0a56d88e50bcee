package ir.shenava.intake.internal;

import java.util.List;

import ir.shenava.customers.CustomerId;
import ir.shenava.customers.UnknownContact;
import ir.shenava.customers.UnverifiedContacts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A complaint whose phone or email matched no contact gets one after the fact: the customers module
 * finds or creates an unverified contact (and customer), and one UPDATE links the complaint to it.
 * Off the request path — the customer's submission never waits for this — and idempotent: a
 * complaint that has a contact by now is left alone, so a resubmitted event changes nothing.
 * CEO-page complaints never get here ({@link Complaint#awaitsContact()}): they leave no trace in the
 * customer list that all staff see.
 */
@Component
class UnknownComplainants {

    private record Complainant(Long customerId, String name, String organisation, String phone, String email) {
    }

    private final JdbcTemplate jdbc;
    private final UnverifiedContacts contacts;

    UnknownComplainants(JdbcTemplate jdbc, UnverifiedContacts contacts) {
        this.jdbc = jdbc;
        this.contacts = contacts;
    }

    @ApplicationModuleListener
    void on(ComplaintUnmatched unmatched) {
        List<Complainant> complaints = jdbc.query("""
                select customer_id, contact_name, organisation, contact_phone, contact_email from complaint
                where id = ? and contact_id is null and (contact_phone is not null or contact_email is not null)""",
                (rs, i) -> new Complainant((Long) rs.getObject("customer_id"), rs.getString("contact_name"),
                        rs.getString("organisation"), rs.getString("contact_phone"), rs.getString("contact_email")),
                unmatched.complaintId());
        for (Complainant complaint : complaints) {
            contacts.findOrCreate(new UnknownContact(complaint.name(), complaint.organisation(), complaint.phone(),
                    complaint.email(), complaint.customerId() == null ? null : new CustomerId(complaint.customerId())))
                    .ifPresent(contact -> jdbc.update("""
                            update complaint set customer_id = coalesce(customer_id, ?), contact_id = ?, version = version + 1
                            where id = ? and contact_id is null""",
                            contact.customerId().value(), contact.id().value(), unmatched.complaintId()));
        }
    }
}
