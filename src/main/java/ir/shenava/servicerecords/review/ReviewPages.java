package ir.shenava.servicerecords.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerSummary;
import ir.shenava.servicerecords.ConfirmationReviewSummary;
import ir.shenava.servicerecords.ServiceType;
import ir.shenava.servicerecords.internal.AttachmentInfo;
import ir.shenava.servicerecords.internal.ServiceAttachment;
import ir.shenava.servicerecords.internal.ServiceAttachmentRepository;
import ir.shenava.servicerecords.internal.ServiceConfirmation;
import ir.shenava.servicerecords.internal.ServiceConfirmationRepository;
import ir.shenava.servicerecords.internal.ServiceRecord;
import ir.shenava.servicerecords.internal.ServiceRecordRepository;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the review pages show: the history, one review with its items and summary, one item beside its record. */
@Service
@Transactional(readOnly = true)
public class ReviewPages {

    /** A line of the history. */
    public record HistoryLine(ConfirmationReview review, ConfirmationReviewSummary summary) {
    }

    /** A row of the items table. */
    public record ItemRow(ConfirmationReviewItem item, String customerName, ServiceType type, LocalDate doneOn,
                          String expertName, List<DefectKind> defects) {
    }

    /** A line of the per-expert summary. */
    public record ExpertLine(String expertName, int sampled, int reviewed, int defects) {
    }

    public record ReviewSheet(ConfirmationReview review, List<ItemRow> rows, ConfirmationReviewSummary summary,
                              List<ExpertLine> experts) {
    }

    /** One item beside its service record, its stored checklist and the scan of its form. */
    public record ItemSheet(ConfirmationReview review, ConfirmationReviewItem item, ServiceRecord record,
                            String customerName, String expertName, List<String> staffNames,
                            ServiceConfirmation confirmation, AttachmentInfo scan, List<AttachmentInfo> otherScans,
                            List<DefectKind> defects) {

        public boolean scanIsImage() {
            return scan != null && scan.contentType().startsWith("image/");
        }
    }

    private final ConfirmationReviewRepository reviews;
    private final ConfirmationReviewItemRepository items;
    private final ServiceRecordRepository records;
    private final ServiceConfirmationRepository confirmations;
    private final ServiceAttachmentRepository attachments;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;

    ReviewPages(ConfirmationReviewRepository reviews, ConfirmationReviewItemRepository items,
                ServiceRecordRepository records, ServiceConfirmationRepository confirmations,
                ServiceAttachmentRepository attachments, CustomerDirectory customers, StaffDirectory staff) {
        this.reviews = reviews;
        this.items = items;
        this.records = records;
        this.confirmations = confirmations;
        this.attachments = attachments;
        this.customers = customers;
        this.staff = staff;
    }

    public List<HistoryLine> history() {
        List<ConfirmationReview> all = reviews.findAllByOrderByStartedAtDescIdDesc();
        Map<Long, List<ConfirmationReviewItem>> byReview = items.findByReviewIdIn(
                all.stream().map(ConfirmationReview::getId).toList()).stream()
                .collect(Collectors.groupingBy(ConfirmationReviewItem::getReviewId));
        return all.stream().map(r -> new HistoryLine(r, ReviewTally.summary(r, byReview.getOrDefault(r.getId(), List.of()))))
                .toList();
    }

    public Optional<ReviewSheet> sheet(long reviewId) {
        return reviews.findById(reviewId).map(review -> {
            List<ConfirmationReviewItem> list = items.findByReviewIdOrderById(reviewId);
            Map<Long, ServiceRecord> recordsById = records.findAllById(list.stream().map(ConfirmationReviewItem::getRecordId).toList())
                    .stream().collect(Collectors.toMap(ServiceRecord::getId, Function.identity()));
            Map<Long, CustomerSummary> customerById = customers.findAll(recordsById.values().stream()
                    .map(ServiceRecord::getCustomerId).collect(Collectors.toSet()));
            Map<Long, String> names = new HashMap<>();
            List<ItemRow> rows = new ArrayList<>();
            Map<Long, int[]> perExpert = new LinkedHashMap<>();
            for (ConfirmationReviewItem item : list) {
                ServiceRecord record = recordsById.get(item.getRecordId());
                CustomerSummary customer = record == null ? null : customerById.get(record.getCustomerId());
                rows.add(new ItemRow(item, customer == null ? null : customer.name(), record == null ? null : record.getType(),
                        record == null ? null : record.getDoneOn(), expertName(item.getStratum(), names), item.defects()));
                int[] line = perExpert.computeIfAbsent(item.getStratum(), k -> new int[3]);
                line[0]++;
                line[1] += item.isReviewed() ? 1 : 0;
                line[2] += item.defects().size();
            }
            List<ExpertLine> experts = perExpert.entrySet().stream()
                    .map(e -> new ExpertLine(expertName(e.getKey(), names), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                    .toList();
            return new ReviewSheet(review, rows, ReviewTally.summary(review, list), experts);
        });
    }

    public Optional<ItemSheet> itemSheet(long reviewId, long itemId) {
        Optional<ConfirmationReview> review = reviews.findById(reviewId);
        Optional<ConfirmationReviewItem> item = items.findById(itemId).filter(i -> i.getReviewId() == reviewId);
        if (review.isEmpty() || item.isEmpty()) {
            return Optional.empty();
        }
        ServiceRecord record = records.findById(item.get().getRecordId()).orElseThrow();
        ServiceConfirmation confirmation = confirmations.findById(record.getId()).orElse(null);
        List<AttachmentInfo> scans = attachments.listFor(record.getId()).stream()
                .filter(a -> a.kind() == ServiceAttachment.Kind.CONFIRMATION).toList();
        AttachmentInfo scan = scans.stream()
                .filter(a -> confirmation != null && a.id().equals(confirmation.getAttachmentId())).findFirst()
                .orElse(scans.isEmpty() ? null : scans.get(scans.size() - 1));
        Map<Long, String> names = new HashMap<>();
        String customerName = customers.findAll(Set.of(record.getCustomerId())).values().stream()
                .map(CustomerSummary::name).findFirst().orElse(null);
        List<String> staffNames = record.getStaffIds().stream().sorted().map(id -> expertName(id, names)).toList();
        return Optional.of(new ItemSheet(review.get(), item.get(), record, customerName,
                expertName(item.get().getStratum(), names), staffNames, confirmation, scan,
                scans.stream().filter(a -> a != scan).toList(), item.get().defects()));
    }

    /** The staff member's name; null for the no-staff stratum (the page shows its own label). */
    private String expertName(long staffId, Map<Long, String> cache) {
        if (staffId == StratifiedSample.NO_EXPERT) {
            return null;
        }
        return cache.computeIfAbsent(staffId, id -> staff.find(new StaffId(id)).map(StaffSummary::fullName)
                .orElse("#" + id));
    }
}
