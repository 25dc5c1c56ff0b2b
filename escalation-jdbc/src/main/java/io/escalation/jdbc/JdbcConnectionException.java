package io.escalation.jdbc;

/**
 * The connection broke (closed, killed by the server, network failure) during the operation.
 * When the module owned the transaction nothing of it was committed; a later call gets a fresh
 * connection from the data source.
 */
public final class JdbcConnectionException extends JdbcSqlException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param operation the operation that failed
     * @param sqlState the SQLSTATE, empty when the driver gave none
     * @param vendorCode the driver's vendor code, 0 when it gave none
     * @param message what failed, without personal data
     */
    public JdbcConnectionException(String operation, String sqlState, int vendorCode, String message) {
        super(operation, sqlState, vendorCode, message);
    }
}
