package ir.shenava.customers.internal;

import java.time.LocalDate;

import ir.shenava.shared.PersianText;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An installed unit at a customer, known by its serial number (unique across customers). */
@Entity
@Table(name = "equipment")
public class Equipment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    private Long siteId;
    private String model;
    private String serialNumber;
    /** A StaffId value: the staff module is referred to by id only. */
    private Long soldBy;
    private LocalDate installedOn;

    protected Equipment() {
    }

    public Equipment(Long customerId) {
        this.customerId = customerId;
    }

    public void describe(Long siteId, String model, String serialNumber, Long soldBy, LocalDate installedOn) {
        this.siteId = siteId;
        this.model = PersianText.normalize(model);
        this.serialNumber = canonicalSerial(serialNumber);
        this.soldBy = soldBy;
        this.installedOn = installedOn;
    }

    /** Serial numbers compare in Latin digits and upper case, however they were typed. */
    public static String canonicalSerial(String serial) {
        return serial == null ? null : PersianText.latinDigits(PersianText.normalize(serial)).toUpperCase(java.util.Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public String getModel() {
        return model;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public Long getSoldBy() {
        return soldBy;
    }

    public LocalDate getInstalledOn() {
        return installedOn;
    }

    String keyText() {
        return PersianText.searchKey(serialNumber + " " + model);
    }
}
