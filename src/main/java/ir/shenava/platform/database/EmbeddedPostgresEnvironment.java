package ir.shenava.platform.database;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL 17 before anything needs a datasource, and only when no
 * {@code spring.datasource.url} is configured, so that {@code ./mvnw spring-boot:run} works on a
 * machine with nothing but a JDK while production points at its own server by URL.
 *
 * <p>Doing it here (not in a bean) lets Boot's own DataSource, Flyway and JPA configuration stay
 * untouched: they just see a URL.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "shenavaEmbeddedPostgres";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("shenava.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("shenava.data-dir", "./data")).toAbsolutePath().normalize();
        boolean throwAway = environment.getProperty("shenava.embedded-db.throw-away", Boolean.class, false);
        int port = environment.getProperty("shenava.embedded-db.port", Integer.class, 0);
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startOnce(dataDir, throwAway, port);
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(
                "spring.datasource.url", server.jdbcUrl(),
                "spring.datasource.username", server.username(),
                "spring.datasource.password", server.password())));
        // The server must outlive the connection pool: stop it only after the dataSource bean is gone.
        application.addInitializers(context -> context.addBeanFactoryPostProcessor(new EmbeddedPostgresLease.Registrar(server)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
