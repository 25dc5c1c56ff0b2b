package io.escalation.jdbc;

/**
 * Work that runs in one transaction of the module's, through the {@link JdbcEscalations} it is
 * given (see {@link JdbcEscalations#inTransaction(TransactionCallback)}).
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface TransactionCallback<T> {

    /**
     * Runs the work.
     *
     * @param transaction the module bound to the transaction's connection; every operation on it
     *     joins the transaction
     * @return the result
     */
    T run(JdbcEscalations transaction);
}
