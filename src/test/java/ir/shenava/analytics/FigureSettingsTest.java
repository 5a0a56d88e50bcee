package ir.shenava.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestTags;
import ir.shenava.analytics.internal.FigureSettings;
import ir.shenava.analytics.internal.FiguresRefresh;
import ir.shenava.analytics.internal.QuarterDashboards;
import ir.shenava.shared.JalaliQuarter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stored figures computed under other settings (a restart with another minimum sample) are marked stale
 * and computed again; under the same settings they are kept.
 */
@ShenavaIntegrationTest
class FigureSettingsTest {

    @Autowired
    FigureSettings settings;
    @Autowired
    FiguresRefresh refresh;
    @Autowired
    QuarterDashboards dashboards;
    @Autowired
    JdbcTemplate jdbc;

    private final String slice = "settings-" + TestTags.letters(8);

    @AfterEach
    void backToTheSuitesSettings() {
        settings.apply(settings.current());
        jdbc.update("delete from analytics_quarter_figures where slice = ?", slice);
    }

    @Test
    void figuresComputedUnderAnotherMinimumSampleAreComputedAgainAndTheSameSettingsKeepThem() {
        settings.apply(settings.current());
        // the figures of a quarter long past (1250-Q4, where no test writes) for a slice of this test's own, stored
        dashboards.refresh(new JalaliQuarter(1250, 4), slice);
        long current = version();
        assertThat(current).isNotNegative();

        assertThat(settings.apply(settings.current())).isZero();
        assertThat(version()).isEqualTo(current);

        assertThat(settings.apply("minimum-sample=12")).isPositive();
        assertThat(version()).isEqualTo(-1);
        assertThat(jdbc.queryForObject("select value from analytics_figure_settings where name = 'figures'", String.class))
                .isEqualTo("minimum-sample=12");

        // the refresh job computes the figures again: the row is current once more
        refresh.runOnce();
        assertThat(version()).isEqualTo(current);
        assertThat(settings.apply("minimum-sample=12")).isZero();
    }

    private long version() {
        return jdbc.queryForObject("select data_version from analytics_quarter_figures where quarter_key = 12504 and slice = ?",
                Long.class, slice);
    }
}
