package io.escalation.jdbc;

import io.escalation.store.StoreException;

/**
 * Root of every exception the JDBC module throws on purpose.
 *
 * <p>It is a {@link StoreException}, so callers of {@link JdbcEscalations#store()} and
 * {@link JdbcEscalations#caseLibrary()} catch a failing database as the store SPI says a store fails.
 * Each carries the {@link #operation() operation} that failed (for example {@code timers.claimDue}).
 * By contract a message names operations, parameters, rules, limits and SQLSTATEs, never a
 * parameter's value and never a database driver's message (drivers echo values, for example
 * PostgreSQL's {@code Key (...)=(...)} detail). Instances are immutable and safe to share.
 */
public abstract class JdbcException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String operation;

    /**
     * Creates the exception.
     *
     * @param operation the operation that failed, e.g. {@code events.after}
     * @param message what went wrong, without personal data
     */
    protected JdbcException(String operation, String message) {
        super(operation + ": " + message);
        this.operation = operation;
    }

    /**
     * Returns the operation that failed.
     *
     * @return e.g. {@code timers.complete}
     */
    public String operation() {
        return operation;
    }
}
