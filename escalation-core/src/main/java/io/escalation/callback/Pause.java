package io.escalation.callback;

import io.escalation.internal.validation.Checks;
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
        if (from == null || to == null || to.isBefore(from)) {
            Checks.building(Pause.class)
                    .require(from != null, "from", "NotNull", "must not be null", from)
                    .require(to != null, "to", "NotNull", "must not be null", to)
                    .require(from == null || to == null || !to.isBefore(from), "to", "NotBeforeFrom",
                            "must not be before from", to)
                    .done();
        }
    }
}
