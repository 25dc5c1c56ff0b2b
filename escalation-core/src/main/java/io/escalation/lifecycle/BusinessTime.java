package io.escalation.lifecycle;

import java.time.Duration;
import java.time.Instant;

/**
 * Measures time between two instants: wall-clock time, or business time per a site calendar
 * (pass {@code calendar::between} of a {@code io.escalation.callback.BusinessCalendar}).
 */
@FunctionalInterface
public interface BusinessTime {

    /** Wall-clock time: every second counts. */
    BusinessTime WALL_CLOCK = Duration::between;

    /**
     * Returns the time between {@code from} and {@code to} ({@code from <= to}).
     *
     * @param from the start
     * @param to the end, not before {@code from}
     * @return the measured time, never negative
     */
    Duration between(Instant from, Instant to);
}
