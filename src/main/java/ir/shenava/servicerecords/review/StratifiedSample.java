package ir.shenava.servicerecords.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The draw of the CEO's sample: a stratified random sample of done services, one stratum per
 * technical expert, so that every expert with work in the period is represented (policy 6).
 *
 * <p>Pure and deterministic: the same population and seed always give the same sample, so anyone
 * can re-run a draw from the seed shown on the review page. The size is at least one per stratum
 * and at most the population; what is left after one per stratum is shared in proportion to the
 * stratum sizes by the largest-remainder method. Inside a stratum the record ids are sorted and
 * shuffled with a {@link Random} whose seed is derived from the review seed and the stratum key.
 */
public final class StratifiedSample {

    /** The stratum of records without any staff. */
    public static final long NO_EXPERT = 0L;

    /** One sampled record and the stratum (technical expert's staff id, or {@link #NO_EXPERT}) it came from. */
    public record Pick(long recordId, long stratum) {
    }

    private StratifiedSample() {
    }

    /**
     * @param strata record ids per stratum key
     * @throws ReviewRuleException "review.population.empty" when there is nothing to sample
     */
    public static List<Pick> draw(Map<Long, ? extends Collection<Long>> strata, SampleSize size, long seed) {
        TreeMap<Long, List<Long>> sorted = new TreeMap<>();
        strata.forEach((key, ids) -> {
            if (!ids.isEmpty()) {
                List<Long> list = new ArrayList<>(new java.util.TreeSet<>(ids));
                sorted.put(key, list);
            }
        });
        int population = sorted.values().stream().mapToInt(List::size).sum();
        if (population == 0) {
            throw new ReviewRuleException("review.population.empty");
        }
        Map<Long, Integer> allocation = allocate(sorted, size.wished(population), population);
        List<Pick> picks = new ArrayList<>();
        sorted.forEach((key, ids) -> {
            List<Long> shuffled = new ArrayList<>(ids);
            Collections.shuffle(shuffled, new Random(strataSeed(seed, key)));
            shuffled.subList(0, allocation.get(key)).stream().sorted().forEach(id -> picks.add(new Pick(id, key)));
        });
        return List.copyOf(picks);
    }

    /** The sample size a draw will have: wished size, at least one per stratum, at most the population. */
    public static int finalSize(int wished, int strataCount, int population) {
        return Math.min(population, Math.max(wished, strataCount));
    }

    static Map<Long, Integer> allocate(TreeMap<Long, List<Long>> strata, int wished, int population) {
        int n = finalSize(wished, strata.size(), population);
        int rest = n - strata.size();
        int restPopulation = population - strata.size();
        Map<Long, Integer> allocation = new TreeMap<>();
        Map<Long, Long> remainders = new TreeMap<>();
        int given = 0;
        for (Map.Entry<Long, List<Long>> e : strata.entrySet()) {
            long share = (long) rest * e.getValue().size();
            int floor = (int) Math.min(share / population, e.getValue().size() - 1);
            allocation.put(e.getKey(), 1 + floor);
            remainders.put(e.getKey(), share % population);
            given += floor;
        }
        List<Long> byRemainder = new ArrayList<>(remainders.keySet());
        byRemainder.sort(Comparator.comparing((Long k) -> remainders.get(k)).reversed().thenComparing(k -> k));
        // rest <= restPopulation, so the loop always finds room
        while (given < rest && restPopulation > 0) {
            for (Long key : byRemainder) {
                if (given < rest && allocation.get(key) < strata.get(key).size()) {
                    allocation.merge(key, 1, Integer::sum);
                    given++;
                }
            }
        }
        return allocation;
    }

    /** A per-stratum seed: the review seed mixed with the stratum key through SplittableRandom's mixer. */
    static long strataSeed(long seed, long stratum) {
        return new SplittableRandom(seed ^ (stratum * 0x9E3779B97F4A7C15L)).nextLong();
    }
}
