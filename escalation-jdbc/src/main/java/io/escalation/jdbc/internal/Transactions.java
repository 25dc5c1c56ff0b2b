package io.escalation.jdbc.internal;

import io.escalation.jdbc.JdbcConnectionException;
import io.escalation.jdbc.JdbcException;
import io.escalation.jdbc.JdbcSerializationException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work in a transaction on a connection from the data source, or on one the host handed in.
 *
 * <p>The rule: a connection in auto-commit mode carries no transaction, so the module runs the work
 * in its own (auto-commit off, commit or roll back, auto-commit restored) and retries it after a
 * serialization failure or deadlock, at most {@link #MAX_ATTEMPTS} times with a short jittered
 * backoff. A connection with auto-commit off has the host's transaction open on it (for example
 * Spring's {@code TransactionAwareDataSourceProxy} hands out the transaction's connection), so the
 * work joins it: the module neither commits nor rolls back nor retries, and a failure is thrown
 * for the host to roll back. A connection from the data source is closed afterwards (returned to
 * its pool); a host's own connection is left open.
 */
public final class Transactions {

    /** How many times the module tries a transaction of its own. */
    public static final int MAX_ATTEMPTS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    private final DataSource dataSource;
    private final @Nullable Connection hostConnection;

    /**
     * Creates a runner.
     *
     * @param dataSource where connections come from
     * @param hostConnection the host's connection to use instead, or {@code null}
     */
    public Transactions(DataSource dataSource, @Nullable Connection hostConnection) {
        this.dataSource = dataSource;
        this.hostConnection = hostConnection;
    }

    /**
     * Returns a runner bound to the host's connection.
     *
     * @param connection the host's connection
     * @return a runner that uses it and never closes it
     */
    public Transactions on(Connection connection) {
        return new Transactions(dataSource, connection);
    }

    /**
     * Returns whether this runner uses a host's connection.
     *
     * @return whether a connection was handed in
     */
    public boolean bound() {
        return hostConnection != null;
    }

    /**
     * Runs work in a transaction: the module's own, or the host's when one is open.
     *
     * @param operation the operation's name, for errors and logs
     * @param work the work; may run more than once when the module retries its own transaction
     * @param <T> the result
     * @return the work's result
     * @throws JdbcException when the work fails
     */
    public <T> T run(String operation, SqlWork<T> work) {
        return run(operation, work, null);
    }

    /**
     * Runs work in a transaction like {@link #run(String, SqlWork)}, and hands its result to
     * {@code afterOwnCommit} once a transaction of the module's own has committed. Nothing is handed
     * over when the work joined the host's transaction, whose outcome the module never learns: the
     * escalation store caches only states it knows were committed.
     *
     * @param operation the operation's name, for errors and logs
     * @param work the work; may run more than once when the module retries its own transaction
     * @param afterOwnCommit what to do with the result of a committed transaction of the module's own,
     *     or {@code null}
     * @param <T> the result
     * @return the work's result
     * @throws JdbcException when the work fails
     */
    public <T> T run(String operation, SqlWork<T> work, @Nullable Consumer<? super T> afterOwnCommit) {
        return execute(operation, work, afterOwnCommit, false);
    }

    /**
     * Runs reads that need no transaction of their own: on a connection in auto-commit mode they run
     * as they are (every statement reads committed rows only, and no transaction is begun or ended,
     * which saves round trips), and their result goes to {@code afterCommittedRead}; with the host's
     * transaction open they join it and nothing is handed over (they may see the host's uncommitted
     * writes). Serialization failures are retried as in {@link #run(String, SqlWork)}.
     *
     * @param operation the operation's name, for errors and logs
     * @param work the reads; they must write nothing
     * @param afterCommittedRead what to do with a result read outside any host transaction, or {@code null}
     * @param <T> the result
     * @return the work's result
     * @throws JdbcException when the work fails
     */
    public <T> T read(String operation, SqlWork<T> work, @Nullable Consumer<? super T> afterCommittedRead) {
        return execute(operation, work, afterCommittedRead, true);
    }

    private <T> T execute(String operation, SqlWork<T> work, @Nullable Consumer<? super T> afterOwn,
            boolean readOnly) {
        for (int attempt = 1;; attempt++) {
            Connection connection = acquire(operation);
            boolean own = false;
            boolean autoCommit = false;
            boolean autoCommitChanged = false;
            try {
                autoCommit = connection.getAutoCommit();
                own = autoCommit && !readOnly;
                if (own) {
                    connection.setAutoCommit(false);
                    autoCommitChanged = true;
                }
                T result = work.run(connection);
                if (own) {
                    connection.commit();
                }
                if (autoCommit && afterOwn != null) {
                    afterOwn.accept(result);
                }
                return result;
            } catch (SQLException e) {
                if (own) {
                    rollbackQuietly(connection);
                }
                if (autoCommit && attempt < MAX_ATTEMPTS && Errors.isSerializationFailure(e)) {
                    LOG.debug("{}: conflict (SQLSTATE {}), retrying, attempt {} of {}", operation, Errors.state(e),
                            attempt + 1, MAX_ATTEMPTS);
                    backoff(attempt);
                    continue;
                }
                throw Errors.translate(operation, e, autoCommit, attempt);
            } catch (JdbcSerializationException e) {
                // A joined operation inside inTransaction(...) failed on a conflict: retry the whole work.
                if (own) {
                    rollbackQuietly(connection);
                }
                if (own && attempt < MAX_ATTEMPTS) {
                    LOG.debug("{}: conflict (SQLSTATE {}), retrying, attempt {} of {}", operation, e.sqlState(),
                            attempt + 1, MAX_ATTEMPTS);
                    backoff(attempt);
                    continue;
                }
                throw e;
            } catch (RuntimeException | Error e) {
                if (own) {
                    rollbackQuietly(connection);
                }
                throw e;
            } finally {
                if (autoCommitChanged) {
                    restoreAutoCommit(connection);
                }
                release(connection);
            }
        }
    }

    /**
     * Runs work directly on a connection, in auto-commit mode when the connection is in it (for DDL
     * and for steps that must commit one by one). Used by the installer only.
     *
     * @param operation the operation's name
     * @param work the work
     * @param <T> the result
     * @return the work's result
     */
    <T> T withConnection(String operation, SqlWork<T> work) {
        Connection connection = acquire(operation);
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw Errors.translate(operation, e, true, 1);
        } finally {
            release(connection);
        }
    }

    private Connection acquire(String operation) {
        if (hostConnection != null) {
            return hostConnection;
        }
        try {
            Connection connection = dataSource.getConnection();
            if (connection == null) {
                throw new JdbcConnectionException(operation, "", 0, "the data source returned no connection");
            }
            return connection;
        } catch (SQLException e) {
            throw Errors.translate(operation, e, true, 1);
        }
    }

    private void release(Connection connection) {
        if (hostConnection != null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing a connection failed (SQLSTATE {})", Errors.state(e));
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback failed (SQLSTATE {})", Errors.state(e));
        }
    }

    private static void restoreAutoCommit(Connection connection) {
        try {
            if (!connection.isClosed()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            LOG.debug("restoring auto-commit failed (SQLSTATE {})", Errors.state(e));
        }
    }

    private static void backoff(int attempt) {
        long maxMillis = 10L << Math.min(attempt, 4);
        long millis = ThreadLocalRandom.current().nextLong(1, maxMillis + 1);
        LockSupport.parkNanos(millis * 1_000_000L);
    }
}
