package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Signals that the customer cannot wait: in a hurry, waiting since an earlier time ("since
 * yesterday"), contacting again, or having had the same trouble before ("last month too").
 *
 * @param inAHurry the customer says they are in a hurry
 * @param waitingSince since when the customer has been waiting for a solution, if they said so
 * @param repeatContacts how many times the customer contacted the center about this before (0-999)
 * @param sameTroubleBefore the customer had the same trouble before
 */
public record Urgency(
        boolean inAHurry,
        @Nullable Instant waitingSince,
        @Min(0) @Max(999) int repeatContacts,
        boolean sameTroubleBefore) {

    /** No urgency signal at all. */
    public static final Urgency NONE = new Urgency(false, null, 0, false);

    /**
     * Validates the signals.
     *
     * @throws io.escalation.InvalidEscalationException if {@code repeatContacts} is out of range
     */
    public Urgency {
        if (repeatContacts < 0 || repeatContacts > 999 || (waitingSince != null && !Checks.isInstant(waitingSince))) {
            Checks.of(Urgency.class, inAHurry, waitingSince, repeatContacts, sameTroubleBefore)
                    .instant("waitingSince", waitingSince).done();
        }
    }

    /**
     * Returns whether any urgency signal is present.
     *
     * @return {@code true} when the customer is in a hurry, waiting, repeating or had this before
     */
    public boolean any() {
        return inAHurry || waitingSince != null || repeatContacts > 0 || sameTroubleBefore;
    }

    /**
     * Starts an urgency with no signal; set the ones the customer shows.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Urgency}; not thread-safe. */
    public static final class Builder {
        private boolean inAHurry;
        private @Nullable Instant waitingSince;
        private int repeatContacts;
        private boolean sameTroubleBefore;

        private Builder() {}

        /**
         * The customer is in a hurry (お急ぎ).
         *
         * @return this builder
         */
        public Builder inAHurry() {
            this.inAHurry = true;
            return this;
        }

        /**
         * The customer has been waiting since an instant ("since yesterday").
         *
         * @param since when the wait started
         * @return this builder
         */
        public Builder waitingSince(Instant since) {
            this.waitingSince = since;
            return this;
        }

        /**
         * How many times the customer contacted the center about this before.
         *
         * @param count 0-999
         * @return this builder
         */
        public Builder repeatContacts(int count) {
            this.repeatContacts = count;
            return this;
        }

        /**
         * The customer had the same trouble before ("same trouble last month").
         *
         * @return this builder
         */
        public Builder sameTroubleBefore() {
            this.sameTroubleBefore = true;
            return this;
        }

        /**
         * Builds the urgency.
         *
         * @return the urgency
         * @throws io.escalation.InvalidEscalationException naming every broken rule
         */
        public Urgency build() {
            return new Urgency(inAHurry, waitingSince, repeatContacts, sameTroubleBefore);
        }
    }
}
