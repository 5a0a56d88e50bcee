package ir.shenava.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintRegistered;
import ir.shenava.intake.internal.Complaint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A redelivered ComplaintRegistered (after a crash, or resubmitted) finds its case and does nothing. */
@ShenavaIntegrationTest
class CaseOpeningTest {

    @Autowired
    CaseOpening opening;
    @Autowired
    CaseTestSupport support;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aComplaintOpensOneCaseHoweverOftenItsEventArrives() {
        Complaint complaint = support.complaint(Channel.WEB_FORM, "دستگاه دیر رسید", "case-open@example.ir");
        ComplaintCase opened = support.caseOf(complaint.getId());
        ComplaintRegistered again = new ComplaintRegistered(complaint.getId(), complaint.getTrackingCode().value(),
                Channel.WEB_FORM, "SALES", null, null, false, "case-open@example.ir", complaint.getReceivedAt());

        assertThat(opening.open(again)).isEmpty();
        assertThat(opening.open(again)).isEmpty();

        assertThat(jdbc.queryForObject("select count(*) from complaint_case where id = ?", Integer.class, complaint.getId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from case_audit where case_id = ? and action = 'OPENED'", Integer.class,
                opened.getId())).isEqualTo(1);
    }

    @Test
    void noCaseForAComplaintThatDoesNotExist() {
        assertThat(opening.open(new ComplaintRegistered(Long.MAX_VALUE, "X", Channel.PHONE, "SALES", null, null, false, null,
                java.time.Instant.now()))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from complaint_case where id = ?", Integer.class, Long.MAX_VALUE))
                .isZero();
    }
}
