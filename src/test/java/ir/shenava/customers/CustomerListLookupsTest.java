package ir.shenava.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.customers.internal.Contact;
import ir.shenava.customers.internal.CustomerMerges;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.customers.internal.Equipment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The list look-ups by id (customers, contacts, units) that the callers' queue asks on every page, in
 * plain SQL: the same summaries as the single look-ups through JPA, and ids without a row (a customer
 * merged away, an id never used) left out, as Spring Data's findAllById did.
 */
@ShenavaIntegrationTest
class CustomerListLookupsTest {

    @Autowired
    CustomerDirectory directory;
    @Autowired
    CustomerRegistry registry;
    @Autowired
    UnverifiedContacts unverified;
    @Autowired
    CustomerMerges merges;

    @Test
    void customersContactsAndUnitsByIdMatchTheirSingleLookUps() {
        // 32 hex digits: unique in the shared context, and always the same length
        String tag = UUID.randomUUID().toString().replace("-", "");
        long hospital = registry.create(new CustomerRegistry.CustomerData(null, "بیمارستان فهرست " + tag,
                CustomerKind.HOSPITAL, null, "یزد", null, null, null)).getId();
        Contact nurse = registry.saveContact(hospital, null, new CustomerRegistry.ContactData("سرپرستار " + tag, "سرپرستار",
                "0912" + digits(tag, 7), null, "n." + tag + "@list.example"));
        Equipment unit = registry.saveEquipment(hospital, null, new CustomerRegistry.EquipmentData(null, "CT-" + tag.substring(0, 6),
                "SN" + tag.toUpperCase(), null, LocalDate.of(2026, 3, 1)));
        Equipment unitWithoutDate = registry.saveEquipment(hospital, null, new CustomerRegistry.EquipmentData(null, "MRI",
                "SX" + tag.toUpperCase(), 7L, null));
        // an unverified customer made from an unknown complainant, then merged into the hospital
        ContactSummary stranger = unverified.findOrCreate(new UnknownContact("ناشناس " + tag, "شرکت " + tag, null,
                "s." + tag + "@list.example", null)).orElseThrow();
        long newcomer = stranger.customerId().value();
        CustomerSummary beforeMerge = directory.findAll(Set.of(newcomer)).get(newcomer);
        assertThat(beforeMerge.verified()).isFalse();
        assertThat(beforeMerge).isEqualTo(directory.find(new CustomerId(newcomer)).orElseThrow());

        merges.merge(newcomer, hospital, "tester");

        long neverUsed = Long.MAX_VALUE - 7;
        assertThat(directory.findAll(List.of(hospital, newcomer, neverUsed)))
                .containsOnlyKeys(hospital)
                .containsEntry(hospital, directory.find(new CustomerId(hospital)).orElseThrow());
        assertThat(directory.contacts(List.of(nurse.getId(), stranger.id().value(), neverUsed)))
                .containsOnlyKeys(nurse.getId(), stranger.id().value())
                .containsEntry(nurse.getId(), directory.contactsOf(new CustomerId(hospital)).stream()
                        .filter(c -> c.id().value() == nurse.getId()).findFirst().orElseThrow());
        assertThat(directory.contacts(List.of(stranger.id().value())).get(stranger.id().value()).customerId().value())
                .as("the merged customer's contact moved with the merge").isEqualTo(hospital);
        assertThat(directory.equipment(List.of(unit.getId(), unitWithoutDate.getId(), neverUsed)))
                .containsOnlyKeys(unit.getId(), unitWithoutDate.getId())
                .containsEntry(unit.getId(), directory.equipment(unit.getId()).orElseThrow())
                .containsEntry(unitWithoutDate.getId(), directory.equipment(unitWithoutDate.getId()).orElseThrow());
        assertThat(directory.equipment(unitWithoutDate.getId()).orElseThrow().soldBy()).isEqualTo(7L);
        assertThat(directory.findAll(List.of())).isEmpty();
        assertThat(directory.contacts(Set.of())).isEmpty();
        assertThat(directory.equipment(Set.of())).isEmpty();
    }

    /** n decimal digits from the tag's hex digits: always n long. */
    private static String digits(String tag, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(Character.digit(tag.charAt(i), 16) % 10);
        }
        return s.toString();
    }
}
