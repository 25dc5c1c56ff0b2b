package io.escalation.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One test class's view of one database: a HikariCP pool and a table prefix of its own, dropped
 * before first use and again when the class is done.
 */
final class Db implements AutoCloseable {

    /** Every table the migrations and the installer create, without prefix. */
    static final List<String> TABLES = List.of("escalation", "escalation_event", "outbox", "outbox_sequencer",
            "consumer_checkpoint", "timer", "resolved_case", "case_term", "schema_history");

    private static final AtomicInteger POOLS = new AtomicInteger();

    final TestDatabases database;
    final String prefix;
    private final List<HikariDataSource> pools = new ArrayList<>();
    final HikariDataSource pool;

    private Db(TestDatabases database, String prefix, int poolSize) {
        this.database = database;
        this.prefix = prefix;
        this.pool = newPool(poolSize);
    }

    /**
     * Opens a pool on a database (skipping the test outside CI when the database is down) and drops
     * the prefix's tables.
     */
    static Db open(TestDatabases database, String prefix, int poolSize) {
        try (Connection probe = database.connect()) {
            probe.isValid(5);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        Db db = new Db(database, prefix, poolSize);
        db.drop();
        return db;
    }

    /**
     * Returns a table prefix unique to this run, so that test runs of several checkouts on one
     * database server never drop each other's tables.
     */
    static String uniquePrefix(String base) {
        String suffix = Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
        return base + suffix + "_";
    }

    HikariDataSource newPool(int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.url());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(10_000);
        config.setPoolName("test-" + database.name().toLowerCase() + "-" + POOLS.incrementAndGet());
        HikariDataSource ds = new HikariDataSource(config);
        pools.add(ds);
        return ds;
    }

    JdbcEscalations.Builder builder() {
        return JdbcEscalations.builder(pool).tablePrefix(prefix);
    }

    JdbcEscalations migrated() {
        JdbcEscalations jdbc = builder().build();
        jdbc.migrate();
        return jdbc;
    }

    Dialect dialect() {
        switch (database) {
            case POSTGRES:
                return Dialect.POSTGRESQL;
            case MARIADB:
                return Dialect.MARIADB;
            default:
                return Dialect.H2;
        }
    }

    /** Runs a query and returns the first column of the first row as a long. */
    long queryLong(String sql, Object... args) {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql.replace("${prefix}", prefix))) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Runs a query and returns the first column of the first row as a string. */
    String queryString(String sql) {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql.replace("${prefix}", prefix));
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Runs statements in auto-commit mode. */
    void execute(String... sqls) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            for (String sql : sqls) {
                s.execute(sql.replace("${prefix}", prefix));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    void drop() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.execute("DROP TABLE IF EXISTS " + prefix + table);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        try {
            drop();
        } finally {
            pools.forEach(HikariDataSource::close);
        }
    }
}
