package io.escalation.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final LocalTime NINE = LocalTime.of(9, 0);
    static final LocalTime SIX_PM = LocalTime.of(18, 0);

    static final BusinessCalendar TOKYO_OFFICE = BusinessCalendar.builder(TOKYO).weekdays(NINE, SIX_PM)
            .holidays(JapaneseHolidays.provider()).build();

    static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static Instant tokyo(String localDateTime) {
        return at(TOKYO, localDateTime);
    }

    @Test
    void goldenWeek2026IsSkipped() {
        // Wed 4/29 昭和の日; Sun 5/3 - Wed 5/6 holidays (5/6 substitutes for 5/3)
        assertEquals(tokyo("2026-04-30T10:00"), TOKYO_OFFICE.add(tokyo("2026-04-28T17:00"), Duration.ofHours(2)));
        assertEquals(tokyo("2026-05-07T09:30"), TOKYO_OFFICE.add(tokyo("2026-05-01T17:30"), Duration.ofHours(1)));
        assertEquals(Optional.of("休日"), TOKYO_OFFICE.holiday(LocalDate.of(2026, 5, 6)));
        assertFalse(TOKYO_OFFICE.isBusinessDay(LocalDate.of(2026, 5, 4)));
        assertEquals(Duration.ofHours(2), TOKYO_OFFICE.between(tokyo("2026-05-01T17:00"), tokyo("2026-05-07T10:00")));
        assertEquals(tokyo("2026-05-08T10:00"), TOKYO_OFFICE.addBusinessDays(tokyo("2026-04-30T10:00"), 3));
        assertEquals(tokyo("2026-04-30T10:00"), TOKYO_OFFICE.addBusinessDays(tokyo("2026-05-07T10:00"), -2));
    }

    @Test
    void aDurationEndingAtClosingTimeReturnsTheClosingTime() {
        assertEquals(tokyo("2026-11-24T18:00"), TOKYO_OFFICE.add(tokyo("2026-11-24T17:00"), Duration.ofHours(1)));
        assertFalse(TOKYO_OFFICE.isOpen(tokyo("2026-11-24T18:00")), "intervals are half-open");
        assertTrue(TOKYO_OFFICE.isOpen(tokyo("2026-11-24T09:00")));
    }

    @Test
    void addingZeroFromClosedTimeReturnsTheNextOpening() {
        assertEquals(tokyo("2026-11-25T09:00"), TOKYO_OFFICE.add(tokyo("2026-11-24T20:00"), Duration.ZERO));
        assertEquals(tokyo("2026-11-24T12:00"), TOKYO_OFFICE.add(tokyo("2026-11-24T12:00"), Duration.ZERO));
        assertEquals(tokyo("2026-11-25T09:00"), TOKYO_OFFICE.nextOpening(tokyo("2026-11-24T18:00")));
        assertEquals(tokyo("2026-11-30T09:00"), TOKYO_OFFICE.nextOpening(tokyo("2026-11-27T18:00")),
                "Friday evening opens again on Monday");
    }

    @Test
    void negativeDurationsSubtractAndStopAtAnOpening() {
        assertEquals(tokyo("2026-11-25T09:00"), TOKYO_OFFICE.add(tokyo("2026-11-25T10:00"), Duration.ofHours(-1)));
        assertEquals(tokyo("2026-11-24T17:00"), TOKYO_OFFICE.subtract(tokyo("2026-11-25T10:00"), Duration.ofHours(2)));
        assertEquals(Duration.ofHours(-2), TOKYO_OFFICE.between(tokyo("2026-11-25T10:00"), tokyo("2026-11-24T17:00")));
    }

    @Test
    void spansOfYearsWork() {
        Instant start = tokyo("2026-01-05T09:00");
        Instant end = TOKYO_OFFICE.add(start, Duration.ofHours(9 * 240 * 2));
        assertEquals(Duration.ofHours(9 * 240 * 2), TOKYO_OFFICE.between(start, end));
        assertEquals(start, TOKYO_OFFICE.subtract(end, Duration.ofHours(9 * 240 * 2)));
        assertTrue(end.isAfter(tokyo("2027-12-01T00:00")) && end.isBefore(tokyo("2028-03-01T00:00")), end.toString());
    }

    @Test
    void overnightShiftsBelongToTheDayTheyStart() {
        ZoneId bangkok = ZoneId.of("Asia/Bangkok");
        BusinessCalendar night = BusinessCalendar.builder(bangkok).weekdays(LocalTime.of(22, 0), LocalTime.of(6, 0))
                .build();
        assertTrue(night.isOpen(at(bangkok, "2026-11-28T05:00")), "Friday's shift runs into Saturday");
        assertFalse(night.isOpen(at(bangkok, "2026-11-23T03:00")), "no Sunday shift runs into Monday");
        assertEquals(at(bangkok, "2026-11-30T23:00"), night.add(at(bangkok, "2026-11-28T05:00"), Duration.ofHours(2)));
        assertEquals(Optional.of(at(bangkok, "2026-11-28T06:00")), night.currentIntervalEnd(at(bangkok,
                "2026-11-27T23:00")));
        assertEquals(Optional.empty(), night.currentIntervalEnd(at(bangkok, "2026-11-27T12:00")));
    }

    @Test
    void touchingIntervalsCountAsOneWorkingStretch() {
        BusinessCalendar allDay = BusinessCalendar.builder(TOKYO).everyDay(LocalTime.MIDNIGHT, LocalTime.NOON)
                .everyDay(LocalTime.NOON, LocalTime.MIDNIGHT).closed(LocalDate.of(2026, 12, 1)).build();
        assertEquals(Optional.of(tokyo("2026-12-01T00:00")), allDay.currentIntervalEnd(tokyo("2026-11-29T08:00")));
        BusinessCalendar split = BusinessCalendar.builder(TOKYO).weekdays(NINE, LocalTime.NOON)
                .weekdays(LocalTime.of(13, 0), SIX_PM).build();
        assertEquals(Optional.of(tokyo("2026-11-24T12:00")), split.currentIntervalEnd(tokyo("2026-11-24T10:00")));
        assertEquals(tokyo("2026-11-24T13:30"), split.add(tokyo("2026-11-24T11:30"), Duration.ofHours(1)),
                "the lunch break does not count");
    }

    @Test
    void durationsAreRealElapsedTimeAcrossDaylightSavingChanges() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        BusinessCalendar always = BusinessCalendar.builder(berlin).everyDay(LocalTime.MIDNIGHT, LocalTime.NOON)
                .everyDay(LocalTime.NOON, LocalTime.MIDNIGHT).build();
        assertEquals(Duration.ofHours(25), always.between(at(berlin, "2026-10-25T00:00"), at(berlin, "2026-10-26T00:00")));
        assertEquals(Duration.ofHours(23), always.between(at(berlin, "2026-03-29T00:00"), at(berlin, "2026-03-30T00:00")));
        assertEquals(at(berlin, "2026-03-30T00:00"), always.add(at(berlin, "2026-03-29T00:00"), Duration.ofHours(23)));
    }

    @Test
    void aBoundaryInTheGapMovesForwardAndOneInTheOverlapUsesTheEarlierOffset() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        BusinessCalendar sunday = BusinessCalendar.builder(berlin)
                .hours(DayOfWeek.SUNDAY, LocalTime.of(2, 30), LocalTime.of(5, 0)).build();
        // 2026-03-29 02:30 does not exist: the shift starts at 03:30 CEST (01:30Z) and lasts 1.5 h
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), sunday.nextOpening(Instant.parse("2026-03-29T00:00:00Z")));
        assertEquals(Duration.ofMinutes(90), sunday.between(Instant.parse("2026-03-28T00:00:00Z"),
                Instant.parse("2026-03-30T00:00:00Z")));
        // 2026-10-25 02:30 happens twice: the earlier, CEST, is 00:30Z; the shift lasts 3.5 h
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), sunday.nextOpening(Instant.parse("2026-10-24T12:00:00Z")));
        assertEquals(Duration.ofMinutes(210), sunday.between(Instant.parse("2026-10-24T00:00:00Z"),
                Instant.parse("2026-10-26T00:00:00Z")));
    }

    @Test
    void saoPauloDaylightSavingOf2018WhenMidnightDidNotExist() {
        // Brazil abolished DST in 2019; the JDK's tzdb keeps the history: on 2018-11-04 clocks went
        // from 00:00 to 01:00, and on 2019-02-17 from 00:00 back to 23:00 of the day before.
        ZoneId sp = ZoneId.of("America/Sao_Paulo");
        BusinessCalendar mornings = BusinessCalendar.builder(sp).everyDay(LocalTime.MIDNIGHT, LocalTime.NOON).build();
        assertEquals(Duration.ofHours(11), mornings.between(at(sp, "2018-11-04T00:00"), at(sp, "2018-11-05T00:00")));
        assertEquals(at(sp, "2018-11-04T01:00"), mornings.nextOpening(at(sp, "2018-11-03T13:00")));
        BusinessCalendar evenings = BusinessCalendar.builder(sp).everyDay(LocalTime.of(22, 0), LocalTime.MIDNIGHT)
                .build();
        assertEquals(Duration.ofHours(3), evenings.between(at(sp, "2019-02-16T12:00"), at(sp, "2019-02-17T12:00")),
                "the hour 23:00-24:00 of 2019-02-16 happened twice");
    }

    @Test
    void overridesWinOverWeekdaysAndHolidays() {
        BusinessCalendar c = BusinessCalendar.builder(TOKYO).weekdays(NINE, SIX_PM).holidays(JapaneseHolidays.provider())
                .override(LocalDate.of(2026, 5, 4), List.of(WorkingHours.of(LocalTime.of(10, 0), LocalTime.of(15, 0))))
                .closed(LocalDate.of(2026, 12, 29)).build();
        assertTrue(c.isOpen(tokyo("2026-05-04T11:00")));
        assertEquals(Optional.empty(), c.holiday(LocalDate.of(2026, 5, 4)));
        assertFalse(c.isOpen(tokyo("2026-12-29T11:00")));
    }

    @Test
    void impossibleCalendarsFailAtBuildTimeNamingFieldAndRule() {
        CalendarException overlap = assertThrows(CalendarException.class, () -> BusinessCalendar.builder(TOKYO)
                .hours(DayOfWeek.MONDAY, NINE, LocalTime.NOON).hours(DayOfWeek.MONDAY, LocalTime.of(11, 0), SIX_PM)
                .build());
        assertEquals("NoOverlap", overlap.rule());
        assertEquals("hours[MONDAY][1]", overlap.field());
        CalendarException empty = assertThrows(CalendarException.class, () -> BusinessCalendar.builder(TOKYO)
                .hours(DayOfWeek.MONDAY, NINE, NINE).build());
        assertEquals("EndAfterStart", empty.rule());
        CalendarException zone = assertThrows(CalendarException.class, () -> BusinessCalendar.builder("Mars/Olympus"));
        assertEquals("KnownZone", zone.rule());
        CalendarException nothing = assertThrows(CalendarException.class, () -> BusinessCalendar.builder(TOKYO).build());
        assertEquals("HasWorkingTime", nothing.rule());
        CalendarException spill = assertThrows(CalendarException.class, () -> BusinessCalendar.builder(TOKYO)
                .hours(DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.of(10, 0))
                .hours(DayOfWeek.TUESDAY, NINE, SIX_PM).build());
        assertEquals("NoOverlap", spill.rule());
        CalendarException range = assertThrows(CalendarException.class,
                () -> TOKYO_OFFICE.add(tokyo("2099-12-01T09:00"), Duration.ofDays(400)));
        assertEquals("SupportedRange", range.rule());
        assertThrows(CalendarException.class, () -> TOKYO_OFFICE.isOpen(Instant.parse("1990-01-01T00:00:00Z")));
    }

    @Test
    void aCalendarWhoseEveryDayIsAHolidayStopsAtTheRangeInsteadOfLoopingForever() {
        HolidayProvider everyDay = year -> {
            java.util.List<Holiday> all = new java.util.ArrayList<>();
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                all.add(new Holiday(d, "closed"));
            }
            return all;
        };
        BusinessCalendar never = BusinessCalendar.builder(TOKYO).weekdays(NINE, SIX_PM).holidays(everyDay).build();
        assertEquals("SupportedRange", assertThrows(CalendarException.class,
                () -> never.add(tokyo("2026-01-05T09:00"), Duration.ofHours(1))).rule());
    }
}
