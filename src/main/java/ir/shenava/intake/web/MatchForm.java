package ir.shenava.intake.web;

import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.NewCustomer;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.shared.PhoneNumber;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new customer for an unmatched complainant, as staff confirm or correct it; filled at first
 * from what the complainant gave.
 */
record MatchForm(@NotBlank @Size(max = 200) String name, @NotNull CustomerKind kind,
                 @NotBlank @Size(max = 150) String contactName, @Size(max = 30) String phone,
                 @Email @Size(max = 200) String email) {

    /** An organisation typed makes a customer of kind "other" named after it; else the person is the customer. */
    static MatchForm of(Complaint c) {
        boolean organisation = c.getOrganisation() != null && !c.getOrganisation().isBlank();
        return new MatchForm(organisation ? c.getOrganisation() : c.getContactName(),
                organisation ? CustomerKind.OTHER : CustomerKind.INDIVIDUAL, c.getContactName(),
                c.getContactPhone() == null ? null : PhoneNumber.parse(c.getContactPhone()).national(),
                c.getContactEmail());
    }

    NewCustomer customer() {
        return new NewCustomer(name, kind, contactName, phone, email);
    }
}
