package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Where the contact stands while the escalation is open: the customer is on the line, on hold,
 * waiting for a promised callback, or the contact has ended.
 */
public sealed interface CallState {

    /** The customer is on the line with the operator. */
    record Live() implements CallState {}

    /**
     * The customer waits on hold (保留) while the operator asks.
     *
     * @param since when the hold began
     */
    record OnHold(@NotNull Instant since) implements CallState {
        /**
         * Validates the state.
         *
         * @throws io.escalation.InvalidEscalationException if {@code since} is missing
         */
        public OnHold {
            if (!Checks.isInstant(since)) {
                Checks.of(OnHold.class, since).instant("since", since).done();
            }
        }
    }

    /**
     * The call ended with a promise to call the customer back (折り返し) by {@code until}.
     *
     * @param until the promised time
     */
    record CallbackPromised(@NotNull Instant until) implements CallState {
        /**
         * Validates the state.
         *
         * @throws io.escalation.InvalidEscalationException if {@code until} is missing
         */
        public CallbackPromised {
            if (!Checks.isInstant(until)) {
                Checks.of(CallbackPromised.class, until).instant("until", until).done();
            }
        }
    }

    /** The contact has ended without a pending promise. */
    record Ended() implements CallState {}

    /**
     * Returns the live state.
     *
     * @return the customer is on the line
     */
    static CallState live() {
        return new Live();
    }

    /**
     * Returns the on-hold state.
     *
     * @param since when the hold began
     * @return the customer is on hold
     */
    static CallState onHold(Instant since) {
        return new OnHold(since);
    }

    /**
     * Returns the callback-promised state.
     *
     * @param until the promised time
     * @return a callback is promised
     */
    static CallState callbackPromised(Instant until) {
        return new CallbackPromised(until);
    }

    /**
     * Returns the ended state.
     *
     * @return the contact has ended
     */
    static CallState ended() {
        return new Ended();
    }
}
