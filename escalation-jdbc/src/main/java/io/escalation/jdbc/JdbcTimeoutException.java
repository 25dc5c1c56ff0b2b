package io.escalation.jdbc;

/**
 * No connection could be had, or a statement did not finish, in time: a pool that stayed exhausted
 * until its connection timeout, a query or lock wait that timed out. Nothing of the operation was committed.
 */
public final class JdbcTimeoutException extends JdbcSqlException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param operation the operation that failed
     * @param sqlState the SQLSTATE, empty when the driver gave none
     * @param vendorCode the driver's vendor code, 0 when it gave none
     * @param message what failed, without personal data
     */
    public JdbcTimeoutException(String operation, String sqlState, int vendorCode, String message) {
        super(operation, sqlState, vendorCode, message);
    }
}
