package io.escalation.jdbc;

import io.escalation.jdbc.internal.Checks;
import io.escalation.jdbc.internal.Context;
import io.escalation.jdbc.internal.Errors;
import io.escalation.jdbc.internal.JdbcCaseLibrary;
import io.escalation.jdbc.internal.JdbcEscalationStore;
import io.escalation.jdbc.internal.JdbcEventFeed;
import io.escalation.jdbc.internal.JdbcTimers;
import io.escalation.jdbc.internal.Migrator;
import io.escalation.jdbc.internal.StateCache;
import io.escalation.jdbc.internal.Transactions;
import io.escalation.store.CaseLibrary;
import io.escalation.store.EscalationStore;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of the JDBC module: the escalation store and the case library, migrations, the
 * outbox and event feed, and timers on one {@link DataSource}.
 *
 * <pre>{@code
 * JdbcEscalations jdbc = JdbcEscalations.builder(dataSource).tablePrefix("esc_").build();
 * jdbc.migrate();                                   // or let Flyway apply the bundled scripts
 * EscalationStore store = jdbc.store();             // every appended event also goes to the outbox
 * CaseLibrary cases = jdbc.caseLibrary();
 * jdbc.events().publish(message);
 * List<FeedEntry> entries = jdbc.events().after("tenant-1", jdbc.events().checkpoint("tenant-1", "relay"), 100);
 * }</pre>
 *
 * <h2>Connections and transactions</h2>
 * Every operation takes a connection from the data source and returns it (closes it) when done;
 * the module has no pool of its own and keeps no connection. If the connection is in auto-commit
 * mode the operation runs in a transaction of its own: it commits, or rolls back on failure, and
 * auto-commit is restored (the store's loads and queries, which only read, run without one: each of
 * their statements reads committed rows). If auto-commit is off, the host has a transaction open on the connection
 * (for example through Spring's {@code TransactionAwareDataSourceProxy}); the operation joins it
 * and neither commits nor rolls back, so its writes commit or roll back with the host's. After a
 * failure inside the host's transaction the host must roll back (PostgreSQL refuses further
 * statements in it).
 *
 * <p>A host that manages connections itself passes one with {@link #using(Connection)}: the
 * returned instance runs every operation on that connection by the same rule and never closes
 * it. {@link #inTransaction(TransactionCallback)} runs several operations in one transaction of the
 * module's.
 *
 * <p>Transactions of the module's own are retried after a serialization failure or deadlock
 * (SQLSTATE {@code 40001}, {@code 40P01}, MariaDB error 1213), at most five times with a short
 * jittered backoff; a joined transaction is never retried (the failure is the host's to handle).
 *
 * <p>Instances are immutable and thread-safe; create one per data source and share it.
 */
public final class JdbcEscalations {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcEscalations.class);

    /** The default number of escalations whose folded state a node caches. */
    public static final int DEFAULT_STATE_CACHE_SIZE = 1000;

    private final Context context;
    private final Transactions tx;
    private final boolean skipLocked;
    private final StateCache cache;
    private final EventFeed events;
    private final Timers timers;
    private final EscalationStore store;
    private final CaseLibrary caseLibrary;

    private JdbcEscalations(Context context, Transactions tx, boolean skipLocked, StateCache cache) {
        this.context = context;
        this.tx = tx;
        this.skipLocked = skipLocked;
        this.cache = cache;
        this.events = new JdbcEventFeed(context, tx);
        this.timers = new JdbcTimers(context, tx, skipLocked);
        this.store = new JdbcEscalationStore(context, tx, cache);
        this.caseLibrary = new JdbcCaseLibrary(context, tx);
    }

    /**
     * Starts building a module on a data source.
     *
     * @param dataSource where every connection comes from; usually the host's pool
     * @return a builder
     * @throws JdbcUsageException when {@code dataSource} is null
     */
    public static Builder builder(DataSource dataSource) {
        if (dataSource == null) {
            throw new JdbcUsageException("builder", "dataSource", "dataSource must not be null");
        }
        return new Builder(dataSource);
    }

    /**
     * Returns the dialect in use.
     *
     * @return the detected or configured dialect
     */
    public Dialect dialect() {
        return context.dialect();
    }

    /**
     * Returns the table prefix.
     *
     * @return e.g. {@code esc_}
     */
    public String tablePrefix() {
        return context.prefix();
    }

    /**
     * Returns this node's id, recorded as the owner of the timers it claims.
     *
     * @return the configured or generated node id
     */
    public String nodeId() {
        return context.nodeId();
    }

    /**
     * Creates or updates the schema with the bundled migrations, for hosts without Flyway or
     * Liquibase. Safe to call from every node at start-up at the same time: each version is applied
     * exactly once, and every call returns only once the schema is current. Records what it did in
     * {@code <prefix>schema_history}.
     *
     * @return what this call applied
     * @throws MigrationException when a script fails or an applied script's checksum differs
     * @throws JdbcUsageException when the connection has the host's transaction open (DDL needs
     *     transactions of its own)
     * @throws JdbcSqlException when the database fails otherwise
     */
    public MigrationReport migrate() {
        return new Migrator(context, tx).migrate();
    }

    /**
     * Returns the escalation store. Each escalation's history is kept as one row per event (its
     * {@link io.escalation.json.EscalationJson} document), and its state is the fold of that history;
     * a row per escalation holds the columns queries select on and the version appends are
     * conditional on. {@link EscalationStore#append} and {@link EscalationStore#create} write their
     * events and one outbox row per event ({@link #events()}; id = the event id, aggregate type
     * {@code escalation}, aggregate id = the escalation id, type = the action's JSON name, payload =
     * the event's JSON) in one transaction, by the module's transaction rules (see the class
     * description): appends inside a host's transaction commit or roll back with it.
     *
     * <p>Exactly one append per escalation and expected version succeeds across every node; a create
     * is idempotent per (tenant, idempotency key) across every node. Loads fold only the events a
     * node has not folded before: each node caches up to {@link Builder#stateCacheSize(int)}
     * committed states and validates them against the stored version on every load.
     *
     * <p>MariaDB Connector/J logs every error the server returns at WARN (logger
     * {@code org.mariadb.jdbc.message.server.ErrorPacket}), values included. The store never provokes
     * one in normal use (duplicates are looked for with {@code INSERT IGNORE}, never caught), but a
     * deadlock or a broken statement is logged there; hosts that must keep identifiers out of logs
     * set that logger to ERROR or OFF.
     *
     * @return the store; thread-safe, as thread-safe as the connection for {@link #using(Connection)}
     */
    public EscalationStore store() {
        return store;
    }

    /**
     * Returns the case library: each case's JSON document and one row per search term
     * ({@link io.escalation.store.CaseTerms}); searches give the matches an
     * {@link io.escalation.store.InMemoryCaseLibrary} gives for the same cases.
     *
     * @return the case library; thread-safe, as thread-safe as the connection for {@link #using(Connection)}
     */
    public CaseLibrary caseLibrary() {
        return caseLibrary;
    }

    /**
     * Returns the transactional outbox and event feed.
     *
     * @return the feed; thread-safe
     */
    public EventFeed events() {
        return events;
    }

    /**
     * Returns the timers.
     *
     * @return the timers; thread-safe
     */
    public Timers timers() {
        return timers;
    }

    /**
     * Returns this module bound to a connection the host manages. Every operation of the returned
     * instance runs on {@code connection}: it joins the host's transaction when auto-commit is off,
     * and runs in a transaction of its own (restoring auto-commit) when it is on. The connection is
     * never closed by the module. The returned instance is as thread-safe as the connection, which
     * is usually not at all: use it from the thread that owns the connection.
     *
     * @param connection the host's connection
     * @return a module that uses it
     * @throws JdbcUsageException when {@code connection} is null
     */
    public JdbcEscalations using(Connection connection) {
        if (connection == null) {
            throw new JdbcUsageException("using", "connection", "connection must not be null");
        }
        return new JdbcEscalations(context, tx.on(connection), skipLocked, cache);
    }

    /**
     * Runs several operations in one transaction. When the connection (from the data source, or
     * the one given to {@link #using(Connection)}) is in auto-commit mode, the module opens a
     * transaction, runs {@code work} with an instance bound to it, and commits; after a
     * serialization failure or deadlock it rolls back and runs {@code work} again (at most five
     * times), so {@code work} must not have effects outside the database. When the host already has
     * a transaction open, {@code work} joins it and runs once.
     *
     * @param work the operations, given a module whose every operation joins the transaction
     * @param <T> the result
     * @return what {@code work} returned
     * @throws JdbcException when the transaction fails; a runtime exception from {@code work} rolls
     *     back and is rethrown as it is
     */
    public <T> T inTransaction(TransactionCallback<T> work) {
        Objects.requireNonNull(work, "work");
        return tx.run("inTransaction", c -> work.run(new JdbcEscalations(context, tx.on(c), skipLocked, cache)));
    }

    @Override
    public String toString() {
        return "JdbcEscalations[dialect=" + context.dialect() + ", tablePrefix=" + context.prefix() + ", nodeId="
                + context.nodeId() + (tx.bound() ? ", bound to a host connection" : "") + "]";
    }

    /**
     * Configures a {@link JdbcEscalations}. Each option may be set once; a second call is refused
     * with a message naming the value already set. Not thread-safe; {@link #build()} copies the
     * configuration, so a builder may be reused.
     */
    public static final class Builder {

        private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,20}");

        private final DataSource dataSource;
        private @Nullable String tablePrefix;
        private @Nullable Dialect dialect;
        private @Nullable Clock clock;
        private @Nullable String nodeId;
        private @Nullable Integer stateCacheSize;

        private Builder(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /**
         * Sets the prefix of every table name, so that several installations share a schema.
         *
         * @param tablePrefix matches {@code [a-z][a-z0-9_]{0,20}}; default {@code esc_}
         * @return this builder
         * @throws JdbcUsageException when invalid or already set
         */
        public Builder tablePrefix(String tablePrefix) {
            String op = "builder.tablePrefix";
            requireUnset(op, "tablePrefix", this.tablePrefix);
            if (tablePrefix == null) {
                throw new JdbcUsageException(op, "tablePrefix", "tablePrefix must not be null");
            }
            if (!PREFIX.matcher(tablePrefix).matches()) {
                String shown = tablePrefix.length() <= 40 && tablePrefix.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f)
                        ? "'" + tablePrefix + "'" : "a value of " + tablePrefix.length() + " characters";
                throw new JdbcUsageException(op, "tablePrefix", "tablePrefix must match [a-z][a-z0-9_]{0,20}"
                        + " (a lower-case letter, then up to 20 lower-case letters, digits or underscores), but was "
                        + shown);
            }
            this.tablePrefix = tablePrefix;
            return this;
        }

        /**
         * Sets the dialect instead of detecting it from the database's product name, for a
         * database compatible with a supported one.
         *
         * @param dialect the dialect
         * @return this builder
         * @throws JdbcUsageException when null or already set
         */
        public Builder dialect(Dialect dialect) {
            requireUnset("builder.dialect", "dialect", this.dialect);
            if (dialect == null) {
                throw new JdbcUsageException("builder.dialect", "dialect", "dialect must not be null");
            }
            this.dialect = dialect;
            return this;
        }

        /**
         * Sets the clock for the instants the module records (outbox rows, fired timers, lease
         * extensions, the schema history).
         *
         * @param clock the clock; default {@link Clock#systemUTC()}
         * @return this builder
         * @throws JdbcUsageException when null or already set
         */
        public Builder clock(Clock clock) {
            requireUnset("builder.clock", "clock", this.clock);
            if (clock == null) {
                throw new JdbcUsageException("builder.clock", "clock", "clock must not be null");
            }
            this.clock = clock;
            return this;
        }

        /**
         * Sets this node's id, recorded as the owner of claimed timers and applied migrations.
         *
         * @param nodeId 1 to 64 characters; default {@code node-} and eight random hex digits
         * @return this builder
         * @throws JdbcUsageException when blank, too long or already set
         */
        public Builder nodeId(String nodeId) {
            requireUnset("builder.nodeId", "nodeId", this.nodeId);
            this.nodeId = Checks.id("builder.nodeId", "nodeId", nodeId, Checks.SHORT_ID);
            return this;
        }

        /**
         * Sets how many escalations' folded states this node keeps in memory, so that a load folds
         * only the events appended since this node last saw the escalation. States are validated
         * against the stored version on every load, so the cache never serves a stale state; it
         * only saves parsing and folding. The least recently used escalation goes first.
         *
         * @param size 0 (no cache) to 1,000,000; default {@value JdbcEscalations#DEFAULT_STATE_CACHE_SIZE}
         * @return this builder
         * @throws JdbcUsageException when out of range or already set
         */
        public Builder stateCacheSize(int size) {
            requireUnset("builder.stateCacheSize", "stateCacheSize", this.stateCacheSize);
            this.stateCacheSize = Checks.range("builder.stateCacheSize", "stateCacheSize", size, 0, 1_000_000);
            return this;
        }

        /**
         * Builds the module. Unless a dialect was set, opens one connection to detect it (logged
         * at DEBUG).
         *
         * @return the module
         * @throws UnsupportedDatabaseException when the product is not supported
         * @throws JdbcSqlException when the detection connection fails
         */
        public JdbcEscalations build() {
            String prefix = tablePrefix == null ? "esc_" : tablePrefix;
            String node = nodeId == null
                    ? String.format(Locale.ROOT, "node-%08x", ThreadLocalRandom.current().nextInt()) : nodeId;
            Clock c = clock == null ? Clock.systemUTC() : clock;
            Dialect d;
            boolean skipLocked;
            if (dialect != null) {
                d = dialect;
                skipLocked = d == Dialect.POSTGRESQL; // MariaDB before 10.6 lacks it; claims are exclusive without it
            } else {
                Detected detected = detect(dataSource);
                d = detected.dialect();
                skipLocked = detected.skipLocked();
            }
            StateCache cache = new StateCache(stateCacheSize == null ? DEFAULT_STATE_CACHE_SIZE : stateCacheSize);
            return new JdbcEscalations(Context.of(d, prefix, c, node), new Transactions(dataSource, null), skipLocked,
                    cache);
        }

        private record Detected(Dialect dialect, boolean skipLocked) {}

        private static Detected detect(DataSource dataSource) {
            String op = "builder.build";
            try (Connection connection = dataSource.getConnection()) {
                DatabaseMetaData meta = connection.getMetaData();
                String product = String.valueOf(meta.getDatabaseProductName());
                int major = meta.getDatabaseMajorVersion();
                int minor = meta.getDatabaseMinorVersion();
                String p = product.toLowerCase(Locale.ROOT);
                Detected detected;
                if (p.contains("postgresql")) {
                    detected = new Detected(Dialect.POSTGRESQL, true);
                } else if (p.contains("mariadb")) {
                    detected = new Detected(Dialect.MARIADB, major > 10 || (major == 10 && minor >= 6));
                } else if (p.contains("mysql")) {
                    detected = new Detected(Dialect.MARIADB, major >= 8);
                } else if (p.equals("h2")) {
                    // H2 2.2+ parses SKIP LOCKED, but its candidate locks made completions wait past H2's
                    // lock timeout under load; the conditional claim alone keeps claims exclusive.
                    detected = new Detected(Dialect.H2, false);
                } else {
                    throw new UnsupportedDatabaseException(product);
                }
                LOG.debug("detected dialect {} from database product {} {}.{} (SKIP LOCKED: {})", detected.dialect(),
                        product, major, minor, detected.skipLocked());
                return detected;
            } catch (SQLException e) {
                throw Errors.translate(op, e, true, 1);
            }
        }

        private static void requireUnset(String operation, String parameter, @Nullable Object current) {
            if (current != null) {
                throw new JdbcUsageException(operation, parameter, parameter + " was already set to "
                        + (current instanceof String ? "'" + current + "'" : current));
            }
        }
    }
}
