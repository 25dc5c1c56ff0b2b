package io.escalation.jdbc;

/**
 * The database's product name (from {@link java.sql.DatabaseMetaData#getDatabaseProductName()}) is
 * not one the module supports. Set {@link JdbcEscalations.Builder#dialect(Dialect)} if the database
 * is compatible with a supported one.
 */
public final class UnsupportedDatabaseException extends JdbcException {

    private static final long serialVersionUID = 1L;

    private final String productName;

    /**
     * Creates the exception.
     *
     * @param productName the product name the driver reported
     */
    public UnsupportedDatabaseException(String productName) {
        super("builder.build", "database product '" + productName
                + "' is not supported (PostgreSQL, MariaDB, MySQL and H2 are); set dialect(...) to override detection");
        this.productName = productName;
    }

    /**
     * Returns the product name the driver reported.
     *
     * @return e.g. {@code Oracle}
     */
    public String productName() {
        return productName;
    }
}
