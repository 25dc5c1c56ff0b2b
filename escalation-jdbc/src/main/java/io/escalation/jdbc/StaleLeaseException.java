package io.escalation.jdbc;

/**
 * A timer lease is no longer valid: the timer was claimed again by another node (its fencing token
 * moved on), cancelled, rescheduled or already fired. The holder must stop and must not repeat the
 * timer's effect; the newer owner's work stands.
 */
public final class StaleLeaseException extends JdbcException {

    private static final long serialVersionUID = 1L;

    private final String timerId;
    private final long fencingToken;

    /**
     * Creates the exception.
     *
     * @param operation the operation refused, e.g. {@code timers.complete}
     * @param timerId the timer's id (a host-chosen identifier, never personal data)
     * @param fencingToken the stale lease's fencing token
     */
    public StaleLeaseException(String operation, String timerId, long fencingToken) {
        super(operation, "the lease of timer '" + timerId + "' with fencing token " + fencingToken
                + " is stale: the timer was claimed again, rescheduled, cancelled or fired");
        this.timerId = timerId;
        this.fencingToken = fencingToken;
    }

    /**
     * Returns the timer's id.
     *
     * @return the timer id
     */
    public String timerId() {
        return timerId;
    }

    /**
     * Returns the stale lease's fencing token.
     *
     * @return the token
     */
    public long fencingToken() {
        return fencingToken;
    }
}
