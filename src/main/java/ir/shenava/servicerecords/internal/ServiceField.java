package ir.shenava.servicerecords.internal;

import java.util.Locale;

/**
 * The fields by which another system describes a service, through the API or in a file. The API
 * names them in camelCase, a file by a column key (snake_case) or its Persian header.
 */
public enum ServiceField {
    TYPE("type"), CUSTOMER_CODE("customerCode"), EQUIPMENT_SERIAL("equipmentSerial"), PLANNED_ON("plannedOn"),
    DONE_ON("doneOn"), STAFF("staffUsernames"), REPORT("report"), EXTERNAL_REF("externalRef");

    private final String apiName;

    ServiceField(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public String columnKey() {
        return name().toLowerCase(Locale.ROOT);
    }
}
