package io.escalation.jdbc;

/**
 * A statement broke an integrity constraint (a duplicate key, a missing value). The message names
 * the operation and SQLSTATE, never the key's value.
 */
public final class JdbcConstraintException extends JdbcSqlException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param operation the operation that failed
     * @param sqlState the SQLSTATE, empty when the driver gave none
     * @param vendorCode the driver's vendor code, 0 when it gave none
     * @param message what failed, without personal data
     */
    public JdbcConstraintException(String operation, String sqlState, int vendorCode, String message) {
        super(operation, sqlState, vendorCode, message);
    }
}
