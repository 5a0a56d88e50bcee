package ir.shenava.cases.internal;

import java.sql.Timestamp;
import java.time.Clock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code shenava_cases_open} and {@code shenava_cases_overdue}: cases not closed or rejected, and
 * those among them whose next SLA milestone (acknowledge, first contact, resolution) has passed —
 * the same rule as the case list's "overdue" filter. Read from the database at each scrape (the
 * open-case index keeps it cheap), so every node reports the same figure.
 */
@Component
class CaseMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("shenava.cases.open", this, CaseMetrics::open).description("Cases not closed or rejected")
                .register(registry);
        Gauge.builder("shenava.cases.overdue", this, CaseMetrics::overdue)
                .description("Open cases whose next SLA milestone has passed").register(registry);
    }

    double open() {
        return jdbc.sql("select count(*) from complaint_case c where " + CaseLists.OPEN).query(Long.class).single();
    }

    double overdue() {
        return jdbc.sql("select count(*) from complaint_case c where " + CaseLists.OPEN + " and " + CaseLists.NEXT_DUE + " <= ?")
                .param(Timestamp.from(clock.instant())).query(Long.class).single();
    }
}
