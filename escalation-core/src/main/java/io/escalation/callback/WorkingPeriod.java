package io.escalation.callback;

import static io.escalation.internal.callback.CalendarArguments.present;

import java.time.Duration;
import java.time.Instant;

/**
 * A stretch of working time, {@code [start, end)}: what {@link BusinessCalendar#workingPeriods}
 * returns. Touching working intervals form one period.
 *
 * @param start the first working instant
 * @param end the first instant after it that is not working time
 */
public record WorkingPeriod(Instant start, Instant end) {

    /**
     * Checks the order.
     *
     * @throws CalendarException with rule {@code NotNull}, or {@code EndAfterStart} when {@code end}
     *     is not after {@code start}
     */
    public WorkingPeriod {
        present("start", start);
        present("end", end);
        if (!end.isAfter(start)) {
            throw new CalendarException("end", "EndAfterStart", "a working period must end (" + end
                    + ") after it starts (" + start + ")");
        }
    }

    /**
     * Returns the period's length.
     *
     * @return the elapsed time from start to end
     */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /**
     * Returns whether {@code instant} lies in the period.
     *
     * @param instant an instant
     * @return {@code true} when {@code start <= instant < end}
     * @throws CalendarException with rule {@code NotNull} when {@code instant} is {@code null}
     */
    public boolean contains(Instant instant) {
        present("instant", instant);
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
