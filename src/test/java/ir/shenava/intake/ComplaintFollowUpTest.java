package ir.shenava.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The summary other modules read is the complaint as stored, field by field. */
@ShenavaIntegrationTest
class ComplaintFollowUpTest {

    @Autowired
    ComplaintIntake intake;
    @Autowired
    ComplaintFollowUp followUp;

    @Test
    void theSummaryIsTheComplaintAsStored() {
        Complaint c = intake.register(Channel.PHONE, new Submission("نرگس رضائی", "بیمارستان مهر", PhoneNumber.parse("09127770011"),
                "narges@example.ir", "SALES", "SN-77", SatisfactionLevel.values()[1], "تأخیر در تحویل", "شرح تأخیر",
                "تحویل فوری", null, "call-1", UUID.randomUUID().toString()), List.of());

        ComplaintSummary s = followUp.summary(c.getId()).orElseThrow();

        assertThat(s.id()).isEqualTo(c.getId());
        assertThat(s.trackingCode()).isEqualTo(c.getTrackingCode().value());
        assertThat(s.channel()).isEqualTo(Channel.PHONE);
        // the case opened after the commit may have acknowledged it already (its listener runs on another thread)
        assertThat(s.status()).isIn(c.getStatus(), ComplaintStatus.ACKNOWLEDGED);
        assertThat(s.categoryCode()).isEqualTo("SALES");
        assertThat(s.confidential()).isFalse();
        assertThat(s.customerId()).isEqualTo(c.getCustomerId());
        assertThat(s.contactId()).isEqualTo(c.getContactId());
        assertThat(s.contactName()).isEqualTo(c.getContactName());
        assertThat(s.organisation()).isEqualTo(c.getOrganisation());
        assertThat(s.contactPhone()).isEqualTo(c.getContactPhone());
        assertThat(s.contactEmail()).isEqualTo("narges@example.ir");
        assertThat(s.satisfaction()).isEqualTo(c.getSatisfaction().intValue());
        assertThat(s.subject()).isEqualTo(c.getSubject());
        assertThat(s.description()).isEqualTo(c.getDescription());
        assertThat(s.remedySought()).isEqualTo(c.getRemedySought());
        assertThat(s.receivedAt()).isCloseTo(c.getReceivedAt(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MICROS));   // PostgreSQL keeps microseconds
        assertThat(s.receivedBy()).isNull();
        assertThat(s.ownerId()).isEqualTo(c.getOwnerId());
        assertThat(followUp.summary(Long.MAX_VALUE)).isEmpty();
    }
}
