package ir.shenava.intake.mail;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The mailboxes the email channel reads, their health, and the messages set aside. */
@Service
public class Mailboxes {

    private final MailboxRepository mailboxes;
    private final MailLedger ledger;
    private final Clock clock;

    Mailboxes(MailboxRepository mailboxes, MailLedger ledger, Clock clock) {
        this.mailboxes = mailboxes;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Mailbox> all() {
        return mailboxes.findAllByOrderByName();
    }

    @Transactional(readOnly = true)
    public Optional<Mailbox> find(long id) {
        return mailboxes.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Long> activeIds() {
        return mailboxes.findByActiveTrueOrderById().stream().map(Mailbox::getId).toList();
    }

    @Transactional
    public Mailbox add(Mailbox.Settings settings) {
        if (settings.password() == null || settings.password().isEmpty()) {
            throw new IllegalArgumentException("mailbox.password.required");
        }
        return mailboxes.save(new Mailbox(settings));
    }

    /** @return false when there is no such mailbox (a stale page, a crafted link) */
    @Transactional
    public boolean update(long id, Mailbox.Settings settings) {
        Optional<Mailbox> mailbox = mailboxes.findById(id);
        mailbox.ifPresent(m -> m.apply(settings));
        return mailbox.isPresent();
    }

    /**
     * Trusts the company's certificate authority (a PEM file) for this mailbox's connections only.
     *
     * @return empty when stored, else the message key of what is wrong with the file (nothing changes)
     */
    @Transactional
    public Optional<String> trust(long id, byte[] pemUpload) {
        Mailbox mailbox = mailboxes.findById(id).orElseThrow();
        try {
            mailbox.trust(MailboxTrust.checked(pemUpload, clock.instant()));
            return Optional.empty();
        } catch (MailboxTrust.InvalidAuthorityException e) {
            return Optional.of(e.messageKey());
        }
    }

    /** Back to the usual authorities only. */
    @Transactional
    public void forgetAuthority(long id) {
        mailboxes.findById(id).ifPresent(m -> m.trust(null));
    }

    /** @return false when there is no such mailbox */
    @Transactional
    public boolean setActive(long id, boolean active) {
        Optional<Mailbox> mailbox = mailboxes.findById(id);
        mailbox.ifPresent(m -> {
            if (active) {
                m.activate();
            } else {
                m.deactivate();
            }
        });
        return mailbox.isPresent();
    }

    /** The reply address of the mailbox a complaint came through, if it came by mail and that is known. */
    @Transactional(readOnly = true)
    public Optional<String> replyAddressOfMailboxFor(long complaintId) {
        return ledger.mailboxOf(complaintId).flatMap(mailboxes::findById).flatMap(Mailbox::replyTo);
    }

    /** The reply address of the company mailbox (the first active one without an owner), if any. */
    @Transactional(readOnly = true)
    public Optional<String> companyReplyAddress() {
        return mailboxes.findByActiveTrueOrderById().stream().filter(m -> m.getOwnerStaffId() == null)
                .map(Mailbox::replyTo).flatMap(Optional::stream).findFirst();
    }

    /** The latest messages set aside, newest first. */
    public List<SetAsideMessage> setAside(int limit) {
        return ledger.rejected(limit);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSuccess(long id, int taken) {
        mailboxes.findById(id).ifPresent(m -> m.recordSuccess(clock.instant(), taken));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(long id, String error) {
        mailboxes.findById(id).ifPresent(m -> m.recordFailure(clock.instant(), error));
    }
}
