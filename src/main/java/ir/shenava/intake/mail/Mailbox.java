package ir.shenava.intake.mail;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A mailbox the email channel reads over IMAP: the company address (no owner) or a manager's own
 * (the owner is then the receiver of every complaint taken from it). Keeps its own health.
 */
@Entity
@Table(name = "mailbox")
public class Mailbox {

    /**
     * What an administrator types; a blank password keeps the one stored. {@code replyAddress} is
     * where customers' replies go (Reply-To); blank: the user name when it is an email address.
     */
    public record Settings(String name, String imapHost, int imapPort, MailboxSecurity security, String username,
                           String password, String folder, Long ownerStaffId, String replyAddress) {

        /**
         * The older form, SSL or not. Without SSL this means no encryption at all (NONE), as it did
         * before STARTTLS existed here; the page and the upgrade of stored mailboxes use STARTTLS.
         */
        public Settings(String name, String imapHost, int imapPort, boolean ssl, String username, String password,
                        String folder, Long ownerStaffId, String replyAddress) {
            this(name, imapHost, imapPort, ssl ? MailboxSecurity.SSL : MailboxSecurity.NONE, username, password, folder,
                    ownerStaffId, replyAddress);
        }

        /** Without a reply address of its own. */
        public Settings(String name, String imapHost, int imapPort, boolean ssl, String username, String password,
                        String folder, Long ownerStaffId) {
            this(name, imapHost, imapPort, ssl, username, password, folder, ownerStaffId, null);
        }

        public boolean ssl() {
            return security == MailboxSecurity.SSL;
        }
    }

    private static final Pattern ADDRESS = Pattern.compile("[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String imapHost;
    private int imapPort;
    @Enumerated(EnumType.STRING)
    private MailboxSecurity security = MailboxSecurity.STARTTLS;
    private String caPem;
    private String username;
    @Convert(converter = EncryptedSecret.class)
    private String password;
    private String folder = "INBOX";
    private Long ownerStaffId;
    private String replyAddress;
    private boolean active = true;
    private Instant lastSuccessAt;
    private Instant lastErrorAt;
    private String lastError;
    private long messagesTaken;
    @Version
    private long version;

    protected Mailbox() {
    }

    public Mailbox(Settings settings) {
        apply(settings);
    }

    public void apply(Settings s) {
        this.name = s.name().strip();
        this.imapHost = s.imapHost().strip();
        this.imapPort = s.imapPort();
        this.security = s.security() == null ? MailboxSecurity.STARTTLS : s.security();
        this.username = s.username().strip();
        if (s.password() != null && !s.password().isEmpty()) {
            this.password = s.password();
        }
        this.folder = s.folder() == null || s.folder().isBlank() ? "INBOX" : s.folder().strip();
        this.ownerStaffId = s.ownerStaffId();
        this.replyAddress = s.replyAddress() == null || s.replyAddress().isBlank() ? null : s.replyAddress().strip();
    }

    /** Whether a text is a plain mail address (user@example.ir), as the reply address must be. */
    public static boolean isAddress(String text) {
        return text != null && ADDRESS.matcher(text.strip()).matches();
    }

    /** Where customers reply to mails about complaints that came through here, if it is known. */
    public Optional<String> replyTo() {
        if (replyAddress != null) {
            return Optional.of(replyAddress);
        }
        return isAddress(username) ? Optional.of(username.strip()) : Optional.empty();
    }

    /** The company's certificate authority for this mailbox (checked PEM), or null for the usual ones only. */
    void trust(String checkedPem) {
        this.caPem = checkedPem;
    }

    /** Who the uploaded authority is and until when it is valid, for the page; empty without one. */
    public Optional<MailboxAuthority> authority() {
        if (caPem == null) {
            return Optional.empty();
        }
        var first = MailboxTrust.certificates(caPem).get(0);
        return Optional.of(new MailboxAuthority(first.getSubjectX500Principal().getName(), first.getNotAfter().toInstant()));
    }

    /**
     * What the last error means, in words for the administrator (a message key): no STARTTLS on a
     * server that must offer it, a certificate nobody vouches for, a refused login, no answer.
     */
    public String lastErrorKey() {
        String e = lastError == null ? "" : lastError;
        if (e.contains("STARTTLS")) {
            return "mailbox.error.noStarttls";
        }
        if (e.contains("PKIX") || e.contains("SSLHandshake") || e.contains("certificate") || e.contains("No subject alternative")) {
            return "mailbox.error.untrusted";
        }
        if (e.contains("AuthenticationFailed")) {
            return "mailbox.error.login";
        }
        if (e.contains("Connect") || e.contains("UnknownHost") || e.contains("timed out")) {
            return "mailbox.error.unreachable";
        }
        return "mailbox.error.other";
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    void recordSuccess(Instant at, int taken) {
        this.lastSuccessAt = at;
        this.messagesTaken += taken;
    }

    void recordFailure(Instant at, String error) {
        this.lastErrorAt = at;
        this.lastError = error == null ? "?" : error.length() > 2000 ? error.substring(0, 2000) : error;
    }

    /** The last fetch failed (the last error is newer than the last success). */
    public boolean isFailing() {
        return lastErrorAt != null && (lastSuccessAt == null || lastErrorAt.isAfter(lastSuccessAt));
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getImapHost() { return imapHost; }
    public int getImapPort() { return imapPort; }
    public boolean isSsl() { return security == MailboxSecurity.SSL; }
    public MailboxSecurity getSecurity() { return security; }
    String getCaPem() { return caPem; }
    public String getUsername() { return username; }
    String getPassword() { return password; }
    public String getFolder() { return folder; }
    public Long getOwnerStaffId() { return ownerStaffId; }
    public String getReplyAddress() { return replyAddress; }
    public boolean isActive() { return active; }
    public Instant getLastSuccessAt() { return lastSuccessAt; }
    public Instant getLastErrorAt() { return lastErrorAt; }
    public String getLastError() { return lastError; }
    public long getMessagesTaken() { return messagesTaken; }
}
