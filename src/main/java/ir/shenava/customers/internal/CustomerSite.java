package ir.shenava.customers.internal;

import ir.shenava.shared.PersianText;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A place of the customer where equipment is installed (a branch, a building, a ward). */
@Entity
@Table(name = "customer_site")
public class CustomerSite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    private String name;
    private String province;
    private String city;
    private String address;

    protected CustomerSite() {
    }

    public CustomerSite(Long customerId) {
        this.customerId = customerId;
    }

    public void describe(String name, String province, String city, String address) {
        this.name = PersianText.normalize(name);
        this.province = PersianText.normalize(province);
        this.city = PersianText.normalize(city);
        this.address = PersianText.normalize(address);
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getName() {
        return name;
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
}
