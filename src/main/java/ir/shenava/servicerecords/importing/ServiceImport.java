package ir.shenava.servicerecords.importing;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import ir.shenava.servicerecords.internal.ExternalRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Upload → preview → confirm of the ERP's export of services. Rows are checked on upload for the
 * preview and again on confirmation (the database may have changed in between); the confirmation
 * writes in one transaction: every row it means to write, or none. A document number (شماره سند)
 * that is already in the database, or repeats in the file, is a row error.
 */
@Service
@Transactional
public class ServiceImport {

    /** Unconfirmed batches are forgotten after a day; nobody confirms yesterday's preview. */
    static final Duration BATCH_LIFETIME = Duration.ofDays(1);

    private final ServiceImportBatchRepository batches;
    private final ExternalRecords records;
    private final ObjectMapper json;
    private final Clock clock;

    ServiceImport(ServiceImportBatchRepository batches, ExternalRecords records, ObjectMapper json, Clock clock) {
        this.batches = batches;
        this.records = records;
        this.json = json;
        this.clock = clock;
    }

    public static int maxBytes() {
        return ServiceImportTable.MAX_BYTES;
    }

    /** Stores the checked rows; throws {@link ServiceImportException} and stores nothing for an unusable file. */
    public UUID upload(String fileName, byte[] content, String username) {
        List<ServiceImportRow> rows = check(ServiceImportTable.read(content));
        batches.deleteOlderThan(clock.instant().minus(BATCH_LIFETIME));
        String name = fileName == null || fileName.isBlank() ? "-" : fileName.strip();
        ServiceImportBatch batch = new ServiceImportBatch(name.length() > 255 ? name.substring(0, 255) : name,
                json.writeValueAsString(new StoredRows(rows)), username, clock.instant());
        return batches.save(batch).getId();
    }

    /** Empty when the batch does not exist, is too old, or belongs to someone else. */
    @Transactional(readOnly = true)
    public Optional<ServiceImportPreview> preview(UUID id, String username) {
        return batches.findById(id)
                .filter(b -> b.getCreatedBy().equals(username))
                .filter(b -> b.getCreatedAt().isAfter(clock.instant().minus(BATCH_LIFETIME)))
                .map(b -> new ServiceImportPreview(b.getId(), b.getFileName(),
                        json.readValue(b.getRowsJson(), StoredRows.class).rows()));
    }

    /**
     * The quick checks of {@link #confirm} on the preview as uploaded, made before the work is started
     * in the background, so that a refusal is told on the preview page at once.
     *
     * @return false when the batch does not exist (or is not this person's)
     * @throws ServiceImportException when the mode does not allow it
     */
    @Transactional(readOnly = true)
    public boolean check(UUID id, String username, ServiceImportMode mode, boolean skipAcknowledged) {
        Optional<ServiceImportPreview> preview = preview(id, username);
        if (preview.isEmpty()) {
            return false;
        }
        if (mode == ServiceImportMode.ALL && preview.get().errorCount() > 0) {
            throw new ServiceImportException("serviceImport.confirm.hasErrors");
        }
        if (mode == ServiceImportMode.VALID_ONLY && !skipAcknowledged) {
            throw new ServiceImportException("serviceImport.confirm.acknowledgeRequired");
        }
        if (preview.get().validCount() == 0) {
            throw new ServiceImportException("serviceImport.confirm.nothing");
        }
        return true;
    }

    public Optional<Integer> confirm(UUID id, String username, ServiceImportMode mode, boolean skipAcknowledged) {
        return confirm(id, username, mode, skipAcknowledged, done -> { });
    }

    /**
     * @param progress told how many records are written so far (the write is still one transaction)
     * @return how many records were written; empty when there is no such batch of this user
     * @throws ServiceImportException when the mode does not allow it; nothing is written then
     */
    public Optional<Integer> confirm(UUID id, String username, ServiceImportMode mode, boolean skipAcknowledged,
                                     java.util.function.IntConsumer progress) {
        Optional<ServiceImportPreview> preview = preview(id, username);
        if (preview.isEmpty()) {
            return Optional.empty();
        }
        List<ServiceImportRow> checked = check(preview.get().rows().stream().map(r -> r.withErrors(List.of())).toList());
        List<ServiceImportRow> valid = checked.stream().filter(ServiceImportRow::valid).toList();
        if (mode == ServiceImportMode.ALL && valid.size() < checked.size()) {
            throw new ServiceImportException("serviceImport.confirm.hasErrors");
        }
        if (mode == ServiceImportMode.VALID_ONLY && !skipAcknowledged) {
            throw new ServiceImportException("serviceImport.confirm.acknowledgeRequired");
        }
        if (valid.isEmpty()) {
            throw new ServiceImportException("serviceImport.confirm.nothing");
        }
        int written = 0;
        for (ServiceImportRow row : valid) {
            records.write(records.check(input(row)), username);
            progress.accept(++written);
        }
        batches.deleteById(id);
        return Optional.of(valid.size());
    }

    private List<ServiceImportRow> check(List<ServiceImportRow> rows) {
        Set<String> refsInFile = new HashSet<>();
        List<ServiceImportRow> checked = new ArrayList<>();
        for (ServiceImportRow row : rows) {
            List<ServiceImportRow.Problem> problems = new ArrayList<>();
            records.check(input(row)).problems().forEach(p -> problems.add(
                    new ServiceImportRow.Problem(ServiceColumn.of(p.field()).key(), p.key(), p.args())));
            String ref = ExternalRecords.externalRef(row.value(ServiceColumn.EXTERNAL_REF.key()));
            if (ref != null && !refsInFile.add(ref)) {
                problems.add(new ServiceImportRow.Problem(ServiceColumn.EXTERNAL_REF.key(),
                        "serviceImport.error.externalRef.repeated", List.of(ref)));
            } else if (ref != null && records.findByExternalRef(ref).isPresent()) {
                problems.add(new ServiceImportRow.Problem(ServiceColumn.EXTERNAL_REF.key(),
                        "serviceImport.error.externalRef.imported", List.of(ref)));
            }
            checked.add(row.withErrors(problems));
        }
        return checked;
    }

    private static ExternalRecords.Input input(ServiceImportRow row) {
        List<String> staff = Arrays.stream(row.value(ServiceColumn.STAFF.key()).split("[,،;]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ExternalRecords.Input(row.value(ServiceColumn.TYPE.key()), row.value(ServiceColumn.CUSTOMER_CODE.key()),
                row.value(ServiceColumn.EQUIPMENT_SERIAL.key()), row.value(ServiceColumn.PLANNED_ON.key()),
                row.value(ServiceColumn.DONE_ON.key()), staff, row.value(ServiceColumn.REPORT.key()),
                row.value(ServiceColumn.EXTERNAL_REF.key()));
    }

    /** The JSON shape of {@code service_import_batch.rows_json}. */
    record StoredRows(List<ServiceImportRow> rows) {
    }
}
