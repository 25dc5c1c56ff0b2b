package io.escalation.callback;

import java.time.Instant;
import java.util.Objects;

/**
 * A time the SLA clock does not run: waiting on the customer or on a department.
 *
 * @param from the start
 * @param to the end, not before the start
 */
public record Pause(Instant from, Instant to) {

    /** Validates the order. */
    public Pause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a pause must not end (" + to + ") before it starts (" + from + ")");
        }
    }
}
