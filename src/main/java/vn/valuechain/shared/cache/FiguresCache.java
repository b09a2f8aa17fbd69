package vn.valuechain.shared.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.valuechain.shared.time.OfficeTime;

/**
 * Figures of a whole province cost a second or more on national data, and the home page and the dashboard ask for
 * the same ones again and again. This server keeps them until a committed change to the records they are made of
 * advances the database's {@code figures_generation} (V107), so every server of a deployment sees a change at once.
 * A transaction that has itself written is given fresh figures and caches nothing: its changes are not committed
 * yet. {@code app.figures.max-age} bounds the age of a cached figure in any case (a reader can meet a generation
 * in the instant between a commit's trigger and the commit becoming visible). The tables whose changes count are
 * those with the trigger of V107 and V109: the registries, the map of units and the plans' action items.
 *
 * <p>The registries' lists keep their totals here too ({@link #page}): counting every matching record took more
 * than the page itself (7 ms of the 70,000 contracts for each view of {@code /contracts}). They have a region of
 * their own, so that many searches cannot push the province's figures out.
 *
 * <p>A server computes figures {@code app.figures.computing} at a time (half its cores by default); other requests for
 * figures not kept wait their turn, at most {@code app.figures.computing-wait}, then get the page of a request cut off.
 * On two cores, four requests for the whole country's figures of different days (1.5 s each) took the CPU from every
 * other page: the list pages beside them served a fifth to a third of their requests.
 */
@Component
public class FiguresCache {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration maxAge;
    private final Semaphore turns;
    private final Duration turnWait;
    private final ThreadLocal<Boolean> inTurn = new ThreadLocal<>();
    private final Region figures = new Region(512, true);
    private final Region totals = new Region(2048, false);
    private final Region rendered = new Region(128, true);

    FiguresCache(
            JdbcClient jdbc,
            OfficeTime officeTime,
            @Value("${app.figures.max-age}") Duration maxAge,
            @Value("${app.figures.computing}") int computing,
            @Value("${app.figures.computing-wait}") Duration turnWait) {
        this.jdbc = jdbc;
        this.clock = officeTime.clock();
        this.maxAge = maxAge;
        this.turns = new Semaphore(
                computing > 0 ? computing : Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true);
        this.turnWait = turnWait;
    }

    /** The value for this key, computed once per generation: concurrent requests for it wait for one computation. */
    public <T> T get(Object key, Supplier<T> compute) {
        return figures.get(key, compute);
    }

    /**
     * A list's page of these rows, with the total of every row its query finds kept for the key, which must name the
     * list and every value of its query (filters, the user's scope, the day). The total is not counted at all where
     * the page tells it (a first page shorter than a full one).
     */
    public <T> Page<T> page(List<T> rows, Pageable pageable, Object key, LongSupplier count) {
        return PageableExecutionUtils.getPage(rows, pageable, () -> totals.get(key, count::getAsLong));
    }

    /**
     * A part of a page rendered from figures ({@code RenderedFragments}), in a region of its own: tens of kilobytes
     * each, and one for each page of each filter, they must not push the figures out.
     */
    public String rendered(Object key, Supplier<String> render) {
        return rendered.get(key, render);
    }

    private final class Region {

        private final Map<Object, Entry> entries;
        private final boolean takesTurns;

        /** A region of figures takes turns to compute; the lists' totals, a count each, do not wait behind them. */
        Region(int maxEntries, boolean takesTurns) {
            this.takesTurns = takesTurns;
            entries = new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
                    return size() > maxEntries;
                }
            };
        }

        @SuppressWarnings("unchecked")
        <T> T get(Object key, Supplier<T> compute) {
            Generation now = generation();
            if (now.written()) {
                return compute.get();
            }
            Instant at = clock.instant();
            Entry entry = serving(key, now.generation(), at);
            if (entry == null) {
                entry = takesTurns
                        ? inTurn(() -> claim(key, now.generation(), at, compute))
                        : claim(key, now.generation(), at, compute);
            }
            try {
                return (T) entry.value().join();
            } catch (CompletionException e) {
                // Another request's computation failed: the same failure, as if this one had computed.
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }

        private Entry serving(Object key, long generation, Instant at) {
            synchronized (entries) {
                Entry entry = entries.get(key);
                return entry != null && entry.serves(generation, at.minus(maxAge)) ? entry : null;
            }
        }

        /** The entry for the key, computed here unless another request claimed it first (then still computing). */
        private Entry claim(Object key, long generation, Instant at, Supplier<?> compute) {
            Entry mine = new Entry(generation, at, new CompletableFuture<>());
            Entry entry;
            synchronized (entries) {
                entry = entries.get(key);
                if (entry == null || !entry.serves(generation, at.minus(maxAge))) {
                    entries.put(key, mine);
                    entry = mine;
                }
            }
            if (entry == mine) {
                try {
                    mine.value().complete(compute.get());
                } catch (RuntimeException | Error e) {
                    synchronized (entries) {
                        entries.remove(key, mine);
                    }
                    mine.value().completeExceptionally(e);
                    throw e;
                }
            }
            return entry;
        }
    }

    /**
     * Runs the work in one of the server's turns. A computation inside another (the dashboard's content computing its
     * figures) runs in its caller's turn. In a region that takes turns only a request holding one claims an entry,
     * so one waiting for a turn never holds an entry that another waits for.
     */
    private <T> T inTurn(Supplier<T> work) {
        if (inTurn.get() != null) {
            return work.get();
        }
        try {
            if (!turns.tryAcquire(turnWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new QueryTimeoutException("No turn to compute figures within " + turnWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryTimeoutException("Interrupted waiting for a turn to compute figures");
        }
        inTurn.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            inTurn.remove();
            turns.release();
        }
    }

    /**
     * The generation now, read once per read-only transaction: a page that asks for several figures in one such
     * transaction gets them all of one generation, for one statement.
     */
    private Generation generation() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return read();
        }
        Generation seen = (Generation) TransactionSynchronizationManager.getResource(this);
        if (seen == null) {
            seen = read();
            TransactionSynchronizationManager.bindResource(this, seen);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(FiguresCache.this);
                }
            });
        }
        return seen;
    }

    private Generation read() {
        // Until its first nextval a sequence shows its start value with is_called false: that is generation 0.
        return jdbc.sql("select case when is_called then last_value else 0 end as generation,"
                        + " pg_current_xact_id_if_assigned() is not null as written from figures_generation")
                .query(Generation.class)
                .single();
    }

    private record Generation(long generation, boolean written) {}

    private record Entry(long generation, Instant computedAt, CompletableFuture<Object> value) {

        boolean serves(long current, Instant notBefore) {
            return generation == current && !computedAt.isBefore(notBefore) && !value.isCompletedExceptionally();
        }
    }
}
