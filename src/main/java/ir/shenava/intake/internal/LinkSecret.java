package ir.shenava.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The key of the signed links: {@code shenava.link-secret} when set, else one random key kept in the
 * database, so that a restart does not break the links already mailed and all nodes share it.
 * Read lazily in its own transaction: the first caller may be inside a read-only one.
 */
@Component
class LinkSecret {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final byte[] configured;
    private volatile byte[] key;

    LinkSecret(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
               @Value("${shenava.link-secret:}") String configured) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.configured = configured == null || configured.isBlank() ? null : configured.getBytes(StandardCharsets.UTF_8);
    }

    byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = configured != null ? configured : ownTransaction.execute(status -> stored());
            key = k;
        }
        return k;
    }

    /** The first node to get here writes its random key; every node then reads the one that won. */
    private byte[] stored() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("insert into link_secret (id, secret, created_at) values (1, ?, ?) on conflict do nothing")
                .params(fresh, Timestamp.from(clock.instant())).update();
        return jdbc.sql("select secret from link_secret where id = 1").query(byte[].class).single();
    }
}
