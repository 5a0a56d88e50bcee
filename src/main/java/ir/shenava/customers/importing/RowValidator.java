package ir.shenava.customers.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks every row of a file and records the problems per cell; the file's own duplicates count too. */
public final class RowValidator {

    private final ImportKind kind;
    private final ImportLookups lookups;
    private final Set<String> seenKeys = new HashSet<>();

    private RowValidator(ImportKind kind, ImportLookups lookups) {
        this.kind = kind;
        this.lookups = lookups;
    }

    public static List<ImportRow> validate(ImportKind kind, List<ImportRow> rows, ImportLookups lookups) {
        RowValidator validator = new RowValidator(kind, lookups);
        return rows.stream().map(validator::check).toList();
    }

    private ImportRow check(ImportRow row) {
        List<RowError> errors = new ArrayList<>();
        for (ImportColumn column : kind.columns()) {
            String value = row.value(column.key());
            if (column.required() && value.isBlank()) {
                errors.add(RowError.of(column.key(), "import.error.required"));
            } else if (value.length() > column.maxLength()) {
                errors.add(RowError.of(column.key(), "import.error.tooLong", String.valueOf(column.maxLength())));
            }
        }
        switch (kind) {
            case CUSTOMERS -> customer(row, errors);
            case CONTACTS -> contact(row, errors);
            case EQUIPMENT -> equipment(row, errors);
        }
        return row.withErrors(errors);
    }

    private void customer(ImportRow row, List<RowError> errors) {
        String code = CellValues.code(row.value("code"));
        if (code != null && !seenKeys.add(code)) {
            errors.add(RowError.of("code", "import.error.duplicateCode", code));
        }
        if (CellValues.kind(row.value("kind")).isEmpty()) {
            errors.add(RowError.of("kind", "import.error.kind"));
        }
        String nationalId = CellValues.digits(row.value("national_id"));
        if (nationalId != null && !nationalId.matches("\\d{10,11}")) {
            errors.add(RowError.of("national_id", "import.error.nationalId"));
        }
        String economicCode = CellValues.digits(row.value("economic_code"));
        if (economicCode != null && !economicCode.matches("\\d{10,14}")) {
            errors.add(RowError.of("economic_code", "import.error.economicCode"));
        }
    }

    private void contact(ImportRow row, List<RowError> errors) {
        knownCustomer(row, errors);
        String mobile = row.value("mobile");
        if (!mobile.isBlank()) {
            CellValues.phone(mobile).ifPresentOrElse(p -> {
                if (!p.isMobile()) {
                    errors.add(RowError.of("mobile", "import.error.notMobile"));
                }
            }, () -> errors.add(RowError.of("mobile", "import.error.phone")));
        }
        if (!row.value("landline").isBlank() && CellValues.phone(row.value("landline")).isEmpty()) {
            errors.add(RowError.of("landline", "import.error.phone"));
        }
        if (!row.value("email").isBlank() && !CellValues.email(row.value("email"))) {
            errors.add(RowError.of("email", "import.error.email"));
        }
    }

    private void equipment(ImportRow row, List<RowError> errors) {
        String customer = knownCustomer(row, errors);
        String serial = CellValues.serial(row.value("serial_number"));
        if (serial != null) {
            if (!seenKeys.add(serial)) {
                errors.add(RowError.of("serial_number", "import.error.duplicateSerial", serial));
            }
            lookups.serialOwnerCode().apply(serial).filter(owner -> customer != null && !owner.equals(customer))
                    .ifPresent(owner -> errors.add(RowError.of("serial_number", "import.error.serialOther", owner)));
        }
        String soldBy = row.value("sold_by");
        if (!soldBy.isBlank() && !lookups.staffExists().test(soldBy.strip())) {
            errors.add(RowError.of("sold_by", "import.error.staffUnknown", soldBy));
        }
        String installedOn = row.value("installed_on");
        if (!installedOn.isBlank()) {
            CellValues.date(installedOn).ifPresentOrElse(d -> {
                if (d.isAfter(lookups.today())) {
                    errors.add(RowError.of("installed_on", "import.error.futureDate"));
                }
            }, () -> errors.add(RowError.of("installed_on", "import.error.date")));
        }
    }

    /** The row's customer code in canonical form when that customer exists, else null (with an error). */
    private String knownCustomer(ImportRow row, List<RowError> errors) {
        String code = CellValues.code(row.value("customer_code"));
        if (code == null) {
            return null;
        }
        if (!lookups.customerExists().test(code)) {
            errors.add(RowError.of("customer_code", "import.error.customerUnknown", code));
            return null;
        }
        return code;
    }
}
