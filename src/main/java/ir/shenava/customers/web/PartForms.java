package ir.shenava.customers.web;

import java.time.LocalDate;

import ir.shenava.customers.internal.Contact;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.customers.internal.CustomerSite;
import ir.shenava.customers.internal.Equipment;
import ir.shenava.shared.PhoneNumber;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The forms of the parts of a customer: contacts, sites, equipment. */
final class PartForms {

    private PartForms() {
    }

    record ContactForm(@NotBlank @Size(max = 150) String fullName, @Size(max = 120) String position,
                       @Size(max = 30) String mobile, @Size(max = 30) String landline,
                       @Email @Size(max = 200) String email) {

        static ContactForm of(Contact c) {
            return new ContactForm(c.getFullName(), c.getPosition(), national(c.getMobile()), national(c.getLandline()),
                    c.getEmail());
        }

        CustomerRegistry.ContactData data() {
            return new CustomerRegistry.ContactData(fullName, position, mobile, landline, email);
        }
    }

    record SiteForm(@NotBlank @Size(max = 200) String name, @Size(max = 80) String province,
                    @Size(max = 80) String city, @Size(max = 500) String address) {

        static SiteForm of(CustomerSite s) {
            return new SiteForm(s.getName(), s.getProvince(), s.getCity(), s.getAddress());
        }

        CustomerRegistry.SiteData data() {
            return new CustomerRegistry.SiteData(name, province, city, address);
        }
    }

    record EquipmentForm(Long siteId, @NotBlank @Size(max = 150) String model,
                         @NotBlank @Size(max = 80) String serialNumber, Long soldBy,
                         @PastOrPresent LocalDate installedOn) {

        static EquipmentForm of(Equipment e) {
            return new EquipmentForm(e.getSiteId(), e.getModel(), e.getSerialNumber(), e.getSoldBy(), e.getInstalledOn());
        }

        CustomerRegistry.EquipmentData data() {
            return new CustomerRegistry.EquipmentData(siteId, model, serialNumber, soldBy, installedOn);
        }
    }

    static String national(String e164) {
        return e164 == null ? null : new PhoneNumber(e164).national();
    }
}
