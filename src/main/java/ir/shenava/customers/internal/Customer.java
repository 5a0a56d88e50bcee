package ir.shenava.customers.internal;

import java.time.Instant;

import ir.shenava.customers.CustomerKind;
import ir.shenava.shared.PersianText;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organisation the company sells to, installs at and services. */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private CustomerKind kind;
    private String province;
    private String city;
    private String address;
    private String nationalId;
    private String economicCode;
    private String searchText = "";
    private Instant createdAt;
    /** False for a customer made from an unknown complainant's phone or email, until staff check it. */
    private boolean verified = true;
    /** The customer asked not to be phoned for follow-up surveys. */
    private boolean doNotCall;
    @Version
    private long version;

    protected Customer() {
    }

    public Customer(String code, Instant now) {
        this.code = code;
        this.createdAt = now;
    }

    public void describe(String name, CustomerKind kind, String province, String city, String address,
                         String nationalId, String economicCode) {
        this.name = PersianText.normalize(name);
        this.kind = kind == null ? CustomerKind.OTHER : kind;
        this.province = PersianText.normalize(province);
        this.city = PersianText.normalize(city);
        this.address = PersianText.normalize(address);
        this.nationalId = nationalId == null ? null : PersianText.digitsOnly(nationalId);
        this.economicCode = economicCode == null ? null : PersianText.digitsOnly(economicCode);
    }

    public boolean isDoNotCall() {
        return doNotCall;
    }

    /** The customer asked not to be phoned for follow-up surveys (or withdrew that wish). */
    public void markDoNotCall(boolean doNotCall) {
        this.doNotCall = doNotCall;
    }

    /** Staff checked the customer (made from an unknown complainant) and accept it as it is. */
    void verify() {
        this.verified = true;
    }

    /** Kept by {@link CustomerRegistry} whenever the customer or anything under it changes. */
    void indexFor(String searchText) {
        this.searchText = searchText;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public CustomerKind getKind() {
        return kind;
    }

    public String getProvince() {
        return province;
    }

    public String getCity() {
        return city;
    }

    public String getAddress() {
        return address;
    }

    public String getNationalId() {
        return nationalId;
    }

    public String getEconomicCode() {
        return economicCode;
    }

    public String getSearchText() {
        return searchText;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isVerified() {
        return verified;
    }

    String keyText() {
        return PersianText.searchKey(String.join(" ", name, code, nz(city), nz(province), nz(nationalId), nz(economicCode)));
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
