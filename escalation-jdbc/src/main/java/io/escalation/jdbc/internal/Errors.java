package io.escalation.jdbc.internal;

import io.escalation.jdbc.JdbcConnectionException;
import io.escalation.jdbc.JdbcConstraintException;
import io.escalation.jdbc.JdbcSerializationException;
import io.escalation.jdbc.JdbcSqlException;
import io.escalation.jdbc.JdbcTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Turns {@link SQLException}s into the module's typed exceptions. Only the SQLSTATE and the vendor
 * code cross over: a driver's message may quote parameter values (PostgreSQL's unique-violation
 * detail {@code Key (tenant_id, id)=(...)}), so it is never copied and the exception is never
 * chained as a cause.
 */
public final class Errors {

    /** H2: object already closed, connection broken, database closed, database closed at VM shutdown. */
    private static final Set<Integer> H2_CONNECTION_CODES = Set.of(90007, 90067, 90098, 90121);

    private Errors() {}

    /**
     * Returns whether a failure is a serialization failure or deadlock that a retry of the whole
     * transaction may resolve.
     *
     * @param e the failure
     * @return {@code true} for SQLSTATE 40001 and 40P01, MariaDB 1213 and H2's concurrent update 90131
     */
    public static boolean isSerializationFailure(SQLException e) {
        for (SQLException x = primary(e); x != null; x = x.getNextException()) {
            String state = state(x);
            if (state.equals("40001") || state.equals("40P01") || x.getErrorCode() == 1213
                    || x.getErrorCode() == 90131) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns whether a failure is a duplicate key (SQLSTATE 23505, MariaDB 1062).
     *
     * @param e the failure
     * @return whether the failure is a unique violation
     */
    public static boolean isDuplicateKey(SQLException failure) {
        SQLException e = primary(failure);
        return state(e).equals("23505") || e.getErrorCode() == 1062;
    }

    /**
     * Returns the failure that says what went wrong: a batch's own exception when it carries no
     * SQLSTATE and no vendor code (MariaDB's {@code BatchUpdateException} after a killed connection)
     * is only the envelope of its next exception or cause.
     *
     * @param e the failure
     * @return {@code e}, or the exception it wraps
     */
    static SQLException primary(SQLException e) {
        SQLException current = e;
        for (int depth = 0; depth < 5 && state(current).isEmpty() && current.getErrorCode() == 0; depth++) {
            SQLException inner = current.getNextException() != null ? current.getNextException()
                    : current.getCause() instanceof SQLException cause ? cause : null;
            if (inner == null) {
                break;
            }
            current = inner;
        }
        return current;
    }

    /**
     * Returns whether a failure means the connection is gone.
     *
     * @param e the failure
     * @return whether the connection broke
     */
    public static boolean isConnectionFailure(SQLException failure) {
        SQLException e = primary(failure);
        String state = state(e);
        return e instanceof SQLNonTransientConnectionException || e instanceof SQLRecoverableException
                || state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("70100") || e.getErrorCode() == 1927 || e.getErrorCode() == 2013
                || e.getErrorCode() == 2006 || H2_CONNECTION_CODES.contains(e.getErrorCode());
    }

    /**
     * Translates a failure.
     *
     * @param operation the operation that failed
     * @param e the failure
     * @param ownTransaction whether the module owned the transaction (and so rolled it back)
     * @param attempts how many times the transaction was tried
     * @return the typed exception to throw
     */
    public static JdbcSqlException translate(String operation, SQLException failure, boolean ownTransaction,
            int attempts) {
        SQLException e = primary(failure);
        String state = state(e);
        int code = e.getErrorCode();
        String driver = failure.getClass().getSimpleName();
        if (e instanceof SQLTimeoutException || e instanceof SQLTransientConnectionException || state.equals("57014")
                || state.equals("55P03") || state.equals("HYT00") || code == 1205 || code == 50200) {
            return new JdbcTimeoutException(operation, state, code, "timed out waiting for a connection, a lock or a"
                    + " statement (" + driver + ")" + rolledBack(ownTransaction));
        }
        if (isConnectionFailure(e)) {
            return new JdbcConnectionException(operation, state, code, "the database connection broke (" + driver + ")"
                    + rolledBack(ownTransaction));
        }
        if (isSerializationFailure(e)) {
            String why = ownTransaction
                    ? "the transaction was aborted by a conflict " + attempts + " times and was rolled back"
                    : "the host's transaction was aborted by a conflict; the host must roll it back and may retry it";
            return new JdbcSerializationException(operation, state, code, why);
        }
        if (state.startsWith("23") || code == 4025) {
            return new JdbcConstraintException(operation, state, code, "a statement broke an integrity constraint"
                    + " (" + constraintKind(state, code) + ")" + rolledBack(ownTransaction));
        }
        return new JdbcSqlException(operation, state, code, "a statement failed (" + driver + ")"
                + rolledBack(ownTransaction));
    }

    private static String constraintKind(String state, int code) {
        if (state.equals("23505") || code == 1062) {
            return "duplicate key";
        }
        if (state.equals("23502") || code == 1048) {
            return "missing value";
        }
        if (state.equals("23514") || code == 4025) {
            return "check constraint";
        }
        return "integrity constraint";
    }

    private static String rolledBack(boolean ownTransaction) {
        return ownTransaction ? "; nothing was committed" : "; the host's transaction holds the outcome";
    }

    static String state(SQLException e) {
        String state = e.getSQLState();
        return state == null ? "" : state;
    }
}
