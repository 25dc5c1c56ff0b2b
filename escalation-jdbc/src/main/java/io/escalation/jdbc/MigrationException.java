package io.escalation.jdbc;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link JdbcEscalations#migrate()} could not bring the schema up to date: a script failed, an
 * applied script's checksum differs from the bundled one, or another node held a version for
 * longer than the wait allows. Carries the {@link #version() version} and, when a statement
 * failed, its {@link #sqlState() SQLSTATE}.
 */
public final class MigrationException extends JdbcException {

    private static final long serialVersionUID = 1L;

    private final int version;
    private final @Nullable String sqlState;

    /**
     * Creates the exception.
     *
     * @param version the migration version concerned
     * @param sqlState the SQLSTATE of the failed statement, or {@code null} when no statement failed
     * @param message what went wrong, without personal data
     */
    public MigrationException(int version, @Nullable String sqlState, String message) {
        super("migrate", "version " + version + ": " + message + (sqlState == null ? "" : " (SQLSTATE " + sqlState + ")"));
        this.version = version;
        this.sqlState = sqlState;
    }

    /**
     * Returns the migration version concerned.
     *
     * @return e.g. {@code 1}
     */
    public int version() {
        return version;
    }

    /**
     * Returns the SQLSTATE of the statement that failed.
     *
     * @return the SQLSTATE, empty when no statement failed
     */
    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }
}
