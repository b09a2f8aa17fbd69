package vn.valuechain.shared.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.valuechain.shared.time.OfficeTime;
import vn.valuechain.support.IntegrationTest;

/**
 * A server computes figures a few at a time: beyond that a request waits its turn, a bounded time; a computation
 * inside another runs in its caller's turn; figures kept are served without waiting.
 */
class FiguresTurnsTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OfficeTime officeTime;

    @Test
    void oneComputationAtATimeAndTheNestedOneInItsCallersTurn() throws Exception {
        FiguresCache cache = cache(Duration.ofSeconds(30));
        Held first = hold(cache, "first", () -> cache.get("inside the first", () -> 1) + 1);

        AtomicBoolean secondComputed = new AtomicBoolean();
        Thread second = new Thread(() -> cache.get("second", () -> secondComputed.getAndSet(true)));
        second.start();
        waitUntilWaiting(second);
        assertThat(secondComputed).as("the second waits for its turn").isFalse();

        assertThat(first.release()).isEqualTo(2);
        second.join(10_000);
        assertThat(secondComputed).as("then computes").isTrue();
        assertThat(cache.<Integer>get("inside the first", () -> 99))
                .as("kept: served without a turn")
                .isEqualTo(1);
    }

    @Test
    void aRequestWaitsForItsTurnABoundedTime() throws Exception {
        FiguresCache cache = cache(Duration.ofMillis(200));
        Held slow = hold(cache, "slow", () -> 1);

        assertThatThrownBy(() -> cache.get("another", () -> 2)).isInstanceOf(QueryTimeoutException.class);
        // The lists' totals are counted without a turn.
        assertThat(cache.page(List.of(), PageRequest.of(1, 10), "total", () -> 7)
                        .getTotalElements())
                .isEqualTo(7);
        assertThat(slow.release()).isEqualTo(1);
        assertThat(cache.<Integer>get("another", () -> 2)).isEqualTo(2);
    }

    /** A computation of the key that holds its turn until released, then returns what {@code then} gives. */
    private static Held hold(FiguresCache cache, String key, Supplier<Integer> then) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Integer> value = CompletableFuture.supplyAsync(() -> cache.get(key, () -> {
            started.countDown();
            await(finish);
            return then.get();
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        return new Held(finish, value);
    }

    private record Held(CountDownLatch finish, CompletableFuture<Integer> value) {

        int release() throws Exception {
            finish.countDown();
            return value.get(10, TimeUnit.SECONDS);
        }
    }

    private FiguresCache cache(Duration turnWait) {
        return new FiguresCache(jdbc, officeTime, Duration.ofMinutes(10), 1, turnWait);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntilWaiting(Thread thread) throws InterruptedException {
        for (int i = 0; i < 1000 && thread.getState() != Thread.State.TIMED_WAITING; i++) {
            Thread.sleep(10);
        }
        assertThat(thread.getState()).isEqualTo(Thread.State.TIMED_WAITING);
    }
}
