package io.escalation.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Statements run on one connection inside one transaction.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface SqlWork<T> {

    /**
     * Runs the statements.
     *
     * @param connection the connection, inside a transaction (the module's or the host's)
     * @return the result
     * @throws SQLException when a statement fails
     */
    T run(Connection connection) throws SQLException;
}
