package ir.shenava.platform;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Beans the whole application shares; scheduled jobs switch themselves on by their own properties. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlatformConfiguration {

    /** Time always comes from here so that tests can move it. */
    @Bean
    Clock clock(@Value("${shenava.time-zone:Asia/Tehran}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    /**
     * The event publication registry with its bookkeeping batched ({@link BatchedCompletions}); off
     * with {@code shenava.events.batch-completions=false}, and only where completed publications
     * are deleted.
     */
    @Bean
    @Primary
    @ConditionalOnProperty(name = "spring.modulith.events.completion-mode", havingValue = "delete")
    @ConditionalOnBooleanProperty(name = "shenava.events.batch-completions", matchIfMissing = true)
    BatchedCompletions batchedEventCompletions(
            @Qualifier("jdbcEventPublicationRepository") EventPublicationRepository registry, JdbcTemplate jdbc) {
        return new BatchedCompletions(registry, jdbc, "event_publication");
    }

    @Bean
    PublicEndpoints platformPublicEndpoints() {
        List<String> patterns = new ArrayList<>(PublicEndpoints.STATIC_FILE_PREFIXES.stream().map(p -> p + "**").toList());
        patterns.addAll(List.of("/favicon.ico", "/error", "/error/**", "/actuator/health", "/actuator/health/**", "/lang"));
        return new PublicEndpoints(List.copyOf(patterns));
    }
}
