package ir.shenava.intake;

import java.util.Optional;

import ir.shenava.intake.internal.ComplaintRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Intake's public question for whoever writes to a complainant: how can they be reached? */
@Service
@Transactional(readOnly = true)
public class ComplaintContacts {

    /** How to reach the person behind a complaint; phone in E.164, either may be null. */
    public record Contact(String name, String email, String phone) {
    }

    private final ComplaintRepository complaints;

    ComplaintContacts(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    public Optional<Contact> of(long complaintId) {
        return complaints.findById(complaintId)
                .map(c -> new Contact(c.getContactName(), c.getContactEmail(), c.getContactPhone()));
    }
}
