package ir.shenava.customers.importing;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ir.shenava.customers.internal.CustomerRepository;
import ir.shenava.customers.internal.EquipmentRepository;
import ir.shenava.shared.JalaliDate;
import ir.shenava.staff.StaffDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Upload → preview → confirm. Rows are validated on upload for the preview and again on
 * confirmation, because the database may have changed in between; the write is all-or-nothing.
 */
@Service
@Transactional
public class CustomerImport {

    /** Unconfirmed batches are forgotten after a day; nobody confirms yesterday's preview. */
    static final Duration BATCH_LIFETIME = Duration.ofDays(1);

    private final ImportBatchRepository batches;
    private final ImportWriter writer;
    private final CustomerRepository customers;
    private final EquipmentRepository equipment;
    private final StaffDirectory staff;
    private final ObjectMapper json;
    private final Clock clock;

    CustomerImport(ImportBatchRepository batches, ImportWriter writer, CustomerRepository customers,
                   EquipmentRepository equipment, StaffDirectory staff, ObjectMapper json, Clock clock) {
        this.batches = batches;
        this.writer = writer;
        this.customers = customers;
        this.equipment = equipment;
        this.staff = staff;
        this.json = json;
        this.clock = clock;
    }

    /** Stores the parsed, validated rows; throws {@link ImportFileException} and stores nothing for an unusable file. */
    public UUID upload(ImportKind kind, String fileName, byte[] content, String username) {
        List<ImportRow> rows = RowValidator.validate(kind, TableReader.read(content, kind), lookups());
        batches.deleteOlderThan(clock.instant().minus(BATCH_LIFETIME));
        String name = fileName == null || fileName.isBlank() ? "-" : fileName.strip();
        ImportBatch batch = new ImportBatch(kind, name.length() > 255 ? name.substring(0, 255) : name,
                json.writeValueAsString(new StoredRows(rows)), username, clock.instant());
        return batches.save(batch).getId();
    }

    /** Empty when the batch does not exist, is too old, or belongs to someone else. */
    @Transactional(readOnly = true)
    public Optional<ImportPreview> preview(UUID id, String username) {
        return batch(id, username).map(b -> new ImportPreview(b.getId(), b.getKind(), b.getFileName(),
                json.readValue(b.getRowsJson(), StoredRows.class).rows()));
    }

    /**
     * The quick checks of {@link #confirm} on the preview as uploaded, made before the work is started
     * in the background, so that a refusal is told on the preview page at once.
     *
     * @return false when the batch does not exist (or is not this person's)
     * @throws ImportRefusedException when the mode does not allow it
     */
    @Transactional(readOnly = true)
    public boolean check(UUID id, String username, ImportMode mode, boolean skipAcknowledged) {
        Optional<ImportPreview> preview = preview(id, username);
        if (preview.isEmpty()) {
            return false;
        }
        if (mode == ImportMode.ALL && preview.get().errorCount() > 0) {
            throw new ImportRefusedException("import.confirm.hasErrors");
        }
        if (mode == ImportMode.VALID_ONLY && !skipAcknowledged) {
            throw new ImportRefusedException("import.confirm.acknowledgeRequired");
        }
        if (preview.get().validCount() == 0) {
            throw new ImportRefusedException("import.confirm.nothing");
        }
        return true;
    }

    public Optional<ImportOutcome> confirm(UUID id, String username, ImportMode mode, boolean skipAcknowledged) {
        return confirm(id, username, mode, skipAcknowledged, done -> { });
    }

    /**
     * @param progress told how many rows are written so far (the write is still one transaction)
     * @throws ImportRefusedException when the mode does not allow it; nothing is written then
     * @throws ir.shenava.customers.internal.CustomerRuleException if a rule breaks while writing; all rolled back
     */
    public Optional<ImportOutcome> confirm(UUID id, String username, ImportMode mode, boolean skipAcknowledged,
                                           java.util.function.IntConsumer progress) {
        Optional<ImportPreview> preview = preview(id, username);
        if (preview.isEmpty()) {
            return Optional.empty();
        }
        List<ImportRow> fresh = preview.get().rows().stream().map(r -> r.withErrors(List.of())).toList();
        List<ImportRow> checked = RowValidator.validate(preview.get().kind(), fresh, lookups());
        List<ImportRow> valid = checked.stream().filter(ImportRow::valid).toList();
        if (mode == ImportMode.ALL && valid.size() < checked.size()) {
            throw new ImportRefusedException("import.confirm.hasErrors");
        }
        if (mode == ImportMode.VALID_ONLY && !skipAcknowledged) {
            throw new ImportRefusedException("import.confirm.acknowledgeRequired");
        }
        if (valid.isEmpty()) {
            throw new ImportRefusedException("import.confirm.nothing");
        }
        ImportOutcome outcome = writer.write(preview.get().kind(), valid, progress);
        batches.deleteById(id);
        return Optional.of(outcome);
    }

    private Optional<ImportBatch> batch(UUID id, String username) {
        return batches.findById(id)
                .filter(b -> b.getCreatedBy().equals(username))
                .filter(b -> b.getCreatedAt().isAfter(clock.instant().minus(BATCH_LIFETIME)));
    }

    private ImportLookups lookups() {
        return new ImportLookups(
                customers::existsByCode,
                serial -> equipment.findBySerialNumber(serial)
                        .flatMap(e -> customers.findById(e.getCustomerId()))
                        .map(c -> CellValues.code(c.getCode())),
                username -> staff.findByUsername(username).isPresent(),
                JalaliDate.now(clock).toGregorian());
    }

    /** The JSON shape of {@code import_batch.rows_json}. */
    record StoredRows(List<ImportRow> rows) {
    }
}
