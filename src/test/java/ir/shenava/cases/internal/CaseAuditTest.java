package ir.shenava.cases.internal;

import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.intake.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit trail is append-only in the database itself, whatever the application tries. */
@ShenavaIntegrationTest
class CaseAuditTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseTestSupport support;
    @Autowired
    CaseAudit audit;

    @Test
    void theAuditTableRefusesUpdateDeleteAndTruncate() {
        long id = support.complaint(Channel.WEB_FORM, "ممیزی " + UUID.randomUUID(), null).getId();
        support.caseOf(id);
        assertThat(audit.of(id)).extracting(CaseAudit.Entry::action).containsExactly("OPENED", "ACKNOWLEDGE");
        assertThatThrownBy(() -> jdbc.update("update case_audit set action = 'FORGED' where case_id = ?", id))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from case_audit where case_id = ?", id))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate case_audit cascade"))
                .rootCause().hasMessageContaining("append-only");
        assertThat(audit.of(id)).extracting(CaseAudit.Entry::action).containsExactly("OPENED", "ACKNOWLEDGE");
        assertThat(audit.of(id).get(1).before()).containsEntry("state", "RECEIVED");
        assertThat(audit.of(id).get(1).after()).containsEntry("state", "ACKNOWLEDGED").containsEntry("automatic", true);
    }
}
