package ir.shenava.servicerecords.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class StratifiedSampleTest {

    /** Three experts with 50, 30 and 2 services, and 1 service without staff (83 in all). */
    static Map<Long, List<Long>> population() {
        Map<Long, List<Long>> strata = new TreeMap<>();
        strata.put(11L, LongStream.rangeClosed(1, 50).boxed().toList());
        strata.put(12L, LongStream.rangeClosed(101, 130).boxed().toList());
        strata.put(13L, List.of(201L, 202L));
        strata.put(StratifiedSample.NO_EXPERT, List.of(301L));
        return strata;
    }

    static Map<Long, Long> perStratum(List<StratifiedSample.Pick> picks) {
        return picks.stream().collect(Collectors.groupingBy(StratifiedSample.Pick::stratum, Collectors.counting()));
    }

    @Test
    void everyStratumIsRepresentedEvenWhenTheWishedSizeIsSmaller() {
        List<StratifiedSample.Pick> picks = StratifiedSample.draw(population(), SampleSize.count(2), 42L);
        assertThat(picks).hasSize(4);
        assertThat(perStratum(picks)).containsOnlyKeys(11L, 12L, 13L, StratifiedSample.NO_EXPERT)
                .allSatisfy((k, v) -> assertThat(v).isEqualTo(1L));
    }

    @Test
    void theSizeIsExactAndTheRestIsProportionalByLargestRemainder() {
        List<StratifiedSample.Pick> picks = StratifiedSample.draw(population(), SampleSize.count(20), 7L);
        assertThat(picks).hasSize(20);
        // 4 get one each; 16 more by size/83: 50→9.64, 30→5.78, 2→0.39, 1→0.19 → 9+1, 5+1, 0, 0 → 11, 7, 1, 1
        assertThat(perStratum(picks)).containsEntry(11L, 11L).containsEntry(12L, 7L).containsEntry(13L, 1L)
                .containsEntry(StratifiedSample.NO_EXPERT, 1L);
        assertThat(picks).extracting(StratifiedSample.Pick::recordId).doesNotHaveDuplicates();
        // every pick comes from its own stratum
        picks.forEach(p -> assertThat(population().get(p.stratum())).contains(p.recordId()));
    }

    @Test
    void aPercentageIsRoundedUp() {
        assertThat(SampleSize.percent(10).wished(83)).isEqualTo(9);
        assertThat(SampleSize.percent(10).wished(80)).isEqualTo(8);
        assertThat(SampleSize.percent(1).wished(1)).isEqualTo(1);
        assertThat(SampleSize.percent(100).wished(83)).isEqualTo(83);
        assertThat(StratifiedSample.draw(population(), SampleSize.percent(10), 1L)).hasSize(9);
        assertThat(StratifiedSample.draw(Map.of(5L, List.of(1L, 2L, 3L)), SampleSize.percent(34), 1L)).hasSize(2);
    }

    @Test
    void theSameSeedGivesTheSameSampleAndAnotherSeedUsuallyAnother() {
        List<StratifiedSample.Pick> first = StratifiedSample.draw(population(), SampleSize.percent(20), 123456789L);
        List<StratifiedSample.Pick> again = StratifiedSample.draw(population(), SampleSize.percent(20), 123456789L);
        assertThat(again).isEqualTo(first);
        long different = LongStream.range(1, 21)
                .filter(seed -> !StratifiedSample.draw(population(), SampleSize.percent(20), seed).equals(first))
                .count();
        assertThat(different).isGreaterThanOrEqualTo(19);
    }

    @Test
    void theOrderOfTheInputDoesNotChangeTheDraw() {
        Map<Long, List<Long>> shuffled = new TreeMap<>(population());
        shuffled.put(11L, LongStream.rangeClosed(1, 50).map(i -> 51 - i).boxed().toList());
        assertThat(StratifiedSample.draw(shuffled, SampleSize.count(10), 99L))
                .isEqualTo(StratifiedSample.draw(population(), SampleSize.count(10), 99L));
    }

    @Test
    void aCountAboveThePopulationTakesTheWholePopulation() {
        List<StratifiedSample.Pick> picks = StratifiedSample.draw(population(), SampleSize.count(500), 3L);
        assertThat(picks).hasSize(83);
        assertThat(picks.stream().map(StratifiedSample.Pick::recordId).collect(Collectors.toSet()))
                .isEqualTo(population().values().stream().flatMap(List::stream).collect(Collectors.toSet()));
    }

    @Test
    void anEmptyPopulationIsRefusedWithAPersianMessage() throws Exception {
        assertThatThrownBy(() -> StratifiedSample.draw(Map.of(), SampleSize.percent(10), 1L))
                .isInstanceOf(ReviewRuleException.class).hasMessage("review.population.empty");
        assertThatThrownBy(() -> StratifiedSample.draw(Map.of(11L, List.of()), SampleSize.count(3), 1L))
                .isInstanceOf(ReviewRuleException.class).hasMessage("review.population.empty");
        Properties persian = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n/review.properties"), StandardCharsets.UTF_8)) {
            persian.load(reader);
        }
        assertThat(persian.getProperty("review.population.empty")).contains("دوره").contains("نمونه");
    }

    @Test
    void sizesOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> SampleSize.percent(0)).hasMessage("review.size.percentRange");
        assertThatThrownBy(() -> SampleSize.percent(101)).hasMessage("review.size.percentRange");
        assertThatThrownBy(() -> SampleSize.count(0)).hasMessage("review.size.countRange");
    }

    @Test
    void periodsParseInAnyDigitsToTheirGregorianRange() {
        ReviewPeriod month = ReviewPeriod.parse("۱۴۰۵/۸");
        assertThat(month.kind()).isEqualTo(ReviewPeriod.Kind.MONTH);
        assertThat(month.label()).isEqualTo("1405/08");
        assertThat(month.from()).isEqualTo(ir.shenava.shared.JalaliDate.parse("1405/08/01").toGregorian());
        assertThat(month.to()).isEqualTo(ir.shenava.shared.JalaliDate.parse("1405/08/30").toGregorian());
        ReviewPeriod quarter = ReviewPeriod.parse("1405-q3");
        assertThat(quarter.label()).isEqualTo("1405-Q3");
        assertThat(quarter.to()).isEqualTo(ir.shenava.shared.JalaliDate.parse("1405/09/30").toGregorian());
        assertThat(ReviewPeriod.persianLabel(month.kind(), month.label())).isEqualTo("آبان ۱۴۰۵");
        for (String bad : Set.of("1405/13", "1405-Q5", "abc", "")) {
            assertThatThrownBy(() -> ReviewPeriod.parse(bad)).hasMessage("review.period.invalid");
        }
    }
}
