package ir.shenava.platform;

import java.util.Optional;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ShedLock on PostgreSQL (table {@code shedlock}): a job annotated {@code @SchedulerLock} runs on
 * one app node at a time. Lock times come from the database's clock, not the nodes', so nodes whose
 * clocks drift apart (or a test that moves the application's {@link java.time.Clock}) still agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulerLockConfiguration {

    /** In the demo profile no job runs while the demo data is generated (see {@link DemoClock}). */
    @Bean
    LockProvider lockProvider(DataSource dataSource, ObjectProvider<DemoClock> demo) {
        LockProvider database = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
        DemoClock clock = demo.getIfAvailable();
        return clock == null ? database : config -> clock.generating() ? Optional.empty() : database.lock(config);
    }
}
