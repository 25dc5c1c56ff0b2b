package io.escalation.callback;

import java.time.Instant;
import java.util.Objects;

/**
 * A callback promised to a customer, as the host tracks it.
 *
 * @param reference the host's reference (an escalation id, a ticket number); not personal data
 * @param promiseBy what the customer was promised
 * @param chases how many times the customer has contacted the center to ask about it
 */
public record PromisedCallback(String reference, Instant promiseBy, int chases) {

    /** Validates the promise. */
    public PromisedCallback {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(promiseBy, "promiseBy");
        if (chases < 0) {
            throw new IllegalArgumentException("chases must not be negative, but was " + chases);
        }
    }
}
