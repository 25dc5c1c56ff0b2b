package io.escalation.callback;

import io.escalation.testkit.CalendarGens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The slow reference: decides openness from the specification with plain java.time and walks
 * minute by minute. Only valid for whole-minute instants and durations (every generated boundary
 * is a whole minute). Independent of the calendar's implementation.
 */
final class MinuteReference {

    private final CalendarGens.Spec spec;
    private final Map<LocalDate, List<Instant[]>> intervals = new HashMap<>();

    MinuteReference(CalendarGens.Spec spec) {
        this.spec = spec;
    }

    boolean isOpen(Instant t) {
        LocalDate today = t.atZone(spec.zone()).toLocalDate();
        for (LocalDate d : List.of(today.minusDays(1), today)) {
            for (Instant[] interval : intervals(d)) {
                if (!t.isBefore(interval[0]) && t.isBefore(interval[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The working intervals that start on {@code d}, as instants read with {@link ZonedDateTime#of}. */
    private List<Instant[]> intervals(LocalDate d) {
        return intervals.computeIfAbsent(d, this::readIntervals);
    }

    private List<Instant[]> readIntervals(LocalDate d) {
        List<Instant[]> out = new ArrayList<>();
        if (spec.isHoliday(d)) {
            return out;
        }
        for (WorkingHours h : spec.weekly().get(d.getDayOfWeek().getValue() - 1)) {
            Instant from = ZonedDateTime.of(d, h.from(), spec.zone()).toInstant();
            Instant to = ZonedDateTime.of(h.crossesMidnight() ? d.plusDays(1) : d, h.to(), spec.zone()).toInstant();
            out.add(new Instant[] {from, to});
        }
        return out;
    }

    /**
     * Whether some minute of an interval that starts on {@code d} is working time that no interval
     * of the day before already holds (after a DST change an interval may fall inside the previous
     * day's overnight shift; that time belongs to the previous day).
     */
    boolean isBusinessDay(LocalDate d) {
        List<Instant[]> before = intervals(d.minusDays(1));
        for (Instant[] interval : intervals(d)) {
            for (Instant x = interval[0]; x.isBefore(interval[1]); x = x.plusSeconds(60)) {
                Instant minute = x;
                if (before.stream().noneMatch(b -> !minute.isBefore(b[0]) && minute.isBefore(b[1]))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Steps through {@code minutes} minutes from {@code from}.
     *
     * @return whether each minute is working time
     */
    boolean[] openMinutes(Instant from, int minutes) {
        boolean[] open = new boolean[minutes];
        for (int i = 0; i < minutes; i++) {
            open[i] = isOpen(from.plusSeconds(60L * i));
        }
        return open;
    }

    Instant add(Instant start, Duration duration) {
        long remaining = duration.toMinutes();
        Instant x = start;
        if (remaining == 0) {
            while (!isOpen(x)) {
                x = x.plusSeconds(60);
            }
            return x;
        }
        while (remaining > 0) {
            if (isOpen(x)) {
                remaining--;
            }
            x = x.plusSeconds(60);
        }
        return x;
    }

    Duration between(Instant a, Instant b) {
        long minutes = 0;
        for (Instant x = a; x.isBefore(b); x = x.plusSeconds(60)) {
            if (isOpen(x)) {
                minutes++;
            }
        }
        return Duration.ofMinutes(minutes);
    }
}
