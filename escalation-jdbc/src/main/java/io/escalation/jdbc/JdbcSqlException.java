package io.escalation.jdbc;

/**
 * The database refused or failed a statement. Carries the {@link #sqlState() SQLSTATE} and the
 * driver's {@link #vendorCode() vendor code}, never the driver's message (which may quote
 * parameter values) and never the {@link java.sql.SQLException} as cause. Subclasses name the
 * classes of failure a host reacts to: {@link JdbcTimeoutException}, {@link JdbcConnectionException},
 * {@link JdbcConstraintException} and {@link JdbcSerializationException}.
 */
public class JdbcSqlException extends JdbcException {

    private static final long serialVersionUID = 1L;

    private final String sqlState;
    private final int vendorCode;

    /**
     * Creates the exception.
     *
     * @param operation the operation that failed
     * @param sqlState the SQLSTATE, empty when the driver gave none
     * @param vendorCode the driver's vendor code, 0 when it gave none
     * @param message what failed, without personal data and without the driver's message
     */
    public JdbcSqlException(String operation, String sqlState, int vendorCode, String message) {
        super(operation, message + " (SQLSTATE " + (sqlState.isEmpty() ? "none" : sqlState) + ", vendor code "
                + vendorCode + ")");
        this.sqlState = sqlState;
        this.vendorCode = vendorCode;
    }

    /**
     * Returns the SQLSTATE.
     *
     * @return five characters, e.g. {@code 23505}; empty when the driver gave none
     */
    public String sqlState() {
        return sqlState;
    }

    /**
     * Returns the driver's vendor code.
     *
     * @return e.g. {@code 1213} for a MariaDB deadlock; 0 when the driver gave none
     */
    public int vendorCode() {
        return vendorCode;
    }
}
