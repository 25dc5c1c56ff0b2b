package io.escalation.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * Adding more than a week on a calendar with an overnight shift and a day shift skips whole weeks
 * only when no part of the previous night's shift is still ahead: checked against stepping minute
 * by minute over the schedule itself, from every quarter hour of a day (inside the night shift,
 * at its end, between the shifts, inside the day shift) and for spans of one to five weeks plus a
 * remainder.
 */
class OvernightWeekSkipTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** Open 22:00-06:00 and 08:00-16:00 every day, read from local time alone. */
    private static boolean open(ZonedDateTime t) {
        int minute = t.getHour() * 60 + t.getMinute();
        return minute >= 22 * 60 || minute < 6 * 60 || (minute >= 8 * 60 && minute < 16 * 60);
    }

    /** The moment the span's last working minute ends, stepping a minute at a time. */
    private static Instant stepped(Instant from, Duration span) {
        ZonedDateTime t = from.atZone(TOKYO);
        long left = span.toMinutes();
        while (left > 0) {
            if (open(t)) {
                left--;
            }
            t = t.plusMinutes(1);
        }
        return t.toInstant();
    }

    @Test
    void weekSkipsNeverLoseTheRestOfAnOvernightShift() {
        BusinessCalendar calendar = BusinessCalendar.builder(TOKYO)
                .everyDay(LocalTime.of(22, 0), LocalTime.of(6, 0))
                .everyDay(LocalTime.of(8, 0), LocalTime.of(16, 0))
                .build();
        Duration week = calendar.weeklyWorkingTime();
        assertEquals(Duration.ofHours(16 * 7), week);
        Instant day = ZonedDateTime.of(2026, 12, 2, 0, 0, 0, 0, TOKYO).toInstant();
        for (int quarter = 0; quarter < 96; quarter++) {
            Instant from = day.plus(quarter * 15L, ChronoUnit.MINUTES);
            for (int weeks = 1; weeks <= 5; weeks += 2) {
                Duration span = week.multipliedBy(weeks).plusMinutes(quarter * 7L % 600);
                assertEquals(stepped(from, span), calendar.add(from, span), "from " + from + " adding " + span);
            }
        }
    }
}
