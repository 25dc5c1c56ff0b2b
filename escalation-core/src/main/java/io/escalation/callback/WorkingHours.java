package io.escalation.callback;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One working interval of a day, in the calendar's local time: {@code from} inclusive to
 * {@code to} exclusive. When {@code to} is not after {@code from} the interval crosses midnight
 * and ends on the next day (22:00-06:00; 18:00-00:00 ends at midnight); it still belongs to the day
 * it starts. {@code from} equal to {@code to} is refused when the calendar is built.
 *
 * @param from the start
 * @param to the end (on the next day when not after {@code from})
 */
public record WorkingHours(LocalTime from, LocalTime to) {

    /** Checks both bounds are present. */
    public WorkingHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /**
     * Returns working hours {@code from}-{@code to}.
     *
     * @param from the start
     * @param to the end
     * @return the interval
     */
    public static WorkingHours of(LocalTime from, LocalTime to) {
        return new WorkingHours(from, to);
    }

    /**
     * Returns whether the interval crosses midnight.
     *
     * @return {@code true} when {@code to} is not after {@code from}
     */
    public boolean crossesMidnight() {
        return !to.isAfter(from);
    }

    /**
     * Returns the nominal length (ignoring daylight saving time).
     *
     * @return the length
     */
    public Duration length() {
        int start = from.toSecondOfDay();
        int end = to.toSecondOfDay() + (crossesMidnight() ? 86_400 : 0);
        return Duration.ofSeconds(end - start);
    }
}
