package ir.shenava.customers.internal;

import ir.shenava.shared.PersianText;
import ir.shenava.shared.PhoneNumber;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person at the customer. Phones are stored in canonical E.164 form, whatever digits were typed. */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    private String fullName;
    private String position;
    private String mobile;
    private String landline;
    private String email;
    /** False for a contact made from an unknown complainant's phone or email, until staff check it. */
    private boolean verified = true;

    protected Contact() {
    }

    public Contact(Long customerId) {
        this.customerId = customerId;
    }

    /** Throws {@link ir.shenava.shared.InvalidPhoneNumberException} for a number that is not Iranian. */
    public void describe(String fullName, String position, String mobile, String landline, String email) {
        this.fullName = PersianText.normalize(fullName);
        this.position = PersianText.normalize(position);
        this.mobile = blank(mobile) ? null : PhoneNumber.parse(mobile).e164();
        this.landline = blank(landline) ? null : PhoneNumber.parse(landline).e164();
        this.email = blank(email) ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** Staff checked the person (an unknown complainant) and accept them as they are. */
    void verify() {
        this.verified = true;
    }

    /** Moves the person to the customer their own customer was merged into. */
    void moveTo(long customerId) {
        this.customerId = customerId;
    }

    /**
     * Whether this record can take everything the other record of the same person knows without
     * dropping any of it: each of the other's phones and its email is already here or has a free slot.
     */
    boolean canAbsorb(Contact other) {
        return fits(other.mobile, mobile) && fits(other.landline, landline)
                && (other.email == null || other.email.equals(email) || email == null);
    }

    private boolean fits(String phone, String slot) {
        return phone == null || phone.equals(mobile) || phone.equals(landline) || slot == null;
    }

    /**
     * Takes what only the other record of the same person knew (a second phone, an email, a
     * position); what this one says already stays as it is. Only after {@link #canAbsorb}.
     */
    void absorb(Contact other) {
        if (mobile == null && other.mobile != null && !other.mobile.equals(landline)) {
            mobile = other.mobile;
        }
        if (landline == null && other.landline != null && !other.landline.equals(mobile)) {
            landline = other.landline;
        }
        if (email == null) {
            email = other.email;
        }
        if (position == null || position.isBlank()) {
            position = other.position;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPosition() {
        return position;
    }

    public String getMobile() {
        return mobile;
    }

    public String getLandline() {
        return landline;
    }

    public String getEmail() {
        return email;
    }

    public boolean isVerified() {
        return verified;
    }

    String keyText() {
        return PersianText.searchKey(fullName) + " " + national(mobile) + " " + national(landline) + " "
                + (email == null ? "" : email);
    }

    private static String national(String e164) {
        return e164 == null ? "" : new PhoneNumber(e164).national();
    }
}
