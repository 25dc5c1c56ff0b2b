package io.escalation.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.escalation.jdbc.JdbcEscalations;
import io.escalation.jdbc.TimerLease;
import io.escalation.jdbc.Timers;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Claiming due timers from 4 nodes at once: 4 threads, each a node of its own (a
 * {@link JdbcEscalations} with its own node id on a pool of one connection), claiming batches of
 * {@link #BATCH} from {@link #TIMERS} due timers loaded in the trial's set-up. The library's
 * {@link Timers#claimDue} (candidates with {@code FOR UPDATE SKIP LOCKED}, then a conditional
 * claim and a read of the lease per timer) against a raw baseline: one {@code SELECT ... FOR UPDATE
 * SKIP LOCKED} of the due timers with their values, then one {@code UPDATE} of the selected rows
 * ({@link RawJdbc#claim}). An operation is one claim of up to {@value #BATCH} timers; the tear-down
 * checks that due timers were left, so no operation came back empty, and prints how many timers
 * the operations claimed on average. Runs on PostgreSQL only by default (the library does not use
 * {@code SKIP LOCKED} on H2). MariaDB ({@code -p db=mariadb}) is left out: on the machine's
 * MariaDB 10.11 with its 126 MiB buffer pool, the baseline's {@code SELECT ... FOR UPDATE SKIP
 * LOCKED} (the same candidate query the library runs) took the server down within seconds
 * ("Over 95 percent of the buffer pool is occupied by lock heaps", signal 6), most likely because
 * InnoDB's locking read under REPEATABLE READ keeps a lock on every row it examines
 * and the due timers already leased stay in the index range every claim reads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(4)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class JdbcTimerBenchmark {

    /** Timers claimed per operation. */
    static final int BATCH = 10;
    /** Due timers loaded for a trial: more than 4 nodes claim in 10 seconds. */
    static final int TIMERS = 400_000;
    private static final String TENANT = "bench";
    private static final Duration LEASE = Duration.ofMinutes(5);

    /** The database; see the class description before adding {@code mariadb}. */
    @Param({"postgresql"})
    public String db;

    private final AtomicInteger nodes = new AtomicInteger();
    private final AtomicLong operations = new AtomicLong();
    private final AtomicLong claimed = new AtomicLong();
    /** Set by {@link #setUp}. */
    private JdbcTarget target;
    private HikariDataSource admin;
    private String prefix;

    /** One node: its pool, its module and the raw baseline on the same pool. */
    @State(Scope.Thread)
    public static class Node {
        HikariDataSource pool;
        Timers timers;
        RawJdbc raw;
        String id;

        /**
         * Opens the node's pool.
         *
         * @param bench the benchmark's state
         */
        @Setup(Level.Trial)
        public void setUp(JdbcTimerBenchmark bench) {
            id = "node-" + bench.nodes.incrementAndGet();
            pool = bench.target.pool("bench-" + id, 1);
            timers = JdbcEscalations.builder(pool).tablePrefix(bench.prefix).nodeId(id).build().timers();
            raw = new RawJdbc(bench.target, bench.prefix);
        }

        /** Closes the pool. */
        @TearDown(Level.Trial)
        public void tearDown() {
            pool.close();
        }
    }

    /** Migrates a schema of this fork's own and loads the due timers. */
    @Setup(Level.Trial)
    public void setUp() {
        target = JdbcTarget.of(db);
        prefix = JdbcTarget.uniquePrefix("b_timer");
        admin = target.pool("bench-timer-admin", 1);
        JdbcEscalations.builder(admin).tablePrefix(prefix).build().migrate();
        String due = target.timestamp(Instant.parse("2026-01-01T00:00:00Z"));
        for (int from = 1; from <= TIMERS; from += 100_000) {
            JdbcTarget.execute(admin, prefix, "INSERT INTO ${prefix}timer (tenant_id, timer_id, escalation_id, kind,"
                    + " due_at, state, fencing_token, attempts, payload) SELECT '" + TENANT + "', "
                    + target.concat("'t-'", target.text("g")) + ", " + target.concat("'e-'", target.text("g"))
                    + ", 'callback-reminder', " + due + ", 'PENDING', 0, 0, NULL FROM "
                    + target.series(from, Math.min(TIMERS, from + 99_999)));
        }
        target.analyze(admin, prefix + "timer");
    }

    /** Checks that timers were left, prints the claims per operation, drops the tables. */
    @TearDown(Level.Trial)
    public void tearDown() {
        long left = JdbcTarget.queryLong(admin, prefix, "SELECT COUNT(*) FROM ${prefix}timer WHERE lease_until IS NULL");
        System.out.printf(Locale.ROOT, "%n%s: %,d operations claimed %,d timers (%.2f per operation), %,d left%n", db,
                operations.get(), claimed.get(), claimed.get() / (double) Math.max(1, operations.get()), left);
        JdbcTarget.drop(admin, prefix);
        admin.close();
        if (left == 0) {
            throw new IllegalStateException("every timer was claimed: later operations claimed none; load more");
        }
    }

    /**
     * The library's claim of up to {@value #BATCH} due timers.
     *
     * @param node this thread's node
     * @return the leases
     */
    @Benchmark
    public List<TimerLease> claim(Node node) {
        List<TimerLease> leases = node.timers.claimDue(TENANT, Instant.now(), BATCH, LEASE);
        operations.incrementAndGet();
        claimed.addAndGet(leases.size());
        return leases;
    }

    /**
     * Baseline of {@link #claim}: {@code SELECT ... FOR UPDATE SKIP LOCKED}, then one {@code UPDATE}.
     *
     * @param node this thread's node
     * @return the claims
     * @throws SQLException when the database fails
     */
    @Benchmark
    public List<RawJdbc.Claimed> baselineClaim(Node node) throws SQLException {
        Instant now = Instant.now();
        List<RawJdbc.Claimed> claims = node.raw.claim(node.pool, TENANT, node.id, now, now.plus(LEASE), BATCH, true);
        operations.incrementAndGet();
        claimed.addAndGet(claims.size());
        return claims;
    }
}
