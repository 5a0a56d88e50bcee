package ir.shenava.platform;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HMAC keys shared by every node: a form signed by one node is checked by another (a load balancer
 * without sticky sessions sends the page and its submission to different nodes), and a restart
 * does not invalidate what was handed out before it. One random key per purpose, in table
 * {@code signing_key}, sealed with {@link Secrets} so that a copy of the database alone does not
 * give it away. Read once per purpose, in a transaction of its own (the first caller may be inside
 * a read-only one), and then kept: keys never change.
 */
@Component
public class SigningKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Secrets secrets;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Map<String, SecretKeySpec> keys = new ConcurrentHashMap<>();

    SigningKeys(JdbcClient jdbc, Secrets secrets, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The HmacSHA256 key of a purpose ("intake-proof-of-work"), the same on every node. */
    public SecretKeySpec hmac(String purpose) {
        return keys.computeIfAbsent(purpose, p -> new SecretKeySpec(stored(p), "HmacSHA256"));
    }

    /**
     * A node given another {@code shenava.secret-key} than the node that sealed the keys would refuse
     * every form its neighbours hand out: it stops at start instead, saying why.
     */
    @EventListener(ApplicationReadyEvent.class)
    void checkSealedKeys() {
        jdbc.sql("select purpose, sealed from signing_key").query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().forEach(row -> keys.computeIfAbsent(row.getKey(), p -> new SecretKeySpec(open(p, row.getValue()), "HmacSHA256")));
    }

    /** The first node to get here writes its random key; every node then reads the one that won. */
    private byte[] stored(String purpose) {
        String sealed = ownTransaction.execute(status -> {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            jdbc.sql("insert into signing_key (purpose, sealed, created_at) values (?, ?, ?) on conflict do nothing")
                    .params(purpose, secrets.encrypt(Base64.getEncoder().encodeToString(fresh)), Timestamp.from(clock.instant()))
                    .update();
            return jdbc.sql("select sealed from signing_key where purpose = ?").param(purpose).query(String.class).single();
        });
        return open(purpose, sealed);
    }

    private byte[] open(String purpose, String sealed) {
        try {
            return Base64.getDecoder().decode(secrets.decrypt(sealed));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("The signing key '" + purpose + "' was sealed by a node with another "
                    + "shenava.secret-key: give every node the same SHENAVA_SECRET_KEY", e);
        }
    }
}
