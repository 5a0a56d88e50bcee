package ir.shenava.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.platform.Secrets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** Mailbox passwords are stored encrypted with a key outside the database; clear ones from before are upgraded. */
@ShenavaIntegrationTest
class MailboxSecretTest {

    @Autowired
    MailboxRepository mailboxes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Secrets secrets;
    @Autowired
    MailboxPasswordUpgrade upgrade;
    @Value("${shenava.data-dir}")
    String dataDir;
    @org.springframework.beans.factory.annotation.Value("${shenava.secret-key}")
    String secretKey;

    private Mailbox saved(String password) {
        return mailboxes.save(new Mailbox(new Mailbox.Settings("صندوق " + UUID.randomUUID(), "imap.example.ir", 993, true,
                "complaints", password, null, null)));
    }

    @Test
    void thePasswordIsStoredEncryptedAndReadBackInClear() throws Exception {
        String password = "Imap-pass-" + UUID.randomUUID();
        long id = saved(password).getId();
        String stored = jdbc.queryForObject("select password from mailbox where id = ?", String.class, id);
        assertThat(stored).startsWith("v1:").doesNotContain(password);
        assertThat(mailboxes.findById(id).orElseThrow().getPassword()).isEqualTo(password);
        assertThat(secrets.encrypt(password)).as("a fresh nonce each time").isNotEqualTo(stored);

        // the suite configures shenava.secret-key; the key file made without one is SecretsTest's
        assertThat(jdbc.queryForObject("select count(*) from mailbox where password like ?", Integer.class,
                "%" + secretKey + "%")).isZero();
    }

    @Test
    void aPasswordKeptInClearByAnEarlierVersionIsEncryptedOnStart() {
        long id = saved("placeholder").getId();
        jdbc.update("update mailbox set password = ? where id = ?", "old-clear-pass", id);
        assertThat(mailboxes.findById(id).orElseThrow().getPassword()).as("still readable before").isEqualTo("old-clear-pass");

        assertThat(upgrade.encryptClearPasswords()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select password from mailbox where id = ?", String.class, id)).startsWith("v1:");
        assertThat(mailboxes.findById(id).orElseThrow().getPassword()).isEqualTo("old-clear-pass");
        assertThat(upgrade.encryptClearPasswords()).as("nothing left in clear").isZero();
    }
}
