package io.escalation.internal.callback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.QuietHours;
import io.escalation.model.ContactWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CallTimesTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Instant FAR = Instant.parse("2026-12-31T00:00:00Z");
    static final BusinessCalendar ALWAYS = BusinessCalendar.builder(NEW_YORK).allDay(DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY,
            DayOfWeek.SUNDAY).build();

    static CallTimes times(ContactWindow window, QuietHours quiet) {
        return new CallTimes(ALWAYS, NEW_YORK, window, quiet);
    }

    static Instant z(String utc) {
        return Instant.parse(utc + ":00Z");
    }

    @Test
    void aWindowThatStartsInTheRepeatedHourEndsWhenTheClocksGoBackAndStartsAgain() {
        // 2026-11-01: 02:00 EDT (06:00Z) becomes 01:00 EST; 01:30-05:00 holds 01:30-02:00 EDT, then 01:30-05:00 EST
        CallTimes t = times(ContactWindow.of(LocalTime.of(1, 30), LocalTime.of(5, 0)), QuietHours.NONE);
        assertArrayEquals(new Instant[] {z("2026-11-01T05:40"), z("2026-11-01T06:00")}, t.stretch(z("2026-11-01T05:40"), FAR));
        assertFalse(t.customerAllows(z("2026-11-01T06:10")), "01:10 EST is before the window");
        assertArrayEquals(new Instant[] {z("2026-11-01T06:30"), z("2026-11-01T10:00")}, t.stretch(z("2026-11-01T06:00"), FAR));
    }

    @Test
    void aWindowThatEndsInTheSkippedHourEndsWhenTheClocksGoForward() {
        // 2026-03-08: 02:00 EST (07:00Z) becomes 03:00 EDT; 22:00-02:30 ends at the change
        CallTimes t = times(ContactWindow.of(LocalTime.of(22, 0), LocalTime.of(2, 30)), QuietHours.NONE);
        assertArrayEquals(new Instant[] {z("2026-03-08T04:00"), z("2026-03-08T07:00")}, t.stretch(z("2026-03-08T04:00"), FAR));
        assertFalse(t.customerAllows(z("2026-03-08T07:00")), "03:00 EDT is after the window");
        assertArrayEquals(new Instant[] {z("2026-03-09T02:00"), z("2026-03-09T06:30")}, t.stretch(z("2026-03-08T07:00"), FAR));
    }

    @Test
    void quietHoursCutTheWindowAndAStretchRunsAcrossMidnight() {
        CallTimes t = times(ContactWindow.of(LocalTime.of(18, 0), LocalTime.of(10, 0)),
                QuietHours.of(LocalTime.of(0, 0), LocalTime.of(7, 0)));
        // New York is UTC-5 in January: 18:00-24:00 and 07:00-10:00 local
        assertArrayEquals(new Instant[] {z("2026-01-05T23:00"), z("2026-01-06T05:00")}, t.stretch(z("2026-01-05T15:30"), FAR));
        assertArrayEquals(new Instant[] {z("2026-01-06T12:00"), z("2026-01-06T15:00")}, t.stretch(z("2026-01-06T05:00"), FAR));
        CallTimes night = times(null, QuietHours.of(LocalTime.of(21, 0), LocalTime.of(8, 0)));
        assertArrayEquals(new Instant[] {z("2026-01-06T13:00"), z("2026-01-07T02:00")}, night.stretch(z("2026-01-06T03:00"), FAR));
        assertTrue(night.customerAllows(z("2026-01-06T13:00")));
        assertFalse(night.inQuietHours(z("2026-01-06T13:00")));
    }

    @Test
    void aWindowInsideTheQuietHoursNeverAllowsACall() {
        CallTimes t = times(ContactWindow.of(LocalTime.of(22, 0), LocalTime.of(23, 0)), QuietHours.JAPAN_MONEY_LENDING);
        assertNull(t.stretch(z("2026-01-06T03:00"), FAR));
        assertNull(t.first(z("2026-01-06T03:00"), FAR));
    }

    @Test
    void withoutWindowAndQuietHoursAStretchRunsToTheLimit() {
        CallTimes t = times(null, QuietHours.NONE);
        assertArrayEquals(new Instant[] {z("2026-01-06T03:00"), FAR}, t.stretch(z("2026-01-06T03:00"), FAR));
    }

    @Test
    void theFirstCallableMomentNeedsTheSiteOpenToo() {
        BusinessCalendar office = BusinessCalendar.builder(NEW_YORK).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
                .build();
        CallTimes t = new CallTimes(office, NEW_YORK, ContactWindow.of(LocalTime.of(16, 0), LocalTime.of(20, 0)),
                QuietHours.NONE);
        assertEquals(z("2026-01-06T21:00"), t.first(z("2026-01-06T12:00"), FAR), "16:00 EST on Tuesday");
        assertEquals(z("2026-01-07T21:00"), t.first(z("2026-01-06T22:00"), FAR), "closed at 17:00, so Wednesday");
        assertArrayEquals(new Instant[] {z("2026-01-06T21:00"), z("2026-01-06T22:00")},
                t.last(z("2026-01-06T12:00"), z("2026-01-07T14:00")));
        assertNull(t.last(z("2026-01-06T12:00"), z("2026-01-06T20:00")));
    }
}
