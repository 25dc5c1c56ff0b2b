package io.escalation.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad input to the calendar classes: every public method refuses it with a {@link CalendarException}
 * that names the parameter and the rule, and the supported range bounds every argument and result.
 */
class CalendarInputTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final LocalTime NINE = LocalTime.of(9, 0);
    static final LocalTime SIX_PM = LocalTime.of(18, 0);
    static final BusinessCalendar OFFICE = BusinessCalendar.builder(TOKYO).weekdays(NINE, SIX_PM)
            .holidays(JapaneseHolidays.provider()).build();
    static final BusinessCalendar NIGHT = BusinessCalendar.builder(BANGKOK)
            .weekdays(LocalTime.of(22, 0), LocalTime.of(6, 0)).build();
    static final Instant T = at(TOKYO, "2026-11-24T10:00");
    static final Duration HOUR = Duration.ofHours(1);

    static Instant at(ZoneId zone, String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    static CalendarException refused(String field, String rule, Executable call) {
        CalendarException e = assertThrows(CalendarException.class, call);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(rule, e.rule(), e.getMessage());
        return e;
    }

    @Test
    void subtractNeverLeavesTheSupportedRange() {
        // 2000-01-03 (Monday) is the first working day; Friday 1999-12-31 is outside the range
        Instant firstMorning = at(TOKYO, "2000-01-03T10:00");
        assertEquals(at(TOKYO, "2000-01-03T09:00"), OFFICE.subtract(firstMorning, HOUR));
        refused("duration", "SupportedRange", () -> OFFICE.subtract(firstMorning, Duration.ofHours(2)));
        refused("duration", "SupportedRange", () -> OFFICE.add(firstMorning, Duration.ofHours(-2)));
        refused("instant", "SupportedRange", () -> OFFICE.previousClosing(at(TOKYO, "2000-01-03T08:00")));
        refused("days", "SupportedRange", () -> OFFICE.addBusinessDays(firstMorning, -1));
        // Friday's night shift starts on 1999-12-31 at 22:00 and runs into the range
        Instant newYearsMorning = at(BANGKOK, "2000-01-01T05:00");
        assertEquals(at(BANGKOK, "2000-01-01T00:00"), NIGHT.subtract(newYearsMorning, Duration.ofHours(5)));
        refused("duration", "SupportedRange", () -> NIGHT.subtract(newYearsMorning, Duration.ofHours(7)));
    }

    @Test
    void addNeverLeavesTheSupportedRange() {
        Instant lastEvening = at(BANGKOK, "2099-12-31T23:00"); // Thursday's night shift
        assertEquals(at(BANGKOK, "2100-01-01T00:00"), NIGHT.add(lastEvening, HOUR), "the end of the range is in it");
        refused("duration", "SupportedRange", () -> NIGHT.add(lastEvening, Duration.ofHours(2)));
        refused("instant", "SupportedRange", () -> OFFICE.nextOpening(at(TOKYO, "2099-12-31T18:00")));
        refused("days", "SupportedRange", () -> OFFICE.addBusinessDays(at(TOKYO, "2099-12-31T10:00"), 1));
        refused("instant", "SupportedRange", () -> OFFICE.isOpen(at(TOKYO, "2100-01-01T00:00").plusNanos(1)));
        refused("instant", "SupportedRange", () -> OFFICE.isOpen(at(TOKYO, "2000-01-01T00:00").minusNanos(1)));
        refused("date", "SupportedRange", () -> OFFICE.isBusinessDay(LocalDate.of(1999, 12, 31)));
        refused("date", "SupportedRange", () -> OFFICE.holiday(LocalDate.of(2100, 1, 1)));
    }

    @Test
    void arithmeticBeyondTheSupportedRangeIsACalendarExceptionNeverAnOverflow() {
        refused("duration", "SupportedRange", () -> OFFICE.add(T, Duration.ofDays(365L * 300)));
        refused("duration", "SupportedRange", () -> OFFICE.add(T, Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)));
        refused("duration", "SupportedRange", () -> OFFICE.add(T, Duration.ofSeconds(Long.MIN_VALUE)));
        refused("duration", "SupportedRange", () -> OFFICE.subtract(T, Duration.ofSeconds(Long.MIN_VALUE)));
        refused("duration", "SupportedRange", () -> OFFICE.subtract(T, Duration.ofDays(365L * 90)));
        refused("days", "SupportedRange", () -> OFFICE.addBusinessDays(T, Integer.MIN_VALUE));
        refused("days", "SupportedRange", () -> OFFICE.addBusinessDays(T, Integer.MAX_VALUE));
        refused("days", "SupportedRange", () -> OFFICE.addBusinessDays(T, 30_000));
        refused("instant", "SupportedRange", () -> OFFICE.isOpen(Instant.MAX));
        refused("from", "SupportedRange", () -> OFFICE.between(Instant.MIN, T));
        refused("to", "SupportedRange", () -> OFFICE.workingPeriods(T, Instant.MAX));
        assertEquals(Duration.ZERO, OFFICE.between(T, T.plus(Duration.ofDays(3)), List.of(new Pause(Instant.MIN,
                Instant.MAX))), "pauses may reach beyond the range");
    }

    /** A call that must be refused because the argument at {@code field} is null. */
    record Missing(String field, Executable call) {}

    @Test
    void nullArgumentsAreCalendarExceptionsNamingTheParameter() {
        HolidayProvider answersNull = year -> null;
        LocalDate monday = LocalDate.of(2026, 1, 5);
        List<Missing> calls = List.of(
                new Missing("zone", () -> BusinessCalendar.builder((ZoneId) null)),
                new Missing("zoneId", () -> BusinessCalendar.builder((String) null)),
                new Missing("instant", () -> OFFICE.isOpen(null)),
                new Missing("instant", () -> OFFICE.nextOpening(null)),
                new Missing("instant", () -> OFFICE.previousClosing(null)),
                new Missing("instant", () -> OFFICE.currentIntervalEnd(null)),
                new Missing("from", () -> OFFICE.add(null, HOUR)),
                new Missing("duration", () -> OFFICE.add(T, null)),
                new Missing("from", () -> OFFICE.subtract(null, HOUR)),
                new Missing("duration", () -> OFFICE.subtract(T, null)),
                new Missing("from", () -> OFFICE.between(null, T)),
                new Missing("to", () -> OFFICE.between(T, null)),
                new Missing("from", () -> OFFICE.between(null, T, List.of())),
                new Missing("pauses", () -> OFFICE.between(T, T, null)),
                new Missing("pauses[1]", () -> OFFICE.between(T, T, Arrays.asList(new Pause(T, T), null))),
                new Missing("from", () -> OFFICE.workingPeriods(null, T)),
                new Missing("to", () -> OFFICE.workingPeriods(T, null)),
                new Missing("from", () -> OFFICE.addBusinessDays(null, 1)),
                new Missing("date", () -> OFFICE.holiday(null)),
                new Missing("date", () -> OFFICE.isBusinessDay(null)),
                new Missing("day", () -> BusinessCalendar.builder(TOKYO).hours(null, NINE, SIX_PM)),
                new Missing("hours[MONDAY][0].from", () -> BusinessCalendar.builder(TOKYO)
                        .hours(DayOfWeek.MONDAY, null, SIX_PM)),
                new Missing("hours[MONDAY][1].to", () -> BusinessCalendar.builder(TOKYO).weekdays(NINE, LocalTime.NOON)
                        .weekdays(LocalTime.of(13, 0), null)),
                new Missing("hours[MONDAY][0].from", () -> BusinessCalendar.builder(TOKYO).everyDay(null, SIX_PM)),
                new Missing("first", () -> BusinessCalendar.builder(TOKYO).allDay(null)),
                new Missing("more", () -> BusinessCalendar.builder(TOKYO).allDay(DayOfWeek.MONDAY, (DayOfWeek[]) null)),
                new Missing("more[1]", () -> BusinessCalendar.builder(TOKYO)
                        .allDay(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, null)),
                new Missing("date", () -> BusinessCalendar.builder(TOKYO).override(null, List.of())),
                new Missing("hours", () -> BusinessCalendar.builder(TOKYO).override(monday, null)),
                new Missing("hours[0]", () -> BusinessCalendar.builder(TOKYO).override(monday,
                        Arrays.asList((WorkingHours) null))),
                new Missing("date", () -> BusinessCalendar.builder(TOKYO).closed(null)),
                new Missing("holidays", () -> BusinessCalendar.builder(TOKYO).holidays(null)),
                new Missing("holidays.holidaysIn(2000)", () -> BusinessCalendar.builder(TOKYO).weekdays(NINE, SIX_PM)
                        .holidays(answersNull).build()),
                new Missing("holidays.holidaysIn(2000)[0]", () -> BusinessCalendar.builder(TOKYO)
                        .weekdays(NINE, SIX_PM).holidays(year -> Arrays.asList((Holiday) null)).build()),
                new Missing("from", () -> WorkingHours.of(null, NINE)),
                new Missing("to", () -> new WorkingHours(NINE, null)),
                new Missing("date", () -> new Holiday(null, "元日")),
                new Missing("name", () -> new Holiday(monday, null)),
                new Missing("start", () -> new WorkingPeriod(null, T)),
                new Missing("end", () -> new WorkingPeriod(T, null)),
                new Missing("instant", () -> new WorkingPeriod(T, T.plusSeconds(1)).contains(null)),
                new Missing("holidays", () -> HolidayProvider.of(null)),
                new Missing("holidays[1]", () -> HolidayProvider.of(Arrays.asList(new Holiday(monday, "x"), null))),
                new Missing("dates", () -> HolidayProvider.dates(null, "x")),
                new Missing("dates[0]", () -> HolidayProvider.dates(Arrays.asList((LocalDate) null), "x")),
                new Missing("name", () -> HolidayProvider.dates(List.of(monday), null)),
                new Missing("other", () -> JapaneseHolidays.provider().and(null)),
                new Missing("other.holidaysIn(2026)", () -> JapaneseHolidays.provider().and(answersNull)
                        .holidaysIn(2026)),
                new Missing("this.holidaysIn(2026)", () -> answersNull.and(HolidayProvider.none()).holidaysIn(2026)),
                new Missing("in", () -> HolidayFiles.cabinetOfficeCsv(null, StandardCharsets.UTF_8)),
                new Missing("charset", () -> HolidayFiles.cabinetOfficeCsv(new ByteArrayInputStream(new byte[0]),
                        null)),
                new Missing("in", () -> HolidayFiles.dateList(null)));
        for (Missing m : calls) {
            refused(m.field(), "NotNull", m.call());
        }
    }

    @Test
    void oversizedInputIsDescribedByItsKindNeverEchoed() {
        String huge = "A".repeat(100_000);
        CalendarException zone = refused("zoneId", "KnownZone", () -> BusinessCalendar.builder(huge));
        assertTrue(zone.getMessage().contains("String(length=100000)"), zone.getMessage());
        assertTrue(zone.getMessage().length() < 200, zone.getMessage());
        CalendarException line = refused("line 2", "Date", () -> HolidayFiles.dateList(new StringReader(
                "2026-12-29\n" + "9".repeat(100_000) + ", 年末\n")));
        assertTrue(line.getMessage().contains("String(length=100000)") && line.getMessage().length() < 200,
                line.getMessage());
        CalendarException control = refused("zoneId", "KnownZone", () -> BusinessCalendar.builder("Asia/\nTokyo"));
        assertTrue(control.getMessage().contains("String(length=11)"), "control characters are not echoed either");
    }

    @Test
    void everyPublicMethodRefusesBadInputWithOnlyCalendarExceptions() {
        // the rules beyond null, in one place: none of these may surface as another exception type
        List<Supplier<Object>> calls = List.of(
                () -> BusinessCalendar.builder(""),
                () -> BusinessCalendar.builder(TOKYO).build(),
                () -> BusinessCalendar.builder(TOKYO).weekdays(NINE, SIX_PM).override(LocalDate.of(1999, 1, 4),
                        List.of()).build(),
                () -> WorkingHours.of(NINE, NINE),
                () -> new WorkingPeriod(T, T),
                () -> HolidayFiles.cabinetOfficeCsv(new ByteArrayInputStream("h\nno comma\n".getBytes(
                        StandardCharsets.UTF_8)), StandardCharsets.UTF_8),
                () -> OFFICE.workingPeriods(T, T.minusSeconds(1)));
        for (Supplier<Object> call : calls) {
            assertThrows(CalendarException.class, call::get);
        }
    }
}
