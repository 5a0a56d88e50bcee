package ir.shenava.servicerecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.servicerecords.internal.ServiceRecords;
import ir.shenava.servicerecords.internal.ServiceRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@ShenavaIntegrationTest
@RecordApplicationEvents
class InstallationMilestoneTest {

    @Autowired
    ServiceRecords services;
    @Autowired
    CustomerRegistry customers;
    @Autowired
    ApplicationEvents events;

    long customerId;
    long equipmentId;

    private void aCustomerWithAUnit() {
        customerId = customers.create(new CustomerRegistry.CustomerData(null, "مشتری " + UUID.randomUUID(),
                CustomerKind.HOSPITAL, null, null, null, null, null)).getId();
        equipmentId = customers.saveEquipment(customerId, null, new CustomerRegistry.EquipmentData(null, "مدل",
                "MS-" + UUID.randomUUID(), null, null)).getId();
    }

    private long done(ServiceType type, LocalDate day, long expert) {
        long id = services.record(new ServiceRecords.Details(type, customerId, null, equipmentId, day, Set.of(expert),
                "گزارش", null), "tester").getId();
        services.complete(id, day);
        return id;
    }

    private long published() {
        return events.stream(InstallationCompleted.class).filter(e -> e.equipmentId() == equipmentId).count();
    }

    @Test
    void threeSeparateStepsPublishTheMilestoneOnceWhenTheLastIsDone() {
        aCustomerWithAUnit();
        done(ServiceType.INSTALLATION, LocalDate.of(2026, 10, 1), 7L);
        done(ServiceType.COMMISSIONING, LocalDate.of(2026, 10, 2), 8L);
        assertThat(published()).as("incomplete install").isZero();
        done(ServiceType.TRAINING, LocalDate.of(2026, 10, 4), 7L);
        assertThat(events.stream(InstallationCompleted.class).filter(e -> e.equipmentId() == equipmentId))
                .singleElement()
                .satisfies(e -> assertThat(e.completedOn()).isEqualTo(LocalDate.of(2026, 10, 4)))
                .satisfies(e -> assertThat(e.expertIds()).containsExactlyInAnyOrder(7L, 8L))
                .satisfies(e -> assertThat(e.customerId()).isEqualTo(customerId));
        // a second training of the same unit does not publish it again
        done(ServiceType.TRAINING, LocalDate.of(2026, 10, 20), 9L);
        assertThat(published()).isEqualTo(1);
    }

    @Test
    void oneCombinedRecordIsEnoughAndARepairIsNot() {
        aCustomerWithAUnit();
        done(ServiceType.REPAIR, LocalDate.of(2026, 9, 1), 7L);
        assertThat(published()).isZero();
        done(ServiceType.INSTALLATION_COMMISSIONING_TRAINING, LocalDate.of(2026, 9, 10), 7L);
        assertThat(published()).isEqualTo(1);
        done(ServiceType.INSTALLATION_COMMISSIONING_TRAINING, LocalDate.of(2026, 9, 11), 7L);
        assertThat(published()).isEqualTo(1);
    }

    @Test
    void aPlannedOrCancelledStepDoesNotCount() {
        aCustomerWithAUnit();
        done(ServiceType.INSTALLATION, LocalDate.of(2026, 8, 1), 7L);
        done(ServiceType.COMMISSIONING, LocalDate.of(2026, 8, 1), 7L);
        long training = services.record(new ServiceRecords.Details(ServiceType.TRAINING, customerId, null, equipmentId,
                LocalDate.of(2026, 8, 3), Set.of(7L), null, null), "tester").getId();
        services.cancel(training);
        assertThat(published()).isZero();
        assertThatThrownBy(() -> services.complete(training, LocalDate.of(2026, 8, 3)))
                .isInstanceOf(ServiceRuleException.class).hasMessage("service.complete.notPlanned");
        assertThatThrownBy(() -> done(ServiceType.TRAINING, LocalDate.of(2099, 1, 1), 7L))
                .isInstanceOf(ServiceRuleException.class).hasMessage("service.complete.future");
        assertThat(published()).isZero();
    }
}
