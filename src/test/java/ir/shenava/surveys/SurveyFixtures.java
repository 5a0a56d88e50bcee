package ir.shenava.surveys;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.servicerecords.InstallationCompleted;
import org.springframework.stereotype.Component;

/** Test data for the surveys tests: a customer with a contact and units. */
@Component
class SurveyFixtures {

    private final CustomerRegistry customers;

    SurveyFixtures(CustomerRegistry customers) {
        this.customers = customers;
    }

    long customer(boolean withPhone) {
        long id = customers.create(new CustomerRegistry.CustomerData(null, "بیمارستان " + UUID.randomUUID(),
                CustomerKind.HOSPITAL, "تهران", "تهران", null, null, null)).getId();
        customers.saveContact(id, null, new CustomerRegistry.ContactData("دکتر رضایی", "مدیر تجهیزات",
                withPhone ? "0912" + (1000000 + (int) (Math.random() * 8999999)) : null, null, null));
        return id;
    }

    long unit(long customerId, Long soldBy) {
        return customers.saveEquipment(customerId, null, new CustomerRegistry.EquipmentData(null, "سونوگرافی SN-" + UUID.randomUUID().toString().substring(0, 6),
                "SV-" + UUID.randomUUID(), soldBy, null)).getId();
    }

    static InstallationCompleted completed(long customerId, long unitId, String day, Long... experts) {
        return new InstallationCompleted(unitId, customerId, Set.of(experts), LocalDate.parse(day));
    }
}
