package ir.shenava.analytics.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored figures follow the data through their change counters (V105), but some of what they hold
 * comes from settings read at start: a person's survey figures are hidden below the minimum sample
 * ({@code shenava.analytics.minimum-sample}). The settings they were computed under are kept beside
 * them (V106); when the application starts under others, every stored figure is marked stale, so views
 * compute it again and the refresh job ({@link FiguresRefresh}) does so for the quarters nobody opens.
 * The settings are the cluster's: nodes started with different ones would mark the figures stale in turn.
 * (Reasons keep their code and area once used, and cases keep the deadlines they were given, so neither a
 * catalogue edit nor new SLA targets changes a stored figure.)
 */
@Component
public class FigureSettings {

    private static final Logger log = LoggerFactory.getLogger(FigureSettings.class);
    private static final String NAME = "figures";

    private final JdbcClient jdbc;
    private final SurveyFigureQueries surveys;
    private final TransactionTemplate transaction;

    FigureSettings(JdbcClient jdbc, SurveyFigureQueries surveys, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.transaction = transaction;
    }

    /** The settings the figures depend on, as one text. */
    public String current() {
        return "minimum-sample=" + surveys.minimumSample();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        apply(current());
    }

    /**
     * Records {@code settings} as those of the stored figures; if others were recorded, marks every stored
     * figure stale first. The first start records them and leaves the figures as they are.
     *
     * @return how many stored figures were marked stale
     */
    public int apply(String settings) {
        return transaction.execute(status -> {
            String before = jdbc.sql("select value from analytics_figure_settings where name = ? for update")
                    .param(NAME).query(String.class).optional().orElse(null);
            if (settings.equals(before)) {
                return 0;
            }
            int stale = before == null ? 0 : jdbc.sql("update analytics_quarter_figures set data_version = -1").update();
            jdbc.sql("""
                    insert into analytics_figure_settings (name, value) values (?, ?)
                    on conflict (name) do update set value = excluded.value""").params(NAME, settings).update();
            if (before != null) {
                log.info("The stored figures were computed under {}, now {}: {} of them will be computed again",
                        before, settings, stale);
            }
            return stale;
        });
    }
}
