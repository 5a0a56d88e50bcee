package ir.shenava.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ir.shenava.customers.ContactSummary;
import ir.shenava.customers.CustomerDirectory;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintRegistered;
import ir.shenava.intake.TrackingCode;
import ir.shenava.platform.Snapshot;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers a complaint from any channel: one idempotent transaction that stores it with a fresh
 * tracking code, matches the customer by phone, email or serial number, names the owner by the
 * routing rules, keeps the files and publishes {@link ComplaintRegistered}.
 *
 * <p>Registering is the busiest write of the system, so it reads as little as it can: the routing
 * rules and the active staff come from snapshots, the contact from one query, and the tracking
 * code is not looked up before the insert — the unique constraint catches the rare clash (1 in
 * 10^9 at a million complaints) and the transaction is run again with a new code. Likewise two
 * sends of one form at the same moment both pass the look-up by submission key; the second fails
 * on its unique constraint, and its second run finds and returns the first one's complaint.
 */
@Service
public class ComplaintIntake implements DisposableBean {

    private static final int ATTEMPTS = 3;

    /** One registration waiting for the next group commit. */
    private record Registration(Channel channel, Submission submission, Instant receivedAt) {
    }

    private final ComplaintRepository complaints;
    private final ComplaintAttachmentRepository attachments;
    private final Snapshot<List<RoutingRule>> rules;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final GroupCommit<Registration, Complaint> groupCommit;

    ComplaintIntake(ComplaintRepository complaints, ComplaintAttachmentRepository attachments, RoutingRuleRepository rules,
                    CustomerDirectory customers, StaffDirectory staff, ApplicationEventPublisher events,
                    PlatformTransactionManager transactions, Clock clock,
                    @Value("${shenava.intake.group-commit.writers:2}") int writers,
                    @Value("${shenava.intake.group-commit.max-batch:64}") int maxBatch) {
        this.complaints = complaints;
        this.attachments = attachments;
        this.rules = new Snapshot<>(Duration.ofSeconds(5), RoutingRule.CHANGES, rules::findAll);
        this.customers = customers;
        this.staff = staff;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.groupCommit = writers < 1 ? null : new GroupCommit<>("intake-writer", writers, maxBatch, Duration.ofSeconds(60),
                this::storeAll, r -> register(r.channel(), r.submission(), List.of(), r.receivedAt()));
    }

    @Override
    public void destroy() {
        if (groupCommit != null) {
            groupCommit.close();
        }
    }

    /**
     * Registers the complaint and returns once it is committed. Called outside a transaction without
     * files (the public API, the forms without attachments), it shares its commit with the
     * complaints arriving at the same moment ({@link GroupCommit}); with files, or inside the
     * caller's transaction, it is stored on its own.
     */
    public Complaint register(Channel channel, Submission submission, List<ComplaintFile> files) {
        if (groupCommit != null && files.isEmpty() && !TransactionSynchronizationManager.isActualTransactionActive()) {
            return groupCommit.submit(new Registration(channel, submission, clock.instant()));
        }
        return register(channel, submission, files, clock.instant());
    }

    /**
     * Registers, inside the caller's transaction, a complaint whose customer is already known (a
     * survey answer names it by id, not by phone or email): no matching, the given ids are kept.
     */
    public Complaint registerFor(Channel channel, Submission submission, long customerId, Long contactId, Long equipmentId) {
        return transactions.execute(status -> store(channel, submission, List.of(), clock.instant(),
                new Known(customerId, contactId, equipmentId)));
    }

    /** Who the routing rules would name for such a complaint now (the same answer registering gives). */
    public Optional<StaffSummary> ownerFor(Channel channel, String categoryCode, Long concernedStaffId) {
        return Routing.ownerOf(channel, categoryCode, concernedStaffId, rules.get(), people());
    }

    /** For demo data and imports of past complaints: the moment it was received is given. */
    public Complaint registerAt(Channel channel, Submission submission, Instant receivedAt) {
        return register(channel, submission, List.of(), receivedAt);
    }

    private Complaint register(Channel channel, Submission submission, List<ComplaintFile> files, Instant receivedAt) {
        // inside a caller's transaction a failed insert has spoilt that transaction: no second attempt there
        int attempts = TransactionSynchronizationManager.isActualTransactionActive() ? 1 : ATTEMPTS;
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> store(channel, submission, files, receivedAt));
            } catch (DataIntegrityViolationException e) {
                // a clash of submission keys means the same form committed meanwhile (a double click): the
                // next attempt finds that complaint by its key and answers with it, tracking code and all
                boolean again = UniqueClash.onTrackingCode(e) || UniqueClash.onSubmissionKey(e);
                if (attempt >= attempts || !again) {
                    throw e;
                }
            }
        }
    }

    /** One transaction for a batch; any failure rolls it all back and {@link GroupCommit} runs each alone. */
    private List<Complaint> storeAll(List<Registration> batch) {
        return transactions.execute(status -> batch.stream()
                .map(r -> store(r.channel(), r.submission(), List.of(), r.receivedAt())).toList());
    }

    private Complaint store(Channel channel, Submission submission, List<ComplaintFile> files, Instant receivedAt) {
        return store(channel, submission, files, receivedAt, null);
    }

    /** A customer (and contact, unit) known by id, for channels that know them: no matching by phone or email. */
    private record Known(long customerId, Long contactId, Long equipmentId) {
    }

    private Complaint store(Channel channel, Submission submission, List<ComplaintFile> files, Instant receivedAt,
                            Known known) {
        if (submission.submissionKey() != null) {
            Optional<Complaint> earlier = complaints.findBySubmissionKey(submission.submissionKey());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        if (files.size() > ComplaintFile.MAX_FILES) {
            throw new IntakeRuleException("upload.tooMany");
        }
        Complaint complaint = new Complaint(TrackingCode.random(), channel, submission, receivedAt);
        if (known == null) {
            match(complaint, submission);
        } else {
            complaint.matchTo(known.customerId(), known.contactId(), known.equipmentId());
        }
        Long matched = complaint.getCustomerId();
        if (matched != null && customers.holdForWriting(matched) != matched) {
            // merged away while we matched: take the customer it went into (and its contact, found again)
            if (known == null) {
                match(complaint, submission);
            } else {
                complaint.matchTo(customers.holdForWriting(matched), null, known.equipmentId());
            }
        }
        Routing.ownerOf(channel, submission.categoryCode(), submission.concernedStaffId(), rules.get(), people())
                .ifPresent(owner -> complaint.assignOwner(owner.id().value()));
        complaints.save(complaint);   // IDENTITY: inserted here, the id is known
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
        Optional<ContactSummary> contact = customers.contactFor(s.phone() == null ? null : s.phone().e164(), s.email());
        Optional<ir.shenava.customers.EquipmentSummary> unit = s.serial() == null || s.serial().isBlank() ? Optional.empty()
                : customers.equipmentBySerial(s.serial());
        Long equipmentId = unit.map(e -> e.id()).orElse(null);
        if (s.serial() != null && !s.serial().isBlank()) {
            complaint.serialIs(unit.map(ir.shenava.customers.EquipmentSummary::serialNumber)
                    .orElseGet(() -> CustomerDirectory.canonicalSerial(s.serial())));
        }
        Long customerId = contact.map(c -> c.customerId().value())
                .orElseGet(() -> equipmentId == null ? null : customers.equipment(equipmentId).map(e -> e.customerId().value()).orElse(null));
        complaint.matchTo(customerId, contact.map(c -> c.id().value()).orElse(null), equipmentId);
    }

    private Routing.People people() {
        return new Routing.People() {
            @Override
            public Optional<StaffSummary> active(long staffId) {
                return staff.findActive(new StaffId(staffId));
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
