package ir.shenava;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ShenavaIntegrationTest
class ApplicationStartsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runsOnPostgresql17WithTheSchemaOfFlyway() {
        String version = jdbc.queryForObject("show server_version", String.class);
        assertThat(version).startsWith("17.");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from staff where username = 'admin'", Integer.class)).isEqualTo(1);
    }
}
