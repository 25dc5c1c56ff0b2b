package io.escalation.jdbc;

/**
 * The module was used in a way it refuses: an invalid or repeated builder option, an argument out
 * of range, or an operation that cannot join the host's transaction. The message names the
 * {@link #parameter() parameter} and the rule, and shows a rejected value only where it cannot be
 * personal data (a table prefix, a length, a duration).
 */
public final class JdbcUsageException extends JdbcException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    /**
     * Creates the exception.
     *
     * @param operation the operation or builder method refused, e.g. {@code builder.tablePrefix}
     * @param parameter the parameter that broke a rule, e.g. {@code tablePrefix}
     * @param message the rule, without personal data
     */
    public JdbcUsageException(String operation, String parameter, String message) {
        super(operation, message);
        this.parameter = parameter;
    }

    /**
     * Returns the parameter that broke a rule.
     *
     * @return e.g. {@code tenantId}
     */
    public String parameter() {
        return parameter;
    }
}
