package ir.shenava.analytics.internal;

import java.util.List;

import ir.shenava.intake.ComplaintFollowUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code demo}: after the other demo data, every complaint's row of the projection is
 * rewritten from the modules' queries, as a rebuild would. The events already put each complaint
 * in the quarter it was received and closed in (its moments come from the cases, not from when
 * the row was written); this adds what no event announces — the reasons coded on a case after it
 * closed itself on the customer's confirmation — so the Pareto from closed cases has two years.
 */
@Component
@Profile("demo")
@Order(70)
class AnalyticsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsDemoData.class);

    private final ComplaintFollowUp complaints;
    private final ComplaintProjection projection;

    AnalyticsDemoData(ComplaintFollowUp complaints, ComplaintProjection projection) {
        this.complaints = complaints;
        this.projection = projection;
    }

    @Override
    public void run(ApplicationArguments args) {
        int refreshed = 0;
        List<Long> ids;
        long after = 0;
        while (!(ids = complaints.idsAfter(after, 500)).isEmpty()) {
            ids.forEach(projection::refresh);
            refreshed += ids.size();
            after = ids.get(ids.size() - 1);
        }
        log.info("Demo: the analytics rows of {} complaints brought up to date", refreshed);
    }
}
