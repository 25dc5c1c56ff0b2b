package io.escalation.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

/** Runs JDBC batches, turning a driver's assertion about a broken connection into a connection failure. */
public final class Batches {

    private Batches() {}

    /**
     * Executes a statement's batch.
     *
     * <p>PostgreSQL's driver (before the fix of pgjdbc issue 1458) fails a batch on a connection the
     * server terminated with an {@link AssertionError} when assertions are enabled; that becomes an
     * {@link SQLNonTransientConnectionException} (SQLSTATE 08006) like every other broken connection.
     *
     * @param ps the statement with its batch added
     * @return the update counts
     * @throws SQLException when the batch fails
     */
    public static int[] execute(PreparedStatement ps) throws SQLException {
        try {
            return ps.executeBatch();
        } catch (AssertionError e) {
            if (!ps.getConnection().isValid(1)) {
                throw new SQLNonTransientConnectionException("the connection closed during a batch", "08006");
            }
            throw e;
        }
    }
}
