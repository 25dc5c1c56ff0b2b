package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;

/**
 * The daily window in which a customer accepts a call, in the customer's own time zone, e.g.
 * 10:00-12:00. A window whose end is before its start crosses midnight (22:00-01:00).
 *
 * @param from the first acceptable local time, inclusive
 * @param until the end of the window, exclusive; different from {@code from}
 */
public record ContactWindow(@NotNull LocalTime from, @NotNull LocalTime until) {

    /**
     * Validates the window.
     *
     * @throws io.escalation.InvalidEscalationException if a bound is missing or both are equal
     */
    public ContactWindow {
        if (from == null || until == null || from.equals(until) || from.getNano() != 0 || until.getNano() != 0) {
            Checks.Checker check = Checks.of(ContactWindow.class, from, until);
            if (check.ok()) {
                check.require(!from.equals(until), "until", "DifferentFromStart",
                        "must differ from 'from' (an empty window accepts no call)", until);
                check.require(from.getNano() == 0, "from", "WholeSeconds", "must be whole seconds", from);
                check.require(until.getNano() == 0, "until", "WholeSeconds", "must be whole seconds", until);
            }
            check.done();
        }
    }

    /**
     * Returns the window {@code from}-{@code until}.
     *
     * @param from first acceptable time
     * @param until end of the window, exclusive
     * @return the window
     */
    public static ContactWindow of(LocalTime from, LocalTime until) {
        return new ContactWindow(from, until);
    }

    /**
     * Returns whether the window crosses midnight.
     *
     * @return {@code true} when {@code until} is before {@code from}
     */
    public boolean crossesMidnight() {
        return until.isBefore(from);
    }

    /**
     * Returns whether {@code time} lies inside the window.
     *
     * @param time a local time of day
     * @return {@code true} when the customer accepts a call at that time
     */
    public boolean contains(LocalTime time) {
        return crossesMidnight()
                ? !time.isBefore(from) || time.isBefore(until)
                : !time.isBefore(from) && time.isBefore(until);
    }
}
