package ir.shenava.intake.mail;

import java.util.List;
import java.util.Map;

import ir.shenava.platform.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Earlier versions kept mailbox passwords in clear: on start, each one still in clear is encrypted
 * in place. The update names the old value, so two nodes starting together cannot encrypt twice.
 */
@Component
class MailboxPasswordUpgrade {

    private static final Logger log = LoggerFactory.getLogger(MailboxPasswordUpgrade.class);

    private final JdbcTemplate jdbc;
    private final Secrets secrets;

    MailboxPasswordUpgrade(JdbcTemplate jdbc, Secrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    @EventListener(ApplicationReadyEvent.class)
    int encryptClearPasswords() {
        List<Map<String, Object>> clear = jdbc.queryForList("select id, password from mailbox where password not like ?",
                "v1:%");
        int done = 0;
        for (Map<String, Object> row : clear) {
            String password = (String) row.get("password");
            done += jdbc.update("update mailbox set password = ?, version = version + 1 where id = ? and password = ?",
                    secrets.encrypt(password), row.get("id"), password);
        }
        if (done > 0) {
            log.info("Encrypted {} mailbox password(s) stored in clear by an earlier version", done);
        }
        return done;
    }
}
