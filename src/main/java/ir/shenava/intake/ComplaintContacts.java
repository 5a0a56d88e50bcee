package ir.shenava.intake;

import java.util.Optional;

import ir.shenava.intake.internal.ComplaintRepository;
import ir.shenava.intake.mail.Mailboxes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Intake's public question for whoever writes to a complainant: how can they be reached? */
@Service
@Transactional(readOnly = true)
public class ComplaintContacts {

    /**
     * How to reach the person behind a complaint; phone in E.164, either may be null; and the
     * language to write to them in.
     */
    public record Contact(String name, String email, String phone, ComplaintLanguage language) {

        public Contact {
            language = language == null ? ComplaintLanguage.FA : language;
        }
    }

    private final ComplaintRepository complaints;
    private final Mailboxes mailboxes;
    private final String configuredReplyAddress;

    ComplaintContacts(ComplaintRepository complaints, Mailboxes mailboxes,
                      @Value("${shenava.mail.reply-to:}") String configuredReplyAddress) {
        this.complaints = complaints;
        this.mailboxes = mailboxes;
        this.configuredReplyAddress = configuredReplyAddress == null ? "" : configuredReplyAddress.strip();
    }

    /**
     * Where the complainant's reply to our mails goes (their Reply-To): the complaints mailbox the
     * complaint came through, else the configured {@code shenava.mail.reply-to}, else the company
     * mailbox. Empty when there is none: then the mails do not invite a reply.
     */
    public Optional<String> replyAddress(long complaintId) {
        return mailboxes.replyAddressOfMailboxFor(complaintId)
                .or(() -> configuredReplyAddress.isEmpty() ? Optional.empty() : Optional.of(configuredReplyAddress))
                .or(mailboxes::companyReplyAddress);
    }

    /** The language the complainant used; Persian for a complaint that is not found. */
    public ComplaintLanguage languageOf(long complaintId) {
        return complaints.findById(complaintId).map(c -> c.getLanguage()).orElse(ComplaintLanguage.FA);
    }

    public Optional<Contact> of(long complaintId) {
        return complaints.findById(complaintId)
                .map(c -> new Contact(c.getContactName(), c.getContactEmail(), c.getContactPhone(), c.getLanguage()));
    }
}
