package ir.shenava.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import ir.shenava.ShenavaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

@ShenavaIntegrationTest
class LinkSecretTest {

    @Autowired
    LinkSecret secret;
    @Autowired
    JdbcClient jdbcClient;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void withoutAConfiguredSecretOneRandomKeyIsKeptInTheDatabaseForEveryNodeAndRestart() {
        byte[] key = secret.key();
        assertThat(key).hasSize(32);
        assertThat(jdbc.queryForObject("select count(*) from link_secret", Integer.class)).isEqualTo(1);
        LinkSecret anotherNode = new LinkSecret(jdbcClient, transactions, Clock.systemUTC(), "");
        assertThat(anotherNode.key()).isEqualTo(key);
    }

    @Test
    @Transactional(readOnly = true)
    void theKeyIsFoundFromInsideAReadOnlyTransaction() {
        LinkSecret fresh = new LinkSecret(jdbcClient, transactions, Clock.systemUTC(), null);
        assertThat(fresh.key()).isEqualTo(secret.key());
    }
}
