package ir.shenava.servicerecords;

import java.util.EnumSet;
import java.util.Set;

/** What was done. The combined type records installation, commissioning and training in one go. */
public enum ServiceType {
    SALE, DELIVERY, INSTALLATION, COMMISSIONING, TRAINING, INSTALLATION_COMMISSIONING_TRAINING, REPAIR,
    PREVENTIVE_MAINTENANCE;

    /** The three steps after which the customer gets the follow-up call a week later (policy 4). */
    public static final Set<ServiceType> INSTALLATION_STEPS = EnumSet.of(INSTALLATION, COMMISSIONING, TRAINING);

    /** The installation steps this type covers. */
    public Set<ServiceType> installationSteps() {
        return this == INSTALLATION_COMMISSIONING_TRAINING ? INSTALLATION_STEPS
                : INSTALLATION_STEPS.contains(this) ? EnumSet.of(this) : EnumSet.noneOf(ServiceType.class);
    }

    public String messageKey() {
        return "service.type." + name();
    }
}
