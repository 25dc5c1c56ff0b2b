package io.escalation.callback;

import io.escalation.internal.validation.Checks;
import java.time.Duration;
import java.util.Objects;

/**
 * How an escalation reaches the responder who will call back: a live transfer reaches them at
 * once; internal mail is picked up within some business time of the receiving site.
 */
public sealed interface Handoff {

    /** A live transfer or a direct message the responder sees at once. */
    record Live() implements Handoff {}

    /**
     * Internal mail (or a ticket) that the receiving site picks up within {@code pickupWithin} of
     * its own business time.
     *
     * @param pickupWithin business time until it is read, 0 to 10 days
     */
    record InternalMail(Duration pickupWithin) implements Handoff {
        /** Validates the latency. */
        public InternalMail {
            if (pickupWithin == null || pickupWithin.isNegative() || pickupWithin.compareTo(Duration.ofDays(10)) > 0) {
                Checks.building(InternalMail.class)
                        .require(pickupWithin != null, "pickupWithin", "NotNull", "must not be null", null)
                        .require(pickupWithin == null || (!pickupWithin.isNegative()
                                && pickupWithin.compareTo(Duration.ofDays(10)) <= 0), "pickupWithin", "DurationRange",
                                "must be between PT0S and P10D, but was " + pickupWithin, pickupWithin)
                        .done();
            }
        }
    }

    /**
     * Returns a live handoff.
     *
     * @return the handoff
     */
    static Handoff live() {
        return new Live();
    }

    /**
     * Returns an internal-mail handoff.
     *
     * @param pickupWithin business time of the receiving site until it is read
     * @return the handoff
     */
    static Handoff internalMail(Duration pickupWithin) {
        return new InternalMail(pickupWithin);
    }
}
