package io.escalation.jdbc.internal;

import io.escalation.jdbc.Dialect;
import io.escalation.jdbc.JdbcUsageException;
import io.escalation.jdbc.MigrationException;
import io.escalation.jdbc.MigrationReport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in installer for hosts without Flyway or Liquibase: applies the bundled scripts once
 * each, recorded in {@code ${prefix}schema_history}, even when several nodes call it at the same
 * moment.
 *
 * <p>Row 0 of the history table is a lock row; every decision about a version is taken while
 * holding it ({@code SELECT ... FOR UPDATE}). Two strategies follow, because DDL is transactional
 * on PostgreSQL only:
 *
 * <ul>
 *   <li><b>PostgreSQL</b>: one transaction holds the lock row, runs every pending script and
 *       inserts their history rows, then commits. Other installers wait on the lock and then find
 *       the versions applied. A crash rolls everything back and releases the lock.
 *   <li><b>MariaDB/MySQL and H2</b>, where each DDL statement commits implicitly (and so would
 *       release a lock held across it): under the lock, an installer <em>claims</em> a version by
 *       inserting its history row as {@code RUNNING} with its owner id, and commits. It then runs
 *       the statements one by one, recording after each the number done; every statement is
 *       idempotent ({@code IF NOT EXISTS}), so one interrupted between its DDL and its progress
 *       record is simply run again. Other installers see the claim and wait until the row is
 *       {@code SUCCESS}. A {@code FAILED} row, or a {@code RUNNING} row whose owner has not recorded
 *       progress for {@link #STALE}, is taken over and resumed from the recorded progress.
 * </ul>
 *
 * A version whose recorded checksum differs from the bundled script's is refused.
 */
public final class Migrator {

    /** A claimed version whose owner made no progress for this long is taken over. */
    public static final Duration STALE = Duration.ofMinutes(2);
    /** How long an installer waits for another node's version before it gives up. */
    public static final Duration WAIT = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    private static final String OP = "migrate";

    private final Context context;
    private final Transactions tx;
    private final List<Migrations.Script> scripts;

    /**
     * Creates an installer.
     *
     * @param context the module's context
     * @param tx the transaction runner
     */
    public Migrator(Context context, Transactions tx) {
        this.context = context;
        this.tx = tx;
        this.scripts = Migrations.of(context.dialect());
    }

    /** A history row. */
    private record Row(int version, long checksum, String state, String owner, int statementsDone, Instant updatedAt) {}

    /**
     * Brings the schema up to date.
     *
     * @return what this call applied
     * @throws MigrationException when a script fails or a checksum differs
     * @throws JdbcUsageException when the connection has the host's transaction open
     */
    public MigrationReport migrate() {
        return tx.withConnection(OP, c -> {
            if (!c.getAutoCommit()) {
                throw new JdbcUsageException(OP, "connection", "migrate() runs DDL in transactions of its own; call it"
                        + " with a connection in auto-commit mode, outside the host's transaction");
            }
            prepare(c);
            List<Integer> applied = context.dialect() == Dialect.POSTGRESQL ? inOneTransaction(c) : stepwise(c);
            int current = 0;
            for (Row row : history(c).values()) {
                if (row.state().equals("SUCCESS")) {
                    current = Math.max(current, row.version());
                }
            }
            return new MigrationReport(applied, current);
        });
    }

    private void prepare(Connection c) throws SQLException {
        for (int attempt = 1;; attempt++) {
            try (Statement s = c.createStatement()) {
                s.execute(context.sql().historyCreate);
                break;
            } catch (SQLException e) {
                // Concurrent CREATE TABLE IF NOT EXISTS can collide on PostgreSQL's catalog; try again.
                if (attempt == 5) {
                    throw e;
                }
                pause(20L * attempt);
            }
        }
        boolean locked;
        try (PreparedStatement ps = c.prepareStatement(context.sql().historyLockRead); ResultSet rs = ps.executeQuery()) {
            locked = rs.next();
        }
        if (!locked) {
            JdbcEventFeed.insertIgnoringDuplicate(c, context.sql().historyLockInsert,
                    ps -> context.binder().instant(ps, 1, context.now()));
        }
    }

    private List<Integer> inOneTransaction(Connection c) throws SQLException {
        List<Integer> applied = new ArrayList<>();
        c.setAutoCommit(false);
        try {
            lock(c);
            Map<Integer, Row> history = history(c);
            String owner = owner();
            for (Migrations.Script script : scripts) {
                Row row = history.get(script.version());
                if (row != null) {
                    checkChecksum(script, row);
                    if (row.state().equals("SUCCESS")) {
                        continue;
                    }
                    throw new MigrationException(script.version(), null, "the history row is " + row.state()
                            + "; PostgreSQL applies versions in one transaction, so remove the row and migrate again");
                }
                List<String> statements = script.statements();
                for (int i = 0; i < statements.size(); i++) {
                    try (Statement s = c.createStatement()) {
                        s.execute(context.sql().withPrefix(statements.get(i)));
                    } catch (SQLException e) {
                        c.rollback();
                        throw new MigrationException(script.version(), Errors.state(e), "statement " + (i + 1) + " of "
                                + statements.size() + " failed; nothing of the migration was applied");
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(context.sql().historyInsertDone)) {
                    ps.setInt(1, script.version());
                    ps.setString(2, script.description());
                    ps.setLong(3, script.checksum());
                    ps.setString(4, owner);
                    ps.setInt(5, statements.size());
                    context.binder().instant(ps, 6, context.now());
                    ps.executeUpdate();
                }
                applied.add(script.version());
            }
            c.commit();
            for (int version : applied) {
                LOG.debug("applied schema version {} with prefix {}", version, context.prefix());
            }
            return applied;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c);
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private List<Integer> stepwise(Connection c) throws SQLException {
        List<Integer> applied = new ArrayList<>();
        String owner = owner();
        for (Migrations.Script script : scripts) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (true) {
                int from = claim(c, script, owner);
                if (from == DONE) {
                    break;
                }
                if (from == BUSY) {
                    if (System.nanoTime() > deadline) {
                        throw new MigrationException(script.version(), null, "another installer has held the version for"
                                + " longer than " + WAIT + " without finishing it");
                    }
                    pause(ThreadLocalRandom.current().nextLong(20, 100));
                    continue;
                }
                apply(c, script, owner, from);
                applied.add(script.version());
                LOG.debug("applied schema version {} with prefix {} (from statement {})", script.version(),
                        context.prefix(), from + 1);
                break;
            }
        }
        return applied;
    }

    private static final int DONE = -1;
    private static final int BUSY = -2;

    /** Decides under the lock row: DONE, BUSY, or the statement index to start from. */
    private int claim(Connection c, Migrations.Script script, String owner) throws SQLException {
        c.setAutoCommit(false);
        try {
            lock(c);
            Row row = history(c).get(script.version());
            Instant now = context.now();
            int result;
            if (row == null) {
                try (PreparedStatement ps = c.prepareStatement(context.sql().historyClaim)) {
                    ps.setInt(1, script.version());
                    ps.setString(2, script.description());
                    ps.setLong(3, script.checksum());
                    ps.setString(4, owner);
                    context.binder().instant(ps, 5, now);
                    ps.executeUpdate();
                }
                result = 0;
            } else {
                checkChecksum(script, row);
                if (row.state().equals("SUCCESS")) {
                    result = DONE;
                } else if (row.state().equals("FAILED") || row.updatedAt().plus(STALE).isBefore(now)) {
                    try (PreparedStatement ps = c.prepareStatement(context.sql().historyTakeOver)) {
                        ps.setString(1, owner);
                        context.binder().instant(ps, 2, now);
                        ps.setInt(3, script.version());
                        ps.executeUpdate();
                    }
                    result = row.statementsDone();
                } else {
                    result = BUSY;
                }
            }
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c);
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private void apply(Connection c, Migrations.Script script, String owner, int from) throws SQLException {
        List<String> statements = script.statements();
        for (int i = from; i < statements.size(); i++) {
            try (Statement s = c.createStatement()) {
                s.execute(context.sql().withPrefix(statements.get(i)));
            } catch (SQLException e) {
                record(c, context.sql().historyFailed, script, owner, -1);
                throw new MigrationException(script.version(), Errors.state(e), "statement " + (i + 1) + " of "
                        + statements.size() + " failed; the statements before it stay applied and the next migrate()"
                        + " resumes at it");
            }
            if (!record(c, context.sql().historyProgress, script, owner, i + 1)) {
                throw new MigrationException(script.version(), null, "another installer took the version over");
            }
        }
        if (!record(c, context.sql().historyDone, script, owner, -1)) {
            throw new MigrationException(script.version(), null, "another installer took the version over");
        }
    }

    private boolean record(Connection c, String sql, Migrations.Script script, String owner, int done)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (done >= 0) {
                ps.setInt(i++, done);
            }
            context.binder().instant(ps, i++, context.now());
            ps.setInt(i++, script.version());
            ps.setString(i, owner);
            return ps.executeUpdate() == 1;
        }
    }

    private void lock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(context.sql().historyLock);
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new MigrationException(0, null, "the lock row of the schema history is missing");
            }
        }
    }

    private Map<Integer, Row> history(Connection c) throws SQLException {
        Map<Integer, Row> rows = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(context.sql().historySelect);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Row row = new Row(rs.getInt("version"), rs.getLong("checksum"), rs.getString("state"),
                        String.valueOf(rs.getString("owner")), rs.getInt("statements_done"),
                        context.binder().instant(rs, "updated_at"));
                rows.put(row.version(), row);
            }
        }
        return rows;
    }

    private static void checkChecksum(Migrations.Script script, Row row) {
        if (row.checksum() != script.checksum()) {
            throw new MigrationException(script.version(), null, "the checksum recorded in the schema history ("
                    + row.checksum() + ") differs from the bundled script's (" + script.checksum() + ")");
        }
    }

    private String owner() {
        return context.nodeId() + "/" + UUID.randomUUID();
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback failed (SQLSTATE {})", Errors.state(e));
        }
    }

    private static void pause(long millis) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
