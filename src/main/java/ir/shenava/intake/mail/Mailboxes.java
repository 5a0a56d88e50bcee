package ir.shenava.intake.mail;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import ir.shenava.audit.AuditAction;
import ir.shenava.audit.AuditKind;
import ir.shenava.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The mailboxes the email channel reads, their health, and the messages set aside. */
@Service
public class Mailboxes {

    private final MailboxRepository mailboxes;
    private final MailLedger ledger;
    private final Clock clock;
    private final AuditTrail audit;
    private final MailboxOutages outages;

    Mailboxes(MailboxRepository mailboxes, MailLedger ledger, Clock clock, AuditTrail audit, MailboxOutages outages) {
        this.audit = audit;
        this.outages = outages;
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
        Mailbox added = mailboxes.save(new Mailbox(settings));
        audit.record(AuditKind.MAILBOX, AuditAction.CREATED, added.getName(), null, audited(added, true));
        return added;
    }

    /** @return false when there is no such mailbox (a stale page, a crafted link) */
    @Transactional
    public boolean update(long id, Mailbox.Settings settings) {
        Optional<Mailbox> mailbox = mailboxes.findById(id);
        mailbox.ifPresent(m -> {
            var before = audited(m, false);
            m.apply(settings);
            audit.record(AuditKind.MAILBOX, AuditAction.CHANGED, m.getName(), before,
                    audited(m, settings.password() != null && !settings.password().isEmpty()));
        });
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
            var before = audited(m, false);
            if (active) {
                m.activate();
            } else {
                m.deactivate();
            }
            audit.record(AuditKind.MAILBOX, AuditAction.CHANGED, m.getName(), before, audited(m, false));
        });
        return mailbox.isPresent();
    }

    /** What the audit shows of a mailbox: never its password, only that a new one was typed. */
    private static java.util.Map<String, Object> audited(Mailbox m, boolean passwordTyped) {
        java.util.Map<String, Object> d = new java.util.LinkedHashMap<>();
        d.put("name", m.getName());
        d.put("imapHost", m.getImapHost());
        d.put("imapPort", m.getImapPort());
        d.put("security", m.getSecurity());
        d.put("username", m.getUsername());
        d.put("folder", m.getFolder());
        d.put("ownerStaffId", m.getOwnerStaffId());
        d.put("active", m.isActive());
        d.put("password", passwordTyped ? "••••" : null);
        return d;
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
        outages.recovered(id);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(long id, String error) {
        mailboxes.findById(id).ifPresent(m -> m.recordFailure(clock.instant(), error));
        outages.failed(id);
    }
}
