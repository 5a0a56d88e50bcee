package ir.shenava.intake.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import ir.shenava.customers.ContactSummary;
import ir.shenava.customers.CustomerDirectory;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintRegistered;
import ir.shenava.intake.TrackingCode;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a complaint from any channel: one idempotent transaction that stores it with a fresh
 * tracking code, matches the customer by phone, email or serial number, names the owner by the
 * routing rules, keeps the files and publishes {@link ComplaintRegistered}.
 */
@Service
public class ComplaintIntake {

    private final ComplaintRepository complaints;
    private final ComplaintAttachmentRepository attachments;
    private final RoutingRuleRepository rules;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintIntake(ComplaintRepository complaints, ComplaintAttachmentRepository attachments, RoutingRuleRepository rules,
                    CustomerDirectory customers, StaffDirectory staff, ApplicationEventPublisher events, Clock clock) {
        this.complaints = complaints;
        this.attachments = attachments;
        this.rules = rules;
        this.customers = customers;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Complaint register(Channel channel, Submission submission, List<ComplaintFile> files) {
        return register(channel, submission, files, clock.instant());
    }

    /** For demo data and imports of past complaints: the moment it was received is given. */
    @Transactional
    public Complaint registerAt(Channel channel, Submission submission, java.time.Instant receivedAt) {
        return register(channel, submission, List.of(), receivedAt);
    }

    private Complaint register(Channel channel, Submission submission, List<ComplaintFile> files, java.time.Instant receivedAt) {
        if (submission.submissionKey() != null) {
            Optional<Complaint> earlier = complaints.findBySubmissionKey(submission.submissionKey());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        if (files.size() > ComplaintFile.MAX_FILES) {
            throw new IntakeRuleException("upload.tooMany");
        }
        Complaint complaint = new Complaint(freshCode(), channel, submission, receivedAt);
        match(complaint, submission);
        Routing.ownerOf(channel, submission.categoryCode(), submission.concernedStaffId(), rules.findByChannel(channel), people())
                .ifPresent(owner -> complaint.assignOwner(owner.id().value()));
        complaints.saveAndFlush(complaint);
        files.forEach(f -> attachments.save(new ComplaintAttachment(complaint.getId(), f, clock.instant())));
        events.publishEvent(new ComplaintRegistered(complaint.getId(), complaint.getTrackingCode().value(), channel,
                complaint.getCategoryCode(), complaint.getCustomerId(), complaint.getOwnerId(), complaint.isConfidential(),
                complaint.getContactEmail(), complaint.getReceivedAt()));
        if (complaint.awaitsContact()) {
            events.publishEvent(new ComplaintUnmatched(complaint.getId()));
        }
        return complaint;
    }

    private void match(Complaint complaint, Submission s) {
        Optional<ContactSummary> contact = s.phone() == null ? Optional.empty()
                : customers.contactsByPhone(s.phone().e164()).stream().findFirst();
        if (contact.isEmpty() && s.email() != null) {
            contact = customers.contactsByEmail(s.email()).stream().findFirst();
        }
        Long equipmentId = s.serial() == null || s.serial().isBlank() ? null
                : customers.equipmentBySerial(s.serial()).map(e -> e.id()).orElse(null);
        Long customerId = contact.map(c -> c.customerId().value())
                .orElseGet(() -> equipmentId == null ? null : customers.equipment(equipmentId).map(e -> e.customerId().value()).orElse(null));
        complaint.matchTo(customerId, contact.map(c -> c.id().value()).orElse(null), equipmentId);
    }

    private TrackingCode freshCode() {
        TrackingCode code = TrackingCode.random();
        while (complaints.existsByTrackingCode(code.value())) {
            code = TrackingCode.random();
        }
        return code;
    }

    private Routing.People people() {
        return new Routing.People() {
            @Override
            public Optional<StaffSummary> active(long staffId) {
                return staff.find(new StaffId(staffId)).filter(StaffSummary::active);
            }

            @Override
            public List<StaffSummary> withRole(Role role) {
                return staff.activeWithRole(role);
            }

            @Override
            public Optional<StaffSummary> anyone(long staffId) {
                return staff.find(new StaffId(staffId));
            }

            @Override
            public List<StaffSummary> managersOf(long staffId) {
                return staff.managersOf(new StaffId(staffId));
            }
        };
    }
}
