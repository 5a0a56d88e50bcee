package ir.shenava.intake.mail;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Properties;

import ir.shenava.platform.ClusterLock;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Reads the unseen messages of a mailbox over IMAP and takes each into intake. A message that
 * cannot be read is set aside and the fetch goes on; a mailbox that cannot be reached records the
 * error in its health and never stops the job. Processed messages are flagged \Seen.
 */
@Service
public class MailboxFetcher {

    /** What one fetch did; {@code error} is null when the mailbox was read. A flash attribute: kept in the session table. */
    public record FetchOutcome(int registered, int appended, int setAside, int alreadyTaken, String error)
            implements java.io.Serializable {

        static FetchOutcome busy() {
            return new FetchOutcome(0, 0, 0, 0, "busy");
        }
    }

    static final int MAX_PER_FETCH = 200;
    static final long MAX_MESSAGE_BYTES = 60L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(MailboxFetcher.class);

    private final Mailboxes mailboxes;
    private final MailIntake intake;
    private final MailLedger ledger;
    private final ClusterLock lock;
    private final Clock clock;

    MailboxFetcher(Mailboxes mailboxes, MailIntake intake, MailLedger ledger, ClusterLock lock, Clock clock) {
        this.mailboxes = mailboxes;
        this.intake = intake;
        this.ledger = ledger;
        this.lock = lock;
        this.clock = clock;
    }

    /** Every active mailbox, one after the other; never throws. */
    public void fetchActive() {
        for (long id : mailboxes.activeIds()) {
            try {
                fetch(id);
            } catch (RuntimeException e) {
                log.warn("Fetching mailbox {} failed", id, e);
            }
        }
    }

    public FetchOutcome fetch(long mailboxId) {
        Mailbox mailbox = mailboxes.find(mailboxId).orElseThrow();
        return lock.runAlone("mail-fetch:" + mailboxId, () -> read(mailbox)).orElseGet(FetchOutcome::busy);
    }

    private FetchOutcome read(Mailbox mailbox) {
        int[] counts = new int[4];
        try (Store store = connect(mailbox)) {
            Folder folder = store.getFolder(mailbox.getFolder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                Message[] batch = Arrays.copyOf(unseen, Math.min(unseen.length, MAX_PER_FETCH));
                FetchProfile envelope = new FetchProfile();
                envelope.add(FetchProfile.Item.ENVELOPE);
                folder.fetch(batch, envelope);
                for (Message message : batch) {
                    counts[handle(mailbox, (MimeMessage) message)]++;
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("Mailbox {} ({}) could not be read: {}", mailbox.getId(), mailbox.getName(), error);
            mailboxes.recordFailure(mailbox.getId(), error);
            return new FetchOutcome(counts[0], counts[1], counts[2], counts[3], error);
        }
        mailboxes.recordSuccess(mailbox.getId(), counts[0] + counts[1]);
        return new FetchOutcome(counts[0], counts[1], counts[2], counts[3], null);
    }

    /** 0 registered, 1 appended, 2 set aside, 3 already taken. */
    private int handle(Mailbox mailbox, MimeMessage message) throws MessagingException {
        String messageId = "<unknown>";
        try {
            messageId = MailReading.messageId(message);
            if (ledger.seen(mailbox.getId(), messageId)) {
                message.setFlag(Flags.Flag.SEEN, true);
                return 3;
            }
            Long size = size(message);
            if (size != null && size > MAX_MESSAGE_BYTES) {
                throw new UnreadableMailException("mail.rejected.tooLarge");
            }
            // one fetch of the whole message, parsed here: servers describe nested parts unevenly
            IncomingMail mail = MailReading.read(new MimeMessage(message));
            if (mail.automatic()) {
                throw new UnreadableMailException("mail.rejected.automatic");
            }
            MailIntake.Result result = intake.take(mailbox, mail);
            message.setFlag(Flags.Flag.SEEN, true);
            return switch (result) {
                case REGISTERED -> 0;
                case APPENDED -> 1;
                case ALREADY_TAKEN -> 3;
            };
        } catch (FolderClosedException | StoreClosedException | TransientDataAccessException
                 | DataAccessResourceFailureException | CannotCreateTransactionException lostConnection) {
            throw lostConnection; // try the whole mailbox again next time: the message is still unseen
        } catch (Exception unreadable) {
            String reason = unreadable instanceof UnreadableMailException ? unreadable.getMessage()
                    : unreadable.getClass().getSimpleName() + ": " + unreadable.getMessage();
            log.info("Mailbox {}: message {} set aside: {}", mailbox.getId(), messageId, reason);
            ledger.reject(mailbox.getId(), messageId, reason, size(message), clock.instant());
            ledger.markSeen(mailbox.getId(), messageId, null, 0, clock.instant());
            message.setFlag(Flags.Flag.SEEN, true);
            return 2;
        }
    }

    private static Long size(MimeMessage message) {
        try {
            int size = message.getSize();
            return size < 0 ? null : (long) size;
        } catch (MessagingException e) {
            return null;
        }
    }

    private static Store connect(Mailbox mailbox) throws MessagingException {
        Properties properties;
        try {
            properties = sessionProperties(mailbox);
        } catch (GeneralSecurityException e) {
            throw new MessagingException("The mailbox's certificate authority cannot be used: " + e.getMessage(), e);
        }
        String protocol = properties.getProperty("mail.store.protocol");
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(mailbox.getImapHost(), mailbox.getImapPort(), mailbox.getUsername(), mailbox.getPassword());
        return store;
    }

    /**
     * The Jakarta Mail session of one mailbox: SSL, or STARTTLS <em>required</em> (a server that does
     * not offer it is refused before the password is sent), or, only when chosen, none; the server's
     * name checked against its certificate; the mailbox's own authority trusted by this session alone.
     */
    static Properties sessionProperties(Mailbox mailbox) throws GeneralSecurityException {
        MailboxSecurity security = mailbox.getSecurity();
        String protocol = security == MailboxSecurity.SSL ? "imaps" : "imap";
        String p = "mail." + protocol + ".";
        Properties properties = new Properties();
        properties.put("mail.store.protocol", protocol);
        properties.put(p + "connectiontimeout", "10000");
        properties.put(p + "timeout", "30000");
        properties.put(p + "writetimeout", "30000");
        if (security == MailboxSecurity.STARTTLS) {
            properties.put(p + "starttls.enable", "true");
            properties.put(p + "starttls.required", "true");
        }
        if (security.usesTls()) {
            properties.put(p + "ssl.checkserveridentity", "true");
            if (mailbox.getCaPem() != null) {
                properties.put(p + "ssl.socketFactory", MailboxTrust.socketFactory(mailbox.getCaPem()));
            }
        }
        return properties;
    }
}
