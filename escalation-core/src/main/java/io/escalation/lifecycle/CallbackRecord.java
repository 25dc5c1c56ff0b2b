package io.escalation.lifecycle;

import io.escalation.model.ActorId;
import java.time.Instant;

/**
 * A callback promised to the customer and what became of it.
 *
 * @param responder who will call
 * @param dueAt when the responder can realistically call
 * @param promiseBy what the customer was promised
 * @param remindAt when to remind the responder
 * @param scheduledAt when the promise was made
 * @param outcome pending, made or missed
 * @param chases how often the customer chased the escalation while this callback was pending
 */
public record CallbackRecord(ActorId responder, Instant dueAt, Instant promiseBy, Instant remindAt, Instant scheduledAt,
        CallbackOutcome outcome, int chases) {

    /**
     * Returns whether the promise has passed without a call at {@code now}.
     *
     * @param now the current instant
     * @return {@code true} when still pending after the promised time
     */
    public boolean isOverdue(Instant now) {
        return outcome == CallbackOutcome.PENDING && now.isAfter(promiseBy);
    }

    CallbackRecord withOutcome(CallbackOutcome value) {
        return new CallbackRecord(responder, dueAt, promiseBy, remindAt, scheduledAt, value, chases);
    }

    CallbackRecord chased() {
        return new CallbackRecord(responder, dueAt, promiseBy, remindAt, scheduledAt, outcome, chases + 1);
    }
}
