package ir.shenava.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.intake.Channel;
import ir.shenava.intake.TrackingCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** Registering relies on the unique constraints, not on a look-up first: the clashes must be told apart. */
@ShenavaIntegrationTest
class UniqueClashTest {

    @Autowired
    ComplaintRepository complaints;

    private static Submission submission(String key) {
        return new Submission("شاکی", null, null, "c@example.ir", null, null, null, "موضوع", "شرح", null, null, null, key);
    }

    @Test
    void aSecondComplaintWithTheSameCodeFailsOnTheTrackingCodeAndIsRecognised() {
        TrackingCode code = TrackingCode.random();
        complaints.save(new Complaint(code, Channel.WEB_FORM, submission(null), Instant.now()));

        Throwable clash = catchThrowable(() -> complaints.save(new Complaint(code, Channel.WEB_FORM, submission(null), Instant.now())));

        assertThat(clash).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(UniqueClash.onTrackingCode(clash)).isTrue();
        assertThat(UniqueClash.onSubmissionKey(clash)).isFalse();
    }

    @Test
    void aRepeatedSubmissionKeyIsTheSubmissionKeysClashNotATrackingCodes() {
        String key = "test:" + TrackingCode.random().value();
        complaints.save(new Complaint(TrackingCode.random(), Channel.WEB_FORM, submission(key), Instant.now()));

        Throwable repeated = catchThrowable(() -> complaints.save(
                new Complaint(TrackingCode.random(), Channel.WEB_FORM, submission(key), Instant.now())));

        assertThat(repeated).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(UniqueClash.onTrackingCode(repeated)).isFalse();
        assertThat(UniqueClash.onSubmissionKey(repeated)).isTrue();
    }
}
