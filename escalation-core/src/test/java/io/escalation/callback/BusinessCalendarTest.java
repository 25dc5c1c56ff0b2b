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
        assertEquals(Optional.of("振替休日"), TOKYO_OFFICE.holiday(LocalDate.of(2026, 5, 6)));
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
        assertEquals(Optional.of(at(bangkok, "2026-11-27T12:00")), night.currentIntervalEnd(at(bangkok,
                "2026-11-27T12:00")), "closed then: the working time from then ends at once");
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
        assertEquals("hours[MONDAY][0].to", empty.field());
        CalendarException zone = assertThrows(CalendarException.class, () -> BusinessCalendar.builder("Mars/Olympus"));
        assertEquals("KnownZone", zone.rule());
        assertEquals("zoneId", zone.field());
        assertTrue(zone.getMessage().contains("'Mars/Olympus'"), zone.getMessage());
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

    @Test
    void aTwentyFourHourDayIsOneInterval() {
        assertEquals(WorkingHours.allDay(), WorkingHours.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        assertEquals(Duration.ofHours(24), WorkingHours.allDay().length());
        assertTrue(WorkingHours.allDay().isAllDay());
        BusinessCalendar always = BusinessCalendar.builder(TOKYO).everyDay(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                .build();
        assertEquals(Duration.ofDays(7), always.weeklyWorkingTime());
        BusinessCalendar saturdays = BusinessCalendar.builder(TOKYO).weekdays(NINE, SIX_PM)
                .allDay(DayOfWeek.SATURDAY).build();
        assertEquals(List.of(new WorkingPeriod(tokyo("2026-11-27T09:00"), tokyo("2026-11-27T18:00")),
                new WorkingPeriod(tokyo("2026-11-28T00:00"), tokyo("2026-11-29T00:00"))),
                saturdays.workingPeriods(tokyo("2026-11-27T00:00"), tokyo("2026-11-30T08:00")));
        assertTrue(saturdays.isOpen(tokyo("2026-11-28T00:00")));
        assertTrue(saturdays.isOpen(tokyo("2026-11-28T23:59:59.999999999")));
        assertFalse(saturdays.isOpen(tokyo("2026-11-29T00:00")));
        assertEquals(Optional.of(tokyo("2026-11-29T00:00")), saturdays.currentIntervalEnd(tokyo("2026-11-28T10:00")));
        assertEquals(tokyo("2026-11-29T00:00"), saturdays.add(tokyo("2026-11-28T00:00"), Duration.ofHours(24)));
        assertEquals(tokyo("2026-11-30T10:00"), saturdays.add(tokyo("2026-11-28T00:00"), Duration.ofHours(25)));
        BusinessCalendar twoDays = BusinessCalendar.builder(TOKYO).allDay(DayOfWeek.MONDAY, DayOfWeek.TUESDAY).build();
        assertEquals(List.of(new WorkingPeriod(tokyo("2026-11-30T00:00"), tokyo("2026-12-02T00:00"))),
                twoDays.workingPeriods(tokyo("2026-11-29T00:00"), tokyo("2026-12-06T00:00")),
                "whole days that touch are one stretch");
    }

    @Test
    void otherIntervalsWhoseEndEqualsTheirStartAreStillRefused() {
        CalendarException nine = assertThrows(CalendarException.class, () -> WorkingHours.of(NINE, NINE));
        assertEquals("to", nine.field());
        assertEquals("EndAfterStart", nine.rule());
        CalendarException spill = assertThrows(CalendarException.class, () -> BusinessCalendar.builder(TOKYO)
                .hours(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(2, 0)).allDay(DayOfWeek.MONDAY).build());
        assertEquals("NoOverlap", spill.rule());
        assertEquals("WholeSeconds", assertThrows(CalendarException.class,
                () -> WorkingHours.of(NINE, LocalTime.of(17, 0, 0, 5))).rule());
    }

    @Test
    void currentIntervalEndOfACalendarThatNeverClosesIsEmpty() {
        BusinessCalendar always = BusinessCalendar.builder(TOKYO).everyDay(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                .build();
        assertEquals(Optional.empty(), always.currentIntervalEnd(tokyo("2026-11-24T10:00")));
        assertEquals(Optional.empty(), always.currentIntervalEnd(tokyo("2099-12-31T23:00")));
        BusinessCalendar halves = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                .everyDay(LocalTime.MIDNIGHT, LocalTime.NOON).everyDay(LocalTime.NOON, LocalTime.MIDNIGHT).build();
        assertEquals(Optional.empty(), halves.currentIntervalEnd(Instant.parse("2026-03-01T00:00:00Z")),
                "two halves a day, across DST changes, never close either");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        BusinessCalendar goodFriday = BusinessCalendar.builder(berlin).everyDay(LocalTime.MIDNIGHT, LocalTime.NOON)
                .everyDay(LocalTime.NOON, LocalTime.MIDNIGHT)
                .holidays(HolidayProvider.dates(List.of(LocalDate.of(2026, 4, 3)), "Karfreitag")).build();
        assertEquals(Optional.of(at(berlin, "2026-04-03T00:00")),
                goodFriday.currentIntervalEnd(Instant.parse("2026-03-01T00:00:00Z")), "open through the DST change");
        BusinessCalendar newYear = BusinessCalendar.builder(TOKYO).everyDay(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                .closed(LocalDate.of(2031, 1, 1)).build();
        assertEquals(Optional.of(tokyo("2031-01-01T00:00")), newYear.currentIntervalEnd(tokyo("2026-11-24T10:00")));
        assertEquals(Optional.of(tokyo("2026-11-24T20:00")), TOKYO_OFFICE.currentIntervalEnd(tokyo("2026-11-24T20:00")),
                "closed then");
        assertEquals(Optional.of(tokyo("2026-11-24T18:00")), TOKYO_OFFICE.currentIntervalEnd(tokyo("2026-11-24T10:00")));
    }

    @Test
    void previousClosingMirrorsNextOpening() {
        assertEquals(tokyo("2026-11-24T18:00"), TOKYO_OFFICE.previousClosing(tokyo("2026-11-24T20:00")));
        assertEquals(tokyo("2026-11-24T18:00"), TOKYO_OFFICE.previousClosing(tokyo("2026-11-24T18:00")),
                "the closing instant is reached by working time");
        assertEquals(tokyo("2026-11-24T12:00"), TOKYO_OFFICE.previousClosing(tokyo("2026-11-24T12:00")));
        assertEquals(tokyo("2026-11-20T18:00"), TOKYO_OFFICE.previousClosing(tokyo("2026-11-24T09:00")),
                "the opening instant is not; Monday 11/23 is 勤労感謝の日");
        assertEquals(tokyo("2026-11-27T18:00"), TOKYO_OFFICE.previousClosing(tokyo("2026-11-30T08:00")));
        assertEquals(tokyo("2026-11-30T09:00"), TOKYO_OFFICE.nextOpening(tokyo("2026-11-27T18:00")));
        ZoneId bangkok = ZoneId.of("Asia/Bangkok");
        BusinessCalendar night = BusinessCalendar.builder(bangkok).weekdays(LocalTime.of(22, 0), LocalTime.of(6, 0))
                .build();
        assertEquals(at(bangkok, "2026-11-28T06:00"), night.previousClosing(at(bangkok, "2026-11-29T12:00")),
                "Friday's shift closes on Saturday morning");
    }

    @Test
    void workingPeriodsListTheStretchesOfWorkingTimeBetweenTwoInstants() {
        BusinessCalendar split = BusinessCalendar.builder(TOKYO).weekdays(NINE, LocalTime.NOON)
                .weekdays(LocalTime.of(13, 0), SIX_PM).build();
        Instant from = tokyo("2026-11-24T10:00");
        Instant to = tokyo("2026-11-25T12:30");
        List<WorkingPeriod> periods = split.workingPeriods(from, to);
        assertEquals(List.of(new WorkingPeriod(tokyo("2026-11-24T10:00"), tokyo("2026-11-24T12:00")),
                new WorkingPeriod(tokyo("2026-11-24T13:00"), tokyo("2026-11-24T18:00")),
                new WorkingPeriod(tokyo("2026-11-25T09:00"), tokyo("2026-11-25T12:00"))), periods);
        assertEquals(split.between(from, to), periods.stream().map(WorkingPeriod::duration)
                .reduce(Duration.ZERO, Duration::plus));
        BusinessCalendar halves = BusinessCalendar.builder(TOKYO).everyDay(LocalTime.MIDNIGHT, LocalTime.NOON)
                .everyDay(LocalTime.NOON, LocalTime.MIDNIGHT).build();
        assertEquals(List.of(new WorkingPeriod(from, to)), halves.workingPeriods(from, to), "touching intervals merge");
        assertEquals(List.of(), split.workingPeriods(from, from));
        assertEquals(List.of(), split.workingPeriods(tokyo("2026-11-28T00:00"), tokyo("2026-11-30T00:00")));
        assertEquals("NotBeforeFrom", assertThrows(CalendarException.class, () -> split.workingPeriods(to, from)).rule());
    }

    @Test
    void bothBetweenOverloadsNegateTheWorkingTimeOfReversedArguments() {
        Instant a = tokyo("2026-11-24T10:00");
        Instant b = tokyo("2026-11-25T10:00");
        List<Pause> pauses = List.of(new Pause(tokyo("2026-11-24T17:00"), tokyo("2026-11-25T09:30")));
        assertEquals(Duration.ofHours(9), TOKYO_OFFICE.between(a, b));
        assertEquals(Duration.ofHours(-9), TOKYO_OFFICE.between(b, a));
        assertEquals(Duration.ofMinutes(450), TOKYO_OFFICE.between(a, b, pauses));
        assertEquals(Duration.ofMinutes(-450), TOKYO_OFFICE.between(b, a, pauses));
        assertEquals(Duration.ofHours(-9), TOKYO_OFFICE.between(b, a, List.of()));
    }

    @Test
    void aDayWhoseOnlyIntervalLiesInADstGapIsNotABusinessDay() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // on Sunday 2026-03-29 the clocks skip 02:00-03:00: the Sunday shift has no time that day
        BusinessCalendar c = BusinessCalendar.builder(berlin).weekdays(NINE, LocalTime.of(17, 0))
                .hours(DayOfWeek.SUNDAY, LocalTime.of(2, 0), LocalTime.of(3, 0)).build();
        assertTrue(c.isBusinessDay(LocalDate.of(2026, 3, 22)));
        assertFalse(c.isBusinessDay(LocalDate.of(2026, 3, 29)));
        assertEquals(Duration.ZERO, c.between(at(berlin, "2026-03-28T12:00"), at(berlin, "2026-03-30T00:00")));
        assertEquals(List.of(), c.workingPeriods(at(berlin, "2026-03-28T12:00"), at(berlin, "2026-03-30T00:00")));
        assertEquals(at(berlin, "2026-03-30T10:00"), c.addBusinessDays(at(berlin, "2026-03-27T10:00"), 1),
                "the next business day after Friday is Monday");
        assertEquals(at(berlin, "2026-03-27T10:00"), c.addBusinessDays(at(berlin, "2026-03-30T10:00"), -1));
        assertEquals(at(berlin, "2026-03-23T10:00"), c.addBusinessDays(at(berlin, "2026-03-20T10:00"), 2),
                "a week earlier, the Sunday shift makes Sunday a business day");
    }

    @Test
    void intervalsThatAGapMakesOverlapCountOnce() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // 02:30-02:45 does not exist on 2026-03-29 and moves to 03:30-03:45 CEST, inside 03:00-04:00
        BusinessCalendar c = BusinessCalendar.builder(berlin)
                .hours(DayOfWeek.SUNDAY, LocalTime.of(2, 30), LocalTime.of(2, 45))
                .hours(DayOfWeek.SUNDAY, LocalTime.of(3, 0), LocalTime.of(4, 0)).build();
        Instant night = Instant.parse("2026-03-28T23:00:00Z");
        assertTrue(c.isOpen(Instant.parse("2026-03-29T01:15:00Z")));
        assertEquals(Instant.parse("2026-03-29T01:00:00Z"), c.nextOpening(night));
        assertEquals(Duration.ofHours(1), c.between(night, night.plus(Duration.ofDays(1))));
        assertEquals(Instant.parse("2026-03-29T02:00:00Z"), c.add(night, Duration.ofHours(1)));
        assertEquals(List.of(new WorkingPeriod(Instant.parse("2026-03-29T01:00:00Z"),
                Instant.parse("2026-03-29T02:00:00Z"))), c.workingPeriods(night, night.plus(Duration.ofDays(1))));
    }

    @Test
    void aCallbackRequestedOnDecember28AtAGovernmentStyleSiteIsDueOnJanuary4() {
        BusinessCalendar cityHall = BusinessCalendar.builder(TOKYO).weekdays(LocalTime.of(8, 30), LocalTime.of(17, 15))
                .holidays(JapaneseHolidays.provider().and(JapaneseHolidays.governmentYearEnd())).build();
        // Monday 2026-12-28 is the last working day of the year; Monday 2027-01-04 the first
        assertEquals(tokyo("2027-01-04T08:30"), cityHall.nextOpening(tokyo("2026-12-28T17:30")));
        assertEquals(tokyo("2027-01-04T09:30"), cityHall.add(tokyo("2026-12-28T16:15"), Duration.ofHours(2)));
        assertEquals(Optional.of("年末年始の休日"), cityHall.holiday(LocalDate.of(2026, 12, 29)));
        assertEquals(Optional.of("元日 / 年末年始の休日"), cityHall.holiday(LocalDate.of(2027, 1, 1)));
        BusinessCalendar bank = BusinessCalendar.builder(TOKYO).weekdays(NINE, LocalTime.of(15, 0))
                .holidays(JapaneseHolidays.provider().and(JapaneseHolidays.bankYearEnd())).build();
        assertEquals(tokyo("2026-12-29T09:00"), bank.nextOpening(tokyo("2026-12-28T17:30")), "banks work until 12/30");
        assertEquals(tokyo("2027-01-04T09:00"), bank.nextOpening(tokyo("2026-12-30T15:00")));
        assertEquals(tokyo("2026-12-29T09:00"), TOKYO_OFFICE.nextOpening(tokyo("2026-12-28T18:30")),
                "national holidays alone do not close the year end");
    }
}
