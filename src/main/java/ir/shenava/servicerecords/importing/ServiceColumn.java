package ir.shenava.servicerecords.importing;

import ir.shenava.servicerecords.internal.ServiceField;
import ir.shenava.shared.PersianText;

/**
 * The columns of the ERP's export. The Persian header is part of the file format (the template
 * writes it, people type it), so it lives here rather than in the message bundles.
 */
public enum ServiceColumn {
    TYPE(ServiceField.TYPE, "نوع خدمت", true),
    CUSTOMER_CODE(ServiceField.CUSTOMER_CODE, "کد مشتری", true),
    EQUIPMENT_SERIAL(ServiceField.EQUIPMENT_SERIAL, "شماره سریال", false),
    PLANNED_ON(ServiceField.PLANNED_ON, "تاریخ برنامه", false),
    DONE_ON(ServiceField.DONE_ON, "تاریخ انجام", false),
    STAFF(ServiceField.STAFF, "کارشناسان", false),
    REPORT(ServiceField.REPORT, "گزارش", false),
    EXTERNAL_REF(ServiceField.EXTERNAL_REF, "شماره سند", false);

    private final ServiceField field;
    private final String header;
    private final boolean required;

    ServiceColumn(ServiceField field, String header, boolean required) {
        this.field = field;
        this.header = header;
        this.required = required;
    }

    public String key() {
        return field.columnKey();
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public String messageKey() {
        return "serviceImport.column." + key();
    }

    /** True when a header cell names this column, by key or Persian header, ignoring case, spaces and ZWNJ. */
    boolean matches(String cell) {
        String c = comparable(cell);
        return !c.isEmpty() && (c.equals(comparable(key())) || c.equals(comparable(header)));
    }

    static ServiceColumn of(ServiceField field) {
        for (ServiceColumn column : values()) {
            if (column.field == field) {
                return column;
            }
        }
        throw new IllegalArgumentException(field.name());
    }

    private static String comparable(String s) {
        return PersianText.searchKey(s).replaceAll("[\\s_\\-\u200C]+", "");
    }
}
