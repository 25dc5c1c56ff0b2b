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
}
