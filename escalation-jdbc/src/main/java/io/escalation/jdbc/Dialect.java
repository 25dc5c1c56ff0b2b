package io.escalation.jdbc;

/**
 * The databases the module speaks to. {@link JdbcEscalations.Builder#build()} detects the dialect
 * from {@link java.sql.DatabaseMetaData#getDatabaseProductName()}; {@link
 * JdbcEscalations.Builder#dialect(Dialect)} overrides detection for compatible products.
 */
public enum Dialect {
    /**
     * PostgreSQL (product name {@code PostgreSQL}): instants as {@code timestamptz}, documents as
     * {@code jsonb}, transactional DDL.
     */
    POSTGRESQL("postgresql"),
    /**
     * MariaDB and MySQL (product names {@code MariaDB}, {@code MySQL}): instants as UTC {@code DATETIME(6)},
     * documents as {@code JSON}; DDL commits implicitly.
     */
    MARIADB("mariadb"),
    /**
     * H2 (product name {@code H2}): instants as {@code TIMESTAMP(6) WITH TIME ZONE}, documents as
     * {@code JSON} bound with {@code FORMAT JSON}; DDL commits implicitly.
     */
    H2("h2");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /**
     * Returns the classpath folder holding this dialect's migrations, for Flyway's or
     * Liquibase's locations.
     *
     * @return e.g. {@code io/escalation/jdbc/migration/postgresql}
     */
    public String migrationLocation() {
        return "io/escalation/jdbc/migration/" + folder;
    }
}
