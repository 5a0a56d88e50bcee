package ir.shenava.intake.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintLanguage;
import ir.shenava.intake.RefusedAttachments;
import ir.shenava.intake.TrackingCode;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintFile;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.ComplaintRepository;
import ir.shenava.intake.internal.IntakeRuleException;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.PersianText;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes one read email into intake, in one transaction with the note that it was taken: a reply
 * quoting the tracking code of an existing complaint joins that complaint's conversation; anything
 * else becomes a new complaint from the EMAIL channel, keyed by mailbox and Message-ID.
 */
@Component
class MailIntake {

    enum Result { REGISTERED, APPENDED, ALREADY_TAKEN }

    private static final Pattern CODE_CANDIDATE =
            Pattern.compile("(?<![\\p{L}\\p{N}])([\\p{L}\\p{N}]{5}[-\\s]?[\\p{L}\\p{N}]{5})(?![\\p{L}\\p{N}])");
    private static final Pattern ACK_MESSAGE_ID = Pattern.compile("<ack\\.([2-9A-Z]{10})\\.\\d+@");
    private static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");

    private final ComplaintIntake intake;
    private final ComplaintRepository complaints;
    private final MailLedger ledger;
    private final StaffDirectory staff;
    private final RefusedAttachments refused;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MailIntake(ComplaintIntake intake, ComplaintRepository complaints, MailLedger ledger, StaffDirectory staff,
               RefusedAttachments refused, MessageSource messages, TransactionTemplate transaction, Clock clock) {
        this.refused = refused;
        this.intake = intake;
        this.complaints = complaints;
        this.ledger = ledger;
        this.staff = staff;
        this.messages = messages;
        this.transaction = transaction;
        this.clock = clock;
    }

    Result take(Mailbox mailbox, IncomingMail mail) {
        return transaction.execute(status -> {
            if (ledger.seen(mailbox.getId(), mail.messageId())) {
                return Result.ALREADY_TAKEN;
            }
            Optional<Complaint> replyTo = complaintQuotedIn(mail.subject()).or(() -> complaintAnswered(mail.references()));
            if (replyTo.isPresent()) {
                ledger.appendIncoming(replyTo.get().getId(), mail.from().address(), cut(mail.subject(), 1000),
                        mail.text(), mail.messageId(), clock.instant());
                ledger.markSeen(mailbox.getId(), mail.messageId(), replyTo.get().getId(), 0, clock.instant());
                return Result.APPENDED;
            }
            Optional<StaffSummary> forwarder = staffMember(mail.from().address());
            IncomingMail.Sender complainant = mail.complainant(forwarder.isPresent());
            Long receivedBy = mailbox.getOwnerStaffId() != null ? mailbox.getOwnerStaffId()
                    : forwarder.map(s -> s.id().value()).orElse(null);
            List<ComplaintFile> files = new ArrayList<>();
            List<RefusedAttachments.Refused> notKept = new ArrayList<>();
            for (IncomingMail.Attachment attachment : mail.attachments()) {
                long size = attachment.content() == null ? 0 : attachment.content().length;
                try {
                    ComplaintFile file = ComplaintFile.check(attachment.name(), attachment.content());
                    if (files.size() < ComplaintFile.MAX_FILES) {
                        files.add(file);
                    } else {
                        notKept.add(new RefusedAttachments.Refused(attachment.name(), size, "upload.tooMany"));
                    }
                } catch (IntakeRuleException refused) {
                    notKept.add(new RefusedAttachments.Refused(attachment.name(), size, refused.getMessage()));
                }
            }
            String subject = mail.subject().isBlank() ? messages.getMessage("mail.noSubject", null, PERSIAN) : mail.subject();
            String description = mail.text().isBlank() ? subject : mail.text();
            Submission submission = new Submission(
                    cut(complainant.name() == null ? complainant.address() : complainant.name(), 150), null, null,
                    cut(complainant.address(), 200), null, null, null, cut(subject, 200), description, null, receivedBy,
                    cut(mail.messageId(), 1000), "mail:" + mailbox.getId() + ":" + cut(mail.messageId(), 1000))
                    // answered in the language the complainant wrote in (the mail as they wrote it, not our placeholder subject)
                    .in(ComplaintLanguage.ofText(mail.subject() + "\n" + mail.text()));
            Complaint complaint = intake.register(Channel.EMAIL, submission, files);
            if (complaint.isRegisteredNow()) {
                refused.record(complaint.getId(), notKept);
            }
            ledger.markSeen(mailbox.getId(), mail.messageId(), complaint.getId(), notKept.size(), clock.instant());
            return Result.REGISTERED;
        });
    }

    /** The complaint whose tracking code the subject quotes ("[K7M3Q-X9TAP]" or the bare code), if any. */
    Optional<Complaint> complaintQuotedIn(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher candidate = CODE_CANDIDATE.matcher(PersianText.latinDigits(subject));
        while (candidate.find()) {
            Optional<Complaint> found = TrackingCode.parse(candidate.group(1))
                    .flatMap(code -> complaints.findByTrackingCode(code.value()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The complaint whose acknowledgement this message answers, by the Message-ID notifications give it
     * ("&lt;ack.K7M3QX9TAP.42@…&gt;"), for a reply whose subject lost the code.
     */
    Optional<Complaint> complaintAnswered(String references) {
        Matcher ack = ACK_MESSAGE_ID.matcher(references == null ? "" : references);
        while (ack.find()) {
            Optional<Complaint> found = complaints.findByTrackingCode(ack.group(1));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<StaffSummary> staffMember(String address) {
        Map<String, StaffSummary> byEmail = new HashMap<>();
        for (StaffSummary s : staff.active()) {
            if (s.email() != null && !s.email().isBlank()) {
                byEmail.putIfAbsent(s.email().strip().toLowerCase(Locale.ROOT), s);
            }
        }
        return Optional.ofNullable(byEmail.get(address));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
