package ir.shenava.platform;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff sessions live in PostgreSQL (V73), and Spring Session writes a session's row after every
 * request only to move its last-access time: a durable write, a WAL flush and a dead row per page
 * view, for every signed-in click. Here the row is written when something that matters changed —
 * the session id (sign-in), the principal, the timeout — or when the last write is at least
 * {@link #TOUCH_EVERY} old. A session therefore expires up to that much before its nominal
 * timeout, which nobody notices at 30 minutes and saves the write on nearly every page.
 *
 * <p>The update keeps Spring Session's parameters and their order (id, last access, timeout,
 * expiry, principal, primary key): the values come in through a one-row {@code VALUES} list and
 * the {@code WHERE} compares them with the row. Attributes are written by their own statements,
 * untouched by this.
 */
@Configuration(proxyBeanMethods = false)
class SessionTouches {

    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    static final String UPDATE_SESSION = """
            UPDATE %TABLE_NAME% s
            SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access, MAX_INACTIVE_INTERVAL = v.max_inactive,
                EXPIRY_TIME = v.expiry, PRINCIPAL_NAME = v.principal
            FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INT), CAST(? AS BIGINT), CAST(? AS VARCHAR(100)),
                          CAST(? AS CHAR(36)))) AS v (session_id, last_access, max_inactive, expiry, principal, primary_id)
            WHERE s.PRIMARY_ID = v.primary_id
              AND (s.SESSION_ID <> v.session_id OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal
                   OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive OR v.last_access - s.LAST_ACCESS_TIME >= %TOUCH_MILLIS%)
            """.replace("%TOUCH_MILLIS%", Long.toString(TOUCH_EVERY.toMillis()));

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTouchesEveryMinute() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION);
    }

    /**
     * A session attribute written as an upsert. Two requests of one session at once (two tabs, or a
     * post and the page it redirects to) that both add the same attribute for the first time — the
     * flash messages, typically — otherwise both insert its row, and the second fails on the primary
     * key: an error page for a request that did nothing wrong.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesUpserted() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * The session's reads and writes run in plain JDBC transactions. Spring Session otherwise takes
     * the application's transaction manager, JPA's here, which opens and closes a Hibernate session
     * around the statements every signed-in request makes (read the session, maybe touch it): about
     * a twelfth of the CPU of a simple page, for nothing JPA does. Set on Spring Session's
     * configuration before it builds the repository; a bean of type {@code TransactionOperations}
     * instead would make Boot drop the application's own {@code TransactionTemplate}.
     */
    @Bean
    static BeanPostProcessor sessionsInPlainJdbcTransactions(ObjectProvider<DataSource> dataSource) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof JdbcHttpSessionConfiguration sessions) {
                    sessions.setTransactionOperations(new TransactionTemplate(new JdbcTransactionManager(dataSource.getObject())));
                }
                return bean;
            }
        };
    }
}
