package io.escalation.callback;

import io.escalation.internal.validation.Checks;
import io.escalation.model.EscalationRef;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A callback promised to a customer, as the host (or the desk) tracks it.
 *
 * @param ref the escalation the callback was promised for
 * @param promiseBy what the customer was promised
 * @param chases how many times the customer has contacted the center to ask about it
 */
public record PromisedCallback(@NotNull EscalationRef ref, @NotNull Instant promiseBy, @Min(0) int chases) {

    /**
     * Validates the promise.
     *
     * @throws io.escalation.InvalidEscalationException if a part is missing or chases is negative
     */
    public PromisedCallback {
        if (ref == null || promiseBy == null || chases < 0) {
            Checks.validate(PromisedCallback.class, ref, promiseBy, chases);
        }
    }
}
