package ir.shenava.intake.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.cases.internal.CaseRepository;
import ir.shenava.intake.Channel;
import ir.shenava.servicerecords.ConfirmationFindingRaised;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Policy 6: a finding of the confirmation sample review is investigated as a complaint of its own, once. */
@ShenavaIntegrationTest
class InternalReviewsTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    CaseRepository cases;

    @Test
    void aFindingBecomesAnInternalReviewComplaintAndACaseOnlyOnce() {
        long item = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
        ConfirmationFindingRaised finding = new ConfirmationFindingRaised(1, item, 42, 999_999_999L,
                "برگه مهر ندارد و امضا با نام کارشناس نمی‌خواند", "nobody", Instant.now());
        transactions.executeWithoutResult(t -> events.publishEvent(finding));
        transactions.executeWithoutResult(t -> events.publishEvent(finding));

        Complaint complaint = await().atMost(Duration.ofSeconds(20))
                .until(() -> complaints.findBySubmissionKey("review-item:" + item).orElse(null), c -> c != null);
        assertThat(complaint.getChannel()).isEqualTo(Channel.INTERNAL_REVIEW);
        assertThat(complaint.getSourceRef()).isEqualTo("service-record:42");
        assertThat(complaint.getSubject()).startsWith("یافته بازبینی برگه تأییدیه").contains("42");
        assertThat(complaint.getDescription()).contains("برگه مهر ندارد");
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.existsById(complaint.getId()));
    }
}
