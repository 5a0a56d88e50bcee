package ir.shenava.servicerecords.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One sampled service record in a review and what the reviewer found about its confirmation form. */
@Entity
@Table(name = "confirmation_review_item")
public class ConfirmationReviewItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long reviewId;
    private Long recordId;
    private Long stratumStaffId;
    private boolean formPresent;
    private boolean filled;
    private boolean stamped;
    private boolean signed;
    private boolean consistent;
    private boolean customerCalled;
    private Boolean customerSatisfied;
    private String customerSaid;
    private String findings;
    private String reviewedBy;
    private Instant reviewedAt;
    private String caseRequestedBy;
    private Instant caseRequestedAt;
    @Version
    private long version;

    protected ConfirmationReviewItem() {
    }

    public ConfirmationReviewItem(long reviewId, long recordId, long stratum) {
        this.reviewId = reviewId;
        this.recordId = recordId;
        this.stratumStaffId = stratum == StratifiedSample.NO_EXPERT ? null : stratum;
    }

    /** Records the reviewer's findings (again, if they correct themselves) and marks the item reviewed. */
    void review(ReviewFindings f, String by, Instant at) {
        this.formPresent = f.formPresent();
        this.filled = f.formPresent() && f.filled();
        this.stamped = f.formPresent() && f.stamped();
        this.signed = f.formPresent() && f.signed();
        this.consistent = f.formPresent() && f.consistent();
        this.customerCalled = f.customerCalled();
        this.customerSatisfied = f.customerCalled() ? f.customerSatisfied() : null;
        this.customerSaid = f.customerCalled() ? blankToNull(f.customerSaid()) : null;
        this.findings = blankToNull(f.findings());
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    /** The defects found; none before the item is reviewed. A missing form is one defect, not five. */
    public List<DefectKind> defects() {
        List<DefectKind> defects = new ArrayList<>();
        if (!isReviewed()) {
            return defects;
        }
        if (!formPresent) {
            defects.add(DefectKind.MISSING);
        } else {
            if (!filled) {
                defects.add(DefectKind.NOT_FILLED);
            }
            if (!stamped) {
                defects.add(DefectKind.NOT_STAMPED);
            }
            if (!signed) {
                defects.add(DefectKind.NOT_SIGNED);
            }
            if (!consistent) {
                defects.add(DefectKind.INCONSISTENT);
            }
        }
        if (customerCalled && Boolean.FALSE.equals(customerSatisfied)) {
            defects.add(DefectKind.NOT_SATISFIED);
        }
        return defects;
    }

    public boolean hasFindings() {
        return findings != null && !findings.isBlank();
    }

    public boolean isReviewed() {
        return reviewedAt != null;
    }

    public boolean isCaseRequested() {
        return caseRequestedAt != null;
    }

    /** The stratum key: the expert's staff id or {@link StratifiedSample#NO_EXPERT}. */
    public long getStratum() {
        return stratumStaffId == null ? StratifiedSample.NO_EXPERT : stratumStaffId;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public Long getRecordId() {
        return recordId;
    }

    public Long getStratumStaffId() {
        return stratumStaffId;
    }

    public boolean isFormPresent() {
        return formPresent;
    }

    public boolean isFilled() {
        return filled;
    }

    public boolean isStamped() {
        return stamped;
    }

    public boolean isSigned() {
        return signed;
    }

    public boolean isConsistent() {
        return consistent;
    }

    public boolean isCustomerCalled() {
        return customerCalled;
    }

    public Boolean getCustomerSatisfied() {
        return customerSatisfied;
    }

    public String getCustomerSaid() {
        return customerSaid;
    }

    public String getFindings() {
        return findings;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getCaseRequestedBy() {
        return caseRequestedBy;
    }

    public Instant getCaseRequestedAt() {
        return caseRequestedAt;
    }
}
