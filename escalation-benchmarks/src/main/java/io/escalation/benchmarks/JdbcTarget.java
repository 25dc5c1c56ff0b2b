package io.escalation.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.escalation.jdbc.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A database the JDBC benchmarks run on, named by their {@code db} parameter: the machine's
 * PostgreSQL (127.0.0.1:5432, trust, database {@code test}), MariaDB (127.0.0.1:3306, root without
 * password, database {@code test}) or an in-process H2. URLs can be overridden with the system
 * properties {@code escalation.bench.postgresql.url}, {@code escalation.bench.mariadb.url} and
 * {@code escalation.bench.h2.url}.
 *
 * <p>Each benchmark fork works on tables with a prefix of its own ({@link #uniquePrefix}) and drops
 * them in its tear-down ({@link #drop}), so parallel runs and other people's tests never meet.
 * The baselines bind values the way the library's binder does (instants truncated to
 * microseconds, as {@link OffsetDateTime} at UTC or, on MariaDB, as UTC wall-time text; JSON as text
 * with the dialect's cast), so both write the same rows.
 */
public enum JdbcTarget {
    /** PostgreSQL. */
    POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/test?user=postgres", Dialect.POSTGRESQL),
    /** MariaDB. */
    MARIADB("jdbc:mariadb://127.0.0.1:3306/test?user=root&password=", Dialect.MARIADB),
    /** H2 in memory, in this JVM. */
    H2("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", Dialect.H2);

    /** Every table of the library's schema, dropped in this order. */
    public static final List<String> TABLES = List.of("escalation", "escalation_event", "outbox", "outbox_sequencer",
            "consumer_checkpoint", "timer", "resolved_case", "case_term", "schema_history");

    private static final DateTimeFormatter MARIADB_DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS",
            Locale.ROOT);

    private final String defaultUrl;
    private final Dialect dialect;

    JdbcTarget(String defaultUrl, Dialect dialect) {
        this.defaultUrl = defaultUrl;
        this.dialect = dialect;
    }

    /**
     * Returns the target a {@code db} parameter names.
     *
     * @param db {@code postgresql}, {@code mariadb} or {@code h2}
     * @return the target
     */
    public static JdbcTarget of(String db) {
        return valueOf(db.toUpperCase(Locale.ROOT));
    }

    /**
     * Returns the library's dialect for this database.
     *
     * @return the dialect
     */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * Returns the JDBC URL.
     *
     * @return the configured or default URL
     */
    public String url() {
        return System.getProperty("escalation.bench." + name().toLowerCase(Locale.ROOT) + ".url", defaultUrl);
    }

    /**
     * Returns a table prefix no other run uses, e.g. {@code b_raise_k3x9q_}.
     *
     * @param base a short name of the benchmark
     * @return the prefix
     */
    public static String uniquePrefix(String base) {
        return base + "_" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36) + "_";
    }

    /**
     * Opens a pool, or fails with a message that says which database is unreachable.
     *
     * @param name the pool's name
     * @param size its maximum size
     * @return the pool
     */
    public HikariDataSource pool(String name, int size) {
        try (Connection probe = DriverManager.getConnection(url())) {
            probe.isValid(2);
        } catch (SQLException e) {
            throw new IllegalStateException(name() + " is not reachable at " + url() + " (SQLState " + e.getSQLState()
                    + "): start it or leave it out with -p db=...", e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        config.setConnectionTimeout(30_000);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    /**
     * Drops every table of a prefix.
     *
     * @param ds the pool
     * @param prefix the prefix
     */
    public static void drop(javax.sql.DataSource ds, String prefix) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.execute("DROP TABLE IF EXISTS " + prefix + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the tables of " + prefix, e);
        }
    }

    /**
     * Runs statements in auto-commit mode, with {@code ${prefix}} filled in.
     *
     * @param ds the pool
     * @param prefix the prefix
     * @param sqls the statements
     */
    public static void execute(javax.sql.DataSource ds, String prefix, String... sqls) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String sql : sqls) {
                s.execute(sql.replace("${prefix}", prefix));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Returns the first column of the first row of a query, as a long.
     *
     * @param ds the pool
     * @param prefix the prefix
     * @param sql the query
     * @return the value
     */
    public static long queryLong(javax.sql.DataSource ds, String prefix, String sql) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql.replace("${prefix}", prefix));
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Returns the parameter marker for a JSON document: {@code CAST(? AS jsonb)}, {@code ?} or
     * {@code ? FORMAT JSON}.
     *
     * @return the marker
     */
    public String json() {
        return switch (this) {
            case POSTGRESQL -> "CAST(? AS jsonb)";
            case MARIADB -> "?";
            case H2 -> "? FORMAT JSON";
        };
    }

    /**
     * Binds an instant as the library stores it.
     *
     * @param ps the statement
     * @param index the parameter index
     * @param instant the instant
     * @throws SQLException when the driver refuses
     */
    public void instant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        Instant t = instant.truncatedTo(ChronoUnit.MICROS);
        if (this == MARIADB) {
            ps.setString(index, LocalDateTime.ofInstant(t, ZoneOffset.UTC).format(MARIADB_DATETIME));
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
        }
    }

    /**
     * Returns an SQL expression for a row number {@code g} of a generated series, and the series:
     * {@code generate_series} on PostgreSQL, the sequence engine on MariaDB, {@code SYSTEM_RANGE} on H2.
     *
     * @param from the first number
     * @param to the last number
     * @return a {@code FROM} clause whose rows have the column {@code g}
     */
    public String series(long from, long to) {
        return switch (this) {
            case POSTGRESQL -> "generate_series(" + from + ", " + to + ") AS s(g)";
            case MARIADB -> "(SELECT seq AS g FROM seq_" + from + "_to_" + to + ") s";
            case H2 -> "(SELECT X AS g FROM SYSTEM_RANGE(" + from + ", " + to + ")) s";
        };
    }

    /**
     * Returns an SQL literal of an instant, as the library's column type of the database keeps it.
     *
     * @param instant the instant, whole seconds
     * @return the literal
     */
    public String timestamp(Instant instant) {
        String wall = LocalDateTime.ofInstant(instant, ZoneOffset.UTC).format(MARIADB_DATETIME);
        return switch (this) {
            case POSTGRESQL -> "TIMESTAMPTZ '" + wall + "+00'";
            case MARIADB -> "'" + wall + "'";
            case H2 -> "TIMESTAMP WITH TIME ZONE '" + wall + "+00'";
        };
    }

    /**
     * Returns an SQL expression that concatenates text.
     *
     * @param parts SQL expressions
     * @return the concatenation
     */
    public String concat(String... parts) {
        if (this == MARIADB) {
            return "CONCAT(" + String.join(", ", parts) + ")";
        }
        return "(" + String.join(" || ", parts) + ")";
    }

    /**
     * Returns an SQL expression for an integer as text.
     *
     * @param expression an integer expression
     * @return the text expression
     */
    public String text(String expression) {
        return this == MARIADB ? "CAST(" + expression + " AS CHAR)" : "CAST(" + expression + " AS VARCHAR)";
    }

    /**
     * Returns an SQL expression for a UUID in text form that differs for every {@code g}.
     *
     * @param g an integer expression
     * @return the expression
     */
    public String uuidOf(String g) {
        return switch (this) {
            case POSTGRESQL -> "CAST(CAST(md5(CAST(" + g + " AS text)) AS uuid) AS text)";
            case MARIADB -> "UUID()";
            case H2 -> "CAST(RANDOM_UUID() AS VARCHAR)";
        };
    }

    /**
     * Refreshes the planner's statistics of a table after a bulk load.
     *
     * @param ds the pool
     * @param table the table, with its prefix
     */
    public void analyze(javax.sql.DataSource ds, String table) {
        switch (this) {
            case POSTGRESQL -> execute(ds, "", "ANALYZE " + table);
            case MARIADB -> execute(ds, "", "ANALYZE TABLE " + table);
            case H2 -> execute(ds, "", "ANALYZE TABLE " + table);
        }
    }
}
