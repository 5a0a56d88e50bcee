package ir.shenava.intake;

import java.util.Optional;

import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.staff.StaffId;
import org.springframework.stereotype.Service;

/**
 * Registering a complaint from another module — today the follow-up survey, whose dissatisfied
 * answers become SURVEY complaints — through the same intake as every channel: stored with a
 * tracking code, owned by the person the routing rules name, announced with
 * {@link ComplaintRegistered}. The submission key makes a replayed request return the first complaint.
 */
@Service
public class ComplaintRegistration {

    /**
     * A complaint whose customer is known by id (no matching by phone or email).
     *
     * @param contactName      who spoke for the customer (the contact's or the customer's name)
     * @param concernedStaffId the staff member a staff-behaviour complaint is about, else null
     * @param submissionKey    one key per complaint meant (≤ 64 characters): the same key, the same complaint
     */
    public record Request(Channel channel, long customerId, Long contactId, Long equipmentId, String contactName,
                          String organisation, String phone, String email, String categoryCode, Long concernedStaffId,
                          String subject, String description, String submissionKey) {
    }

    private final ComplaintIntake intake;

    ComplaintRegistration(ComplaintIntake intake) {
        this.intake = intake;
    }

    /** The complaint's id, the same for every request with the same submission key. */
    public long register(Request r) {
        PhoneNumber phone = r.phone() == null ? null : PhoneNumber.tryParse(r.phone()).orElse(null);
        Submission submission = new Submission(r.contactName(), r.organisation(), phone, r.email(), r.categoryCode(), null,
                null, r.subject(), r.description(), null, null, null, r.submissionKey(), r.concernedStaffId());
        return intake.registerFor(r.channel(), submission, r.customerId(), r.contactId(), r.equipmentId()).getId();
    }

    /** Who the routing rules name now for such a complaint; empty when nobody holds the role. */
    public Optional<StaffId> ownerFor(Channel channel, String categoryCode, Long concernedStaffId) {
        return intake.ownerFor(channel, categoryCode, concernedStaffId).map(s -> s.id());
    }
}
