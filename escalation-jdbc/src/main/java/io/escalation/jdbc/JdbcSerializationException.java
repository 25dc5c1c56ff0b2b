package io.escalation.jdbc;

/**
 * The database aborted the transaction to resolve a conflict (serialization failure or deadlock:
 * SQLSTATE {@code 40001}, {@code 40P01}, MariaDB 1213) and the module did not, or could no longer,
 * retry it: either it joined the host's transaction (the host must roll back and retry) or its
 * bounded retries were used up.
 */
public final class JdbcSerializationException extends JdbcSqlException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param operation the operation that failed
     * @param sqlState the SQLSTATE, empty when the driver gave none
     * @param vendorCode the driver's vendor code, 0 when it gave none
     * @param message what failed, without personal data
     */
    public JdbcSerializationException(String operation, String sqlState, int vendorCode, String message) {
        super(operation, sqlState, vendorCode, message);
    }
}
