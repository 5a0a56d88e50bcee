package ir.shenava.servicerecords.review;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One sample review of confirmation forms: the period, how the sample was drawn, and when it was done. */
@Entity
@Table(name = "confirmation_review")
public class ConfirmationReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ReviewPeriod.Kind periodKind;
    private String periodLabel;
    private LocalDate fromDay;
    private LocalDate toDay;
    @Enumerated(EnumType.STRING)
    @Column(name = "sample_mode")
    private SampleSize.Mode sampleMode;
    private int sampleValue;
    private long seed;
    private int populationSize;
    private int sampleSize;
    private String startedBy;
    private Instant startedAt;
    private Instant completedAt;
    @Version
    private long version;

    protected ConfirmationReview() {
    }

    public ConfirmationReview(ReviewPeriod period, SampleSize size, long seed, int populationSize, int sampleSize,
                              String startedBy, Instant now) {
        this.periodKind = period.kind();
        this.periodLabel = period.label();
        this.fromDay = period.from();
        this.toDay = period.to();
        this.sampleMode = size.mode();
        this.sampleValue = size.value();
        this.seed = seed;
        this.populationSize = populationSize;
        this.sampleSize = sampleSize;
        this.startedBy = startedBy;
        this.startedAt = now;
    }

    /** Called when the last item is reviewed; the first completion time is kept. */
    void complete(Instant at) {
        if (completedAt == null) {
            completedAt = at;
        }
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public String getPersianPeriod() {
        return ReviewPeriod.persianLabel(periodKind, periodLabel);
    }

    public Long getId() {
        return id;
    }

    public ReviewPeriod.Kind getPeriodKind() {
        return periodKind;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public LocalDate getToDay() {
        return toDay;
    }

    public SampleSize.Mode getSampleMode() {
        return sampleMode;
    }

    public int getSampleValue() {
        return sampleValue;
    }

    public long getSeed() {
        return seed;
    }

    public int getPopulationSize() {
        return populationSize;
    }

    public int getSampleSize() {
        return sampleSize;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
