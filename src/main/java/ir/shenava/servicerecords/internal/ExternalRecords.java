package ir.shenava.servicerecords.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerSummary;
import ir.shenava.customers.EquipmentSummary;
import ir.shenava.servicerecords.ServiceType;
import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.PersianText;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Services described by another system (the ERP through the API, or its export file) in text:
 * checked field by field with the same rules for both ways in, then written. Message keys of the
 * problems are in {@code i18n/service-import*.properties}.
 */
@Service
@Transactional
public class ExternalRecords {

    public static final int REPORT_MAX = 4000;
    public static final int EXTERNAL_REF_MAX = 80;

    /** How files and programs name the types; compared without spaces, ZWNJ or Arabic letter forms. */
    private static final Map<ServiceType, String> PERSIAN_TYPES = Map.of(
            ServiceType.SALE, "فروش", ServiceType.DELIVERY, "تحویل", ServiceType.INSTALLATION, "نصب",
            ServiceType.COMMISSIONING, "راه‌اندازی", ServiceType.TRAINING, "آموزش",
            ServiceType.INSTALLATION_COMMISSIONING_TRAINING, "نصب و راه‌اندازی و آموزش",
            ServiceType.REPAIR, "تعمیر", ServiceType.PREVENTIVE_MAINTENANCE, "نگهداری پیشگیرانه");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);

    private final ServiceRecords records;
    private final ServiceRecordRepository repository;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;
    private final Clock clock;

    ExternalRecords(ServiceRecords records, ServiceRecordRepository repository, CustomerDirectory customers,
                    StaffDirectory staff, Clock clock) {
        this.records = records;
        this.repository = repository;
        this.customers = customers;
        this.staff = staff;
        this.clock = clock;
    }

    /** The text of one service; staff are usernames. */
    public record Input(String type, String customerCode, String equipmentSerial, String plannedOn, String doneOn,
                        List<String> staff, String report, String externalRef) {
    }

    /** A problem with one field: a message key of {@code service-import*.properties} and its arguments. */
    public record FieldProblem(ServiceField field, String key, List<String> args) {
        static FieldProblem of(ServiceField field, String key, String... args) {
            return new FieldProblem(field, key, List.of(args));
        }
    }

    /** The outcome of {@link #check}: details ready to record when there is no problem. */
    public record Checked(ServiceRecords.Details details, LocalDate doneOn, List<FieldProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    public Checked check(Input in) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<ServiceType> type = required(in.type(), ServiceField.TYPE, problems).flatMap(t -> {
            Optional<ServiceType> found = type(t);
            if (found.isEmpty()) {
                problems.add(FieldProblem.of(ServiceField.TYPE, "serviceImport.error.type.unknown", t));
            }
            return found;
        });
        Optional<CustomerSummary> customer = required(in.customerCode(), ServiceField.CUSTOMER_CODE, problems).flatMap(c -> {
            Optional<CustomerSummary> found = customers.findByCode(c);
            if (found.isEmpty()) {
                problems.add(FieldProblem.of(ServiceField.CUSTOMER_CODE, "serviceImport.error.customer.unknown", c));
            }
            return found;
        });
        Long equipmentId = equipment(in.equipmentSerial(), customer, problems);
        LocalDate today = JalaliDate.now(clock).toGregorian();
        LocalDate planned = date(in.plannedOn(), ServiceField.PLANNED_ON, problems);
        LocalDate done = date(in.doneOn(), ServiceField.DONE_ON, problems);
        if (done != null && done.isAfter(today)) {
            problems.add(FieldProblem.of(ServiceField.DONE_ON, "serviceImport.error.date.future"));
        }
        if (blank(in.plannedOn()) && blank(in.doneOn())) {
            problems.add(FieldProblem.of(ServiceField.PLANNED_ON, "serviceImport.error.date.required"));
        }
        Set<Long> staffIds = staff(in.staff(), problems);
        String report = blank(in.report()) ? null : PersianText.normalizeText(in.report());
        if (report != null && report.length() > REPORT_MAX) {
            problems.add(FieldProblem.of(ServiceField.REPORT, "serviceImport.error.tooLong", String.valueOf(REPORT_MAX)));
        }
        String externalRef = externalRef(in.externalRef());
        if (externalRef != null && externalRef.length() > EXTERNAL_REF_MAX) {
            problems.add(FieldProblem.of(ServiceField.EXTERNAL_REF, "serviceImport.error.tooLong",
                    String.valueOf(EXTERNAL_REF_MAX)));
        }
        if (!problems.isEmpty()) {
            return new Checked(null, null, List.copyOf(problems));
        }
        return new Checked(new ServiceRecords.Details(type.orElseThrow(), customer.orElseThrow().id().value(), null,
                equipmentId, planned, staffIds, report, externalRef), done, List.of());
    }

    /** Records the service and, with a done day, completes it (which may publish the installation milestone). */
    public ServiceRecord write(Checked checked, String by) {
        if (!checked.valid()) {
            throw new IllegalArgumentException("a checked service with problems cannot be written");
        }
        ServiceRecord record = records.record(checked.details(), by);
        return checked.doneOn() == null ? record : records.complete(record.getId(), checked.doneOn());
    }

    @Transactional(readOnly = true)
    public Optional<ServiceRecord> findByExternalRef(String externalRef) {
        String canonical = externalRef(externalRef);
        return canonical == null ? Optional.empty() : repository.findByExternalRef(canonical);
    }

    @Transactional(readOnly = true)
    public Optional<ServiceRecord> find(long id) {
        return repository.findById(id);
    }

    /** External references compare in Latin digits, without surrounding spaces. */
    public static String externalRef(String text) {
        return blank(text) ? null : PersianText.latinDigits(PersianText.normalize(text)).strip();
    }

    /** The English name (any case) or the Persian name of a type. */
    public static Optional<ServiceType> type(String text) {
        String key = comparable(text);
        for (ServiceType t : ServiceType.values()) {
            if (key.equals(comparable(t.name())) || key.equals(comparable(PERSIAN_TYPES.get(t)))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public static String persianName(ServiceType type) {
        return PERSIAN_TYPES.get(type);
    }

    /** ISO "2026-11-05" or Jalali "1405/08/14", in any digits. */
    public static Optional<LocalDate> parseDate(String text) {
        if (blank(text)) {
            return Optional.empty();
        }
        String latin = PersianText.latinDigits(text).strip();
        try {
            if (latin.matches("(19|20|21)\\d\\d-\\d{1,2}-\\d{1,2}")) {
                return Optional.of(LocalDate.parse(latin, ISO));
            }
            return Optional.of(JalaliDate.parse(latin).toGregorian());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Long equipment(String serial, Optional<CustomerSummary> customer, List<FieldProblem> problems) {
        if (blank(serial)) {
            return null;
        }
        Optional<EquipmentSummary> unit = customers.equipmentBySerial(serial.strip());
        if (unit.isEmpty()) {
            problems.add(FieldProblem.of(ServiceField.EQUIPMENT_SERIAL, "serviceImport.error.serial.unknown", serial.strip()));
            return null;
        }
        if (customer.isPresent() && !unit.get().customerId().equals(customer.get().id())) {
            problems.add(FieldProblem.of(ServiceField.EQUIPMENT_SERIAL, "serviceImport.error.serial.otherCustomer",
                    serial.strip()));
        }
        return unit.get().id();
    }

    private static LocalDate date(String text, ServiceField field, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        Optional<LocalDate> day = parseDate(text);
        if (day.isEmpty()) {
            problems.add(FieldProblem.of(field, "serviceImport.error.date.invalid", text.strip()));
        }
        return day.orElse(null);
    }

    private Set<Long> staff(List<String> usernames, List<FieldProblem> problems) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String name : usernames == null ? List.<String>of() : usernames) {
            if (blank(name)) {
                continue;
            }
            Optional<StaffSummary> person = staff.findByUsername(name.strip());
            if (person.isEmpty()) {
                problems.add(FieldProblem.of(ServiceField.STAFF, "serviceImport.error.staff.unknown", name.strip()));
            } else if (!person.get().active()) {
                problems.add(FieldProblem.of(ServiceField.STAFF, "serviceImport.error.staff.inactive", name.strip()));
            } else {
                ids.add(person.get().id().value());
            }
        }
        return ids;
    }

    private static Optional<String> required(String text, ServiceField field, List<FieldProblem> problems) {
        if (blank(text)) {
            problems.add(FieldProblem.of(field, "serviceImport.error.required"));
            return Optional.empty();
        }
        return Optional.of(text.strip());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String comparable(String s) {
        return s == null ? "" : PersianText.searchKey(s).replaceAll("[\\s_\\-\u200C]+", "").toLowerCase(Locale.ROOT);
    }
}
