package ir.shenava.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Group commit without a database: batches form under load, a failing batch fails only its bad item. */
class GroupCommitTest {

    private final List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> alone = Collections.synchronizedList(new ArrayList<>());

    private List<String> batch(List<Integer> items) {
        batches.add(items);
        if (items.contains(13)) {
            throw new IllegalArgumentException("13 spoils the batch");
        }
        return items.stream().map(i -> "#" + i).toList();
    }

    private String single(Integer item) {
        alone.add(item);
        if (item == 13) {
            throw new IllegalArgumentException("13 is refused");
        }
        return "#" + item;
    }

    @Test
    void concurrentCallersShareBatchesAndEachGetsItsOwnResult() throws Exception {
        CountDownLatch firstBatchRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (GroupCommit<Integer, String> commit = new GroupCommit<>("test", 1, 64, Duration.ofSeconds(10), this::batch, item -> {
            firstBatchRunning.countDown();
            await(release);   // a slow commit of the first, alone: meanwhile the others queue up
            return single(item);
        })) {
            ExecutorService callers = Executors.newFixedThreadPool(20);
            List<Future<String>> results = new ArrayList<>();
            results.add(callers.submit(() -> commit.submit(0)));
            assertThat(firstBatchRunning.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 1; i < 20; i++) {
                int item = 100 + i;
                results.add(callers.submit(() -> commit.submit(item)));
            }
            Thread.sleep(200);   // the 19 are queued behind the running batch
            release.countDown();
            assertThat(results.get(0).get(5, TimeUnit.SECONDS)).isEqualTo("#0");
            for (int i = 1; i < 20; i++) {
                assertThat(results.get(i).get(5, TimeUnit.SECONDS)).isEqualTo("#" + (100 + i));
            }
            callers.shutdown();
        }
        assertThat(alone).containsExactly(0);
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).hasSize(19);
    }

    @Test
    void aFailingBatchIsRunAgainItemByItemAndOnlyTheBadItemFails() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (GroupCommit<Integer, String> commit = new GroupCommit<>("test", 1, 64, Duration.ofSeconds(10), this::batch, item -> {
            if (item == 0) {
                await(release);
            }
            return single(item);
        })) {
            ExecutorService callers = Executors.newFixedThreadPool(5);
            Future<String> blocker = callers.submit(() -> commit.submit(0));
            Thread.sleep(100);
            Future<String> a = callers.submit(() -> commit.submit(12));
            Future<String> bad = callers.submit(() -> commit.submit(13));
            Future<String> b = callers.submit(() -> commit.submit(14));
            Thread.sleep(200);
            release.countDown();

            assertThat(blocker.get(5, TimeUnit.SECONDS)).isEqualTo("#0");
            assertThat(a.get(5, TimeUnit.SECONDS)).isEqualTo("#12");
            assertThat(b.get(5, TimeUnit.SECONDS)).isEqualTo("#14");
            assertThatThrownBy(() -> bad.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("13 is refused");
            callers.shutdown();
        }
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).containsExactlyInAnyOrder(12, 13, 14);
        assertThat(alone).containsExactlyInAnyOrder(0, 12, 13, 14);
    }

    @Test
    void afterCloseWorkRunsAloneOnTheCallersThread() {
        GroupCommit<Integer, String> commit = new GroupCommit<>("test", 2, 64, Duration.ofSeconds(10), this::batch, this::single);
        assertThat(commit.submit(1)).isEqualTo("#1");
        commit.close();

        assertThat(commit.submit(2)).isEqualTo("#2");
        assertThat(alone).containsExactly(1, 2);   // a batch of one runs as "single" too
        assertThatThrownBy(() -> commit.submit(13)).isInstanceOf(IllegalArgumentException.class).hasMessage("13 is refused");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
