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
 * @param attemptBudget how many attempts may be made
 * @param missedAttempts how many attempts failed so far
 */
public record CallbackRecord(ActorId responder, Instant dueAt, Instant promiseBy, Instant remindAt, Instant scheduledAt,
        CallbackOutcome outcome, int chases, int attemptBudget, int missedAttempts) {

    /**
     * Returns whether the promise has passed without a call at {@code now}.
     *
     * @param now the current instant
     * @return {@code true} when still pending after the promised time
     */
    public boolean isOverdue(Instant now) {
        return outcome == CallbackOutcome.PENDING && now.isAfter(promiseBy);
    }

    /**
     * Returns how many attempts are left while pending.
     *
     * @return the attempts left, 0 once settled
     */
    public int attemptsLeft() {
        return outcome == CallbackOutcome.PENDING ? attemptBudget - missedAttempts : 0;
    }

    CallbackRecord withOutcome(CallbackOutcome value) {
        return new CallbackRecord(responder, dueAt, promiseBy, remindAt, scheduledAt, value, chases, attemptBudget,
                missedAttempts);
    }

    /** One more failed attempt: still pending while attempts are left, missed when the budget is spent. */
    CallbackRecord missedOnce() {
        int missed = missedAttempts + 1;
        return new CallbackRecord(responder, dueAt, promiseBy, remindAt, scheduledAt,
                missed >= attemptBudget ? CallbackOutcome.MISSED : CallbackOutcome.PENDING, chases, attemptBudget, missed);
    }

    CallbackRecord chased() {
        return new CallbackRecord(responder, dueAt, promiseBy, remindAt, scheduledAt, outcome, chases + 1,
                attemptBudget, missedAttempts);
    }
}
