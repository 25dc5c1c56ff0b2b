package io.escalation.benchmarks;

import io.escalation.callback.Holiday;
import io.escalation.callback.HolidayProvider;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference for business-time arithmetic: the obvious implementation with plain
 * {@code java.time}, stepping minute by minute and asking of each minute whether the site is open
 * then (its local date is not a holiday and its local time lies in one of that weekday's intervals,
 * or in the part after midnight of an overnight interval of the day before that is not a holiday).
 * Exact for starts, spans and working hours in whole minutes. The baseline of
 * {@link CalendarBenchmark} and {@link CalendarHolidaysBenchmark}.
 */
public final class MinuteStepper {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final ZoneId zone;
    private final Map<DayOfWeek, List<LocalTime[]>> hours = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> holidays = new HashSet<>();

    /**
     * Creates a stepper with no working hours.
     *
     * @param zone the site's zone
     */
    public MinuteStepper(ZoneId zone) {
        this.zone = zone;
        for (DayOfWeek d : DayOfWeek.values()) {
            hours.put(d, new ArrayList<>());
        }
    }

    /**
     * Adds working hours on some weekdays; {@code to} not after {@code from} means the next day.
     *
     * @param from the start
     * @param to the end
     * @param days the weekdays
     * @return this stepper
     */
    public MinuteStepper hours(LocalTime from, LocalTime to, DayOfWeek... days) {
        for (DayOfWeek d : days) {
            hours.get(d).add(new LocalTime[] {from, to});
        }
        return this;
    }

    /**
     * Adds the holidays of the years {@code from} to {@code to}.
     *
     * @param provider the holidays
     * @param from the first year
     * @param to the last year
     * @return this stepper
     */
    public MinuteStepper holidays(HolidayProvider provider, int from, int to) {
        for (int year = from; year <= to; year++) {
            for (Holiday h : provider.holidaysIn(year)) {
                holidays.add(h.date());
            }
        }
        return this;
    }

    /**
     * Returns whether the site is open during the minute starting at {@code t}.
     *
     * @param t an instant
     * @return {@code true} when open
     */
    public boolean isOpen(Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        LocalDate date = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (!holidays.contains(date)) {
            for (LocalTime[] h : hours.get(date.getDayOfWeek())) {
                boolean overnight = !h[1].isAfter(h[0]);
                if (!time.isBefore(h[0]) && (overnight || time.isBefore(h[1]))) {
                    return true;
                }
            }
        }
        LocalDate yesterday = date.minusDays(1);
        if (!holidays.contains(yesterday)) {
            for (LocalTime[] h : hours.get(yesterday.getDayOfWeek())) {
                if (!h[1].isAfter(h[0]) && time.isBefore(h[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Adds business time minute by minute: the instant at which {@code span} of open minutes have
     * passed since {@code from}; for a zero span, the next open minute.
     *
     * @param from the start, in whole minutes
     * @param span the business time, in whole minutes, not negative
     * @return the result
     */
    public Instant add(Instant from, Duration span) {
        Instant t = from;
        long left = span.toMinutes();
        if (left == 0) {
            while (!isOpen(t)) {
                t = t.plus(MINUTE);
            }
            return t;
        }
        while (left > 0) {
            if (isOpen(t)) {
                left--;
            }
            t = t.plus(MINUTE);
        }
        return t;
    }
}
