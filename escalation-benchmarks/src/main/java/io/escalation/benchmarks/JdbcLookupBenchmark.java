package io.escalation.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.CustomerRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Looking up a customer's open escalations in a table of many escalations
 * ({@link #table}; {@link LookupData}: bulk loaded in the trial's set-up, dropped in its tear-down), latency sampled
 * for the 99th percentile: the library's {@code openByCustomer} (select ids and versions through the
 * customer index, then read and fold the events of the escalations its state cache lacks, default
 * cache of 1,000 states for 4,096 probe escalations) against one raw-JDBC {@code SELECT} of the same
 * escalations with their event documents through the same index ({@link RawJdbc#openByCustomer}).
 * Each operation looks up one of 2,048 probe customers at random. The set-up prints the database's
 * plan of the library's query on the loaded table. Target: p99 at most 2 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class JdbcLookupBenchmark {

    /** How many probe customers there are. */
    static final int CUSTOMERS = 2048;

    /**
     * The database and how many escalation rows its table holds: a million on PostgreSQL and
     * MariaDB (loaded in about 45 and 70 seconds on 2 shared cores), 250,000 on H2, whose load of a
     * million rows took 110 seconds per fork.
     */
    @Param({"postgresql/1000000", "mariadb/1000000", "h2/250000"})
    public String table;

    /** Set by {@link #setUp}. */
    private HikariDataSource pool;
    private String db;
    private String prefix;
    private LookupData data;
    private RawJdbc raw;

    /**
     * Loads the table and prints the plan of the library's lookup.
     *
     * @throws SQLException when the load fails
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        db = table.substring(0, table.indexOf('/'));
        int rows = Integer.parseInt(table.substring(table.indexOf('/') + 1));
        JdbcTarget target = JdbcTarget.of(db);
        prefix = JdbcTarget.uniquePrefix("b_look");
        pool = target.pool("bench-lookup", 2);
        long start = System.nanoTime();
        data = LookupData.load(target, pool, prefix, rows, CUSTOMERS);
        System.out.printf(Locale.ROOT, "%n%s: loaded %,d escalation rows in %.1f s%n", db,
                JdbcTarget.queryLong(pool, prefix, "SELECT COUNT(*) FROM ${prefix}escalation"),
                (System.nanoTime() - start) / 1e9);
        System.out.println(db + " plan of the customer lookup: " + plan(target));
        raw = new RawJdbc(target, prefix);
    }

    private String plan(JdbcTarget target) throws SQLException {
        String sql = new io.escalation.jdbc.internal.Sql(target.dialect(), prefix).openByCustomer;
        StringBuilder plan = new StringBuilder();
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
            ps.setString(1, RaiseInputs.TENANT.value());
            ps.setString(2, LookupData.customer(7));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(target == JdbcTarget.MARIADB ? "key=" + rs.getString("key") + " rows="
                            + rs.getString("rows") : rs.getString(1)).append(" | ");
                }
            }
        }
        return plan.toString().replace('\n', ' ');
    }

    /** Drops the tables and closes the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        JdbcTarget.drop(pool, prefix);
        pool.close();
    }

    /**
     * The library's lookup of a random probe customer.
     *
     * @return the open escalations, newest first
     */
    @Benchmark
    @Goal(maxP99Nanos = 2_000_000)
    public List<EscalationState> openByCustomer() {
        String customer = LookupData.customer(ThreadLocalRandom.current().nextInt(CUSTOMERS));
        return data.store().openByCustomer(RaiseInputs.TENANT, CustomerRef.of(customer));
    }

    /**
     * Baseline of {@link #openByCustomer}: one raw {@code SELECT} of the same escalations with their
     * event documents.
     *
     * @return the escalations
     * @throws SQLException when the database fails
     */
    @Benchmark
    public List<RawJdbc.Found> baselineOpenByCustomer() throws SQLException {
        return raw.openByCustomer(pool, LookupData.customer(ThreadLocalRandom.current().nextInt(CUSTOMERS)));
    }
}
