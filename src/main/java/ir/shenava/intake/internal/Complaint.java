package ir.shenava.intake.internal;

import java.time.Instant;

import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintLanguage;
import ir.shenava.intake.ComplaintStatus;
import ir.shenava.intake.TrackingCode;
import ir.shenava.shared.PersianText;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/** A complaint as received. Text is stored normalised; the search text ignores ي/ی, ك/ک and digit sets. */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String trackingCode;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private ComplaintStatus status = ComplaintStatus.RECEIVED;
    private boolean confidential;
    private Long customerId;
    private Long contactId;
    private String contactName;
    private String organisation;
    private String contactPhone;
    private String contactEmail;
    private String categoryCode;
    private Long equipmentId;
    private String serialText;
    private Short satisfaction;
    private String subject;
    private String description;
    private String remedySought;
    private Instant receivedAt;
    private Long receivedBy;
    private String sourceRef;
    private Long ownerId;
    private Long concernedStaffId;
    private String submissionKey;
    private String searchText = "";
    /** "fa" or "en": the language our mails to the complainant speak. */
    private String language = "fa";
    /** When the case's next step is due, for the tracking page: written by the cases module (ComplaintFollowUp), never here. */
    @jakarta.persistence.Column(insertable = false, updatable = false)
    @Enumerated(EnumType.STRING)
    private ir.shenava.intake.NextStep nextStep;
    @jakarta.persistence.Column(insertable = false, updatable = false)
    private Instant nextStepDueAt;
    @Version
    private long version;
    /** True only on the object that registering made: a resubmission is answered with the stored one. */
    @Transient
    private boolean registeredNow;

    protected Complaint() {
    }

    Complaint(TrackingCode code, Channel channel, Submission s, Instant receivedAt) {
        this.registeredNow = true;
        this.trackingCode = code.value();
        this.channel = channel;
        this.confidential = channel == Channel.CEO_PAGE;
        this.contactName = PersianText.normalize(s.contactName());
        this.organisation = PersianText.normalize(s.organisation());
        this.contactPhone = s.phone() == null ? null : s.phone().e164();
        this.contactEmail = s.email() == null || s.email().isBlank() ? null : s.email().trim().toLowerCase(java.util.Locale.ROOT);
        this.categoryCode = s.categoryCode();
        this.serialText = s.serial() == null || s.serial().isBlank() ? null : PersianText.latinDigits(s.serial().trim());
        this.satisfaction = s.satisfaction() == null ? null : (short) s.satisfaction().value();
        this.subject = PersianText.normalize(s.subject());
        this.description = PersianText.normalizeText(s.description());
        this.remedySought = PersianText.normalizeText(s.remedySought());
        this.receivedAt = receivedAt;
        this.receivedBy = s.receivedBy();
        this.sourceRef = s.sourceRef();
        this.submissionKey = s.submissionKey();
        this.concernedStaffId = s.concernedStaffId();
        this.language = s.language().tag();
        this.searchText = PersianText.searchKey(String.join(" ", trackingCode, contactName, nz(organisation), subject,
                description, nz(remedySought), nz(serialText), nz(contactEmail),
                contactPhone == null ? "" : new ir.shenava.shared.PhoneNumber(contactPhone).national()));
    }

    /** The serial as the unit it names spells it, or in its one canonical form when it names none (issue 15 §5). */
    void serialIs(String canonical) {
        this.serialText = canonical;
    }

    void matchTo(Long customerId, Long contactId, Long equipmentId) {
        this.customerId = customerId;
        this.contactId = contactId;
        this.equipmentId = equipmentId;
    }

    void assignOwner(Long ownerId) {
        this.ownerId = ownerId;
    }

    /** Nobody known gave this phone or email: a contact is to be found or made (never for the CEO's eyes only). */
    boolean awaitsContact() {
        return contactId == null && !confidential && (contactPhone != null || contactEmail != null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public Long getId() { return id; }
    public TrackingCode getTrackingCode() { return new TrackingCode(trackingCode); }
    public Channel getChannel() { return channel; }
    public ComplaintStatus getStatus() { return status; }
    public boolean isConfidential() { return confidential; }
    public Long getCustomerId() { return customerId; }
    public Long getContactId() { return contactId; }
    public String getContactName() { return contactName; }
    public String getOrganisation() { return organisation; }
    public String getContactPhone() { return contactPhone; }
    public String getContactEmail() { return contactEmail; }
    public String getCategoryCode() { return categoryCode; }
    public Long getEquipmentId() { return equipmentId; }
    public String getSerialText() { return serialText; }
    public Short getSatisfaction() { return satisfaction; }
    /**
     * Whether the person asking knows what only the complainant knows: the last four digits of the
     * phone given (in any digit set) or the email given (in any case). The tracking code alone never
     * opens a complaint.
     */
    public boolean verifiedBy(String verifier) {
        String typed = verifier == null ? "" : verifier.trim();
        if (typed.contains("@")) {
            return contactEmail != null && contactEmail.equalsIgnoreCase(typed);
        }
        String digits = PersianText.digitsOnly(typed);
        return digits.length() == 4 && contactPhone != null && contactPhone.endsWith(digits);
    }

    /** Whether this call stored it; false when the same submission had been stored already (a replay). */
    public boolean isRegisteredNow() { return registeredNow; }
    public String getSubject() { return subject; }
    public String getDescription() { return description; }
    public String getRemedySought() { return remedySought; }
    public Instant getReceivedAt() { return receivedAt; }
    public Long getReceivedBy() { return receivedBy; }
    public String getSourceRef() { return sourceRef; }
    public Long getOwnerId() { return ownerId; }
    public Long getConcernedStaffId() { return concernedStaffId; }
    public ComplaintLanguage getLanguage() { return ComplaintLanguage.ofTag(language); }
    public ir.shenava.intake.NextStep getNextStep() { return nextStep; }
    public Instant getNextStepDueAt() { return nextStepDueAt; }
}
