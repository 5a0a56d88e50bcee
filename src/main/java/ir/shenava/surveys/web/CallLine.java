package ir.shenava.surveys.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import ir.shenava.customers.ContactSummary;
import ir.shenava.surveys.calls.CallRow;

/** A call as lists and the call screen show it: the customer, whom to phone, and the units with their people. */
public record CallLine(CallRow call, String customerName, String customerCode, ContactSummary contact, List<Unit> units,
                LocalDate installedOn, String claimedByName) {

    public record Unit(long equipmentId, String model, String serialNumber, LocalDate completedOn, List<String> installers,
                List<String> sellers) {
    }

    /** The number to dial: the contact's mobile, else landline (E.164); null without one. */
    public String phone() {
        if (contact == null) {
            return null;
        }
        return contact.mobile() != null ? contact.mobile() : contact.landline();
    }

    /** The number as people read it (0912 …), for the link's text. */
    public String phoneDisplay(Locale locale) {
        String phone = phone();
        return phone == null ? null : ir.shenava.shared.PhoneNumber.tryParse(phone).map(p -> p.display(locale)).orElse(phone);
    }

    /** The equipment in a few words, for the greeting and the lists. */
    public String equipment() {
        return String.join("، ", units.stream().map(Unit::model).distinct().toList());
    }
}
