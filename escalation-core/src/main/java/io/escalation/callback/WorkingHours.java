package io.escalation.callback;

import static io.escalation.internal.callback.CalendarArguments.present;

import java.time.Duration;
import java.time.LocalTime;

/**
 * One working interval of a day, in the calendar's local time, given to the second: {@code from}
 * inclusive to {@code to} exclusive. When {@code to} is before {@code from} the interval crosses
 * midnight and ends on the next day (22:00-06:00); an end of midnight means the end of the day
 * (18:00-00:00 ends at the next midnight). {@code 00:00-00:00} is the whole day, 00:00-24:00
 * ({@link #allDay()}); any other interval whose end equals its start is refused, because it could
 * mean nothing or 24 hours. Whatever its end, an interval belongs to the day it starts.
 *
 * @param from the start
 * @param to the end (on the next day when not after {@code from}; midnight is the end of the day)
 */
public record WorkingHours(LocalTime from, LocalTime to) {

    private static final WorkingHours ALL_DAY = new WorkingHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    /**
     * Checks the bounds.
     *
     * @throws CalendarException at {@code from} or {@code to}: {@code NotNull}; {@code WholeSeconds}
     *     when a bound has a fraction of a second; {@code EndAfterStart} when the end equals a start
     *     other than midnight
     */
    public WorkingHours {
        present("from", from);
        present("to", to);
        if (from.getNano() != 0 || to.getNano() != 0) {
            throw new CalendarException(from.getNano() != 0 ? "from" : "to", "WholeSeconds",
                    "working hours are given to the second, but got " + from + "-" + to);
        }
        if (from.equals(to) && !from.equals(LocalTime.MIDNIGHT)) {
            throw new CalendarException("to", "EndAfterStart", "an interval from " + from + " to " + to
                    + " is empty or a whole day; its end must differ from its start (00:00-00:00 is the whole day)");
        }
    }

    /**
     * Returns working hours {@code from}-{@code to}.
     *
     * @param from the start
     * @param to the end
     * @return the interval
     * @throws CalendarException as the constructor does
     */
    public static WorkingHours of(LocalTime from, LocalTime to) {
        return new WorkingHours(from, to);
    }

    /**
     * Returns the whole day, 00:00-24:00, as one interval (written {@code 00:00-00:00}).
     *
     * @return the interval
     */
    public static WorkingHours allDay() {
        return ALL_DAY;
    }

    /**
     * Returns whether this is the whole day, 00:00-24:00.
     *
     * @return {@code true} for {@link #allDay()}
     */
    public boolean isAllDay() {
        return equals(ALL_DAY);
    }

    /**
     * Returns whether the interval ends on the next day's date: 22:00-06:00 does, and so do
     * 18:00-00:00 and the whole day, which end at the next midnight.
     *
     * @return {@code true} when {@code to} is not after {@code from}
     */
    public boolean crossesMidnight() {
        return !to.isAfter(from);
    }

    /**
     * Returns the nominal length (ignoring daylight saving time).
     *
     * @return the length, up to 24 hours
     */
    public Duration length() {
        return Duration.ofSeconds(endSecond() - from.toSecondOfDay());
    }

    /** The end as seconds after the start of the interval's day: up to 86400 on the same day, beyond on the next. */
    int endSecond() {
        return to.toSecondOfDay() + (crossesMidnight() ? 86_400 : 0);
    }
}
