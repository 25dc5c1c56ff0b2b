package io.escalation.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.escalation.jdbc.JdbcEscalations;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.Escalation;
import io.escalation.store.EscalationStore;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
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
 * Raising and persisting escalations with 4 threads on one pool of 4 connections: the library's
 * {@link EscalationStore#create} (build the escalation and its raise event, serialise it, hash the
 * payload, write the escalation row, the event row and the outbox row in one transaction) against
 * a raw-JDBC baseline that writes the same three rows in the same kind of transaction with plain
 * prepared statements and the document pre-serialised ({@link RawJdbc#raise}). Every operation
 * raises a new escalation. Target: the library keeps at least 70 % of the baseline's throughput.
 * The tables (a prefix of the fork's own) are dropped in the tear-down.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(4)
// The library's path (validation, event JSON, hash, fold) reaches compiled speed only after about
// 25 s of raising at database speed (single thread on PostgreSQL: 480, 683, 912, 962, 1,008 ops/s in
// the first five 5-second warm-ups), while the baseline's few statements warm up in 15 s; with 2 x 2 s
// the library was measured half interpreted (52 % of the baseline single-threaded, 90 % warm)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class JdbcRaiseBenchmark {

    /** The database. */
    @Param({"postgresql", "mariadb", "h2"})
    public String db;

    private final AtomicLong ids = new AtomicLong();
    /** Set by {@link #setUp}. */
    private HikariDataSource pool;
    private String prefix;
    private EscalationStore store;
    private RawJdbc raw;
    private RaiseInputs inputs;

    /** Opens the pool and migrates a schema of this fork's own. */
    @Setup(Level.Trial)
    public void setUp() {
        JdbcTarget target = JdbcTarget.of(db);
        prefix = JdbcTarget.uniquePrefix("b_raise");
        pool = target.pool("bench-raise", 4);
        JdbcEscalations jdbc = JdbcEscalations.builder(pool).tablePrefix(prefix).build();
        jdbc.migrate();
        store = jdbc.store();
        raw = new RawJdbc(target, prefix);
        inputs = RaiseInputs.generate();
    }

    /** Drops the tables and closes the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        JdbcTarget.drop(pool, prefix);
        pool.close();
    }

    /**
     * Raises a new escalation through the library's store.
     *
     * @return the stored state
     */
    @Benchmark
    @Goal(minThroughputShare = 0.70)
    public EscalationState raise() {
        long n = ids.incrementAndGet();
        Escalation e = inputs.template((int) n).escalation().toBuilder().id("r" + n).build();
        return store.create(RaiseInputs.raise(e)).state();
    }

    /**
     * Baseline of {@link #raise}: the same three rows with plain prepared statements.
     *
     * @return the event id
     * @throws SQLException when the database fails
     */
    @Benchmark
    public String baselineRaise() throws SQLException {
        long n = ids.incrementAndGet();
        return raw.raise(pool, inputs.template((int) n), "r" + n, Instant.now());
    }
}
