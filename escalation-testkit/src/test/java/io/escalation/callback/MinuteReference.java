package io.escalation.callback;

import io.escalation.testkit.CalendarGens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The slow reference: decides openness from the specification with plain java.time and walks
 * minute by minute. Only valid for whole-minute instants and durations (every generated boundary
 * is a whole minute). Independent of the calendar's implementation.
 */
final class MinuteReference {

    private final CalendarGens.Spec spec;

    MinuteReference(CalendarGens.Spec spec) {
        this.spec = spec;
    }

    boolean isOpen(Instant t) {
        LocalDate today = t.atZone(spec.zone()).toLocalDate();
        for (LocalDate d : List.of(today.minusDays(1), today)) {
            if (spec.isHoliday(d)) {
                continue;
            }
            for (WorkingHours h : spec.weekly().get(d.getDayOfWeek().getValue() - 1)) {
                Instant from = ZonedDateTime.of(d, h.from(), spec.zone()).toInstant();
                Instant to = ZonedDateTime.of(h.crossesMidnight() ? d.plusDays(1) : d, h.to(), spec.zone()).toInstant();
                if (!t.isBefore(from) && t.isBefore(to)) {
                    return true;
                }
            }
        }
        return false;
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
