package ir.shenava.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.transaction.support.TransactionTemplate;

@ShenavaIntegrationTest
class PublicationBookkeepingTest {

    @Autowired
    EventPublicationRepository publications;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    private String synchronousCommit() {
        return jdbc.queryForObject("show synchronous_commit", String.class);
    }

    @Test
    void theMarksOfAListenersRunDoNotWaitForTheDiskButOnlyInTheirOwnTransaction() {
        String afterMark = transactions.execute(status -> {
            jdbc.execute("set local synchronous_commit to on");   // the test database runs with it off
            publications.markProcessing(UUID.randomUUID());
            return synchronousCommit();
        });
        assertThat(afterMark).isEqualTo("off");

        String unmarked = transactions.execute(status -> {
            jdbc.execute("set local synchronous_commit to on");
            publications.findIncompletePublications();
            return synchronousCommit();
        });
        assertThat(unmarked).isEqualTo("on");
    }
}
