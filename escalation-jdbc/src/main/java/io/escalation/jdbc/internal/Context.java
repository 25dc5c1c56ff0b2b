package io.escalation.jdbc.internal;

import io.escalation.jdbc.Dialect;
import java.time.Clock;
import java.time.Instant;

/**
 * What every part of the module shares: the dialect's statements and binder, the clock and the
 * node's id. Immutable.
 *
 * @param dialect the dialect
 * @param prefix the table prefix
 * @param sql the statements
 * @param binder the binder
 * @param clock the clock
 * @param nodeId this node's id, recorded as timer owner
 */
public record Context(Dialect dialect, String prefix, Sql sql, Binder binder, Clock clock, String nodeId) {

    /**
     * Creates a context.
     *
     * @param dialect the dialect
     * @param prefix the validated table prefix
     * @param clock the clock
     * @param nodeId the node id
     * @return the context
     */
    public static Context of(Dialect dialect, String prefix, Clock clock, String nodeId) {
        return new Context(dialect, prefix, new Sql(dialect, prefix), new Binder(dialect), clock, nodeId);
    }

    /**
     * Returns the clock's instant, truncated to microseconds.
     *
     * @return now
     */
    public Instant now() {
        return Binder.micros(clock.instant());
    }
}
