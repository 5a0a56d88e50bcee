package ir.shenava.intake.mail;

import java.time.Instant;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
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

    /** What an administrator types; a blank password keeps the one stored. */
    public record Settings(String name, String imapHost, int imapPort, boolean ssl, String username, String password,
                           String folder, Long ownerStaffId) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String imapHost;
    private int imapPort;
    private boolean ssl;
    private String username;
    @Convert(converter = EncryptedSecret.class)
    private String password;
    private String folder = "INBOX";
    private Long ownerStaffId;
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
        this.ssl = s.ssl();
        this.username = s.username().strip();
        if (s.password() != null && !s.password().isEmpty()) {
            this.password = s.password();
        }
        this.folder = s.folder() == null || s.folder().isBlank() ? "INBOX" : s.folder().strip();
        this.ownerStaffId = s.ownerStaffId();
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
    public boolean isSsl() { return ssl; }
    public String getUsername() { return username; }
    String getPassword() { return password; }
    public String getFolder() { return folder; }
    public Long getOwnerStaffId() { return ownerStaffId; }
    public boolean isActive() { return active; }
    public Instant getLastSuccessAt() { return lastSuccessAt; }
    public Instant getLastErrorAt() { return lastErrorAt; }
    public String getLastError() { return lastError; }
    public long getMessagesTaken() { return messagesTaken; }
}
