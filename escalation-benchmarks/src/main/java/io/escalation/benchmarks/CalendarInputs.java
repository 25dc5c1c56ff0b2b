package io.escalation.benchmarks;

import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.Holiday;
import io.escalation.callback.HolidayProvider;
import io.escalation.callback.JapaneseHolidays;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The calendars of the calendar benchmarks, each with its minute-stepping reference, and their
 * inputs (shared with the test that checks the references): 1,024 random starts in 2026, in whole
 * minutes, and spans of business time.
 *
 * <p>Spans: {@code 4h} is four business hours; {@code 1w}, {@code 1y} and {@code 2y} are the
 * calendar's nominal working time of one, 52 and 104 weeks ({@link BusinessCalendar#weeklyWorkingTime()}:
 * 40 hours a week in Tokyo, 112 for the split shifts), so the result lies about that far ahead.
 */
public final class CalendarInputs {

    /** How many starts the benchmarks cycle through (a power of two). */
    public static final int COUNT = 1024;

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DayOfWeek[] WEEKDAYS = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY};

    private CalendarInputs() {}

    /**
     * A calendar and its reference.
     *
     * @param calendar the library's calendar
     * @param reference the minute stepper with the same hours and holidays
     */
    public record Pair(BusinessCalendar calendar, MinuteStepper reference) {}

    /**
     * Tokyo office hours, 9:00-12:00 and 13:00-18:00 on weekdays, closed on Japanese holidays.
     *
     * @return the calendar and its reference
     */
    public static Pair tokyo() {
        return tokyo(JapaneseHolidays.provider());
    }

    /**
     * Tokyo office hours with other holidays.
     *
     * @param holidays the holidays
     * @return the calendar and its reference
     */
    public static Pair tokyo(HolidayProvider holidays) {
        LocalTime nine = LocalTime.of(9, 0);
        LocalTime noon = LocalTime.NOON;
        LocalTime one = LocalTime.of(13, 0);
        LocalTime six = LocalTime.of(18, 0);
        BusinessCalendar calendar = BusinessCalendar.builder(TOKYO).weekdays(nine, noon).weekdays(one, six)
                .holidays(holidays).build();
        MinuteStepper reference = new MinuteStepper(TOKYO).hours(nine, noon, WEEKDAYS).hours(one, six, WEEKDAYS)
                .holidays(holidays, BusinessCalendar.FIRST_YEAR, BusinessCalendar.LAST_YEAR);
        return new Pair(calendar, reference);
    }

    /**
     * Split shifts every day in Berlin (so across both DST changes): an overnight shift 22:00-06:00,
     * which belongs to the day it starts, and a day shift 08:00-16:00.
     *
     * @return the calendar and its reference
     */
    public static Pair splitShift() {
        LocalTime ten = LocalTime.of(22, 0);
        LocalTime six = LocalTime.of(6, 0);
        LocalTime eight = LocalTime.of(8, 0);
        LocalTime four = LocalTime.of(16, 0);
        BusinessCalendar calendar = BusinessCalendar.builder(BERLIN).everyDay(ten, six).everyDay(eight, four).build();
        MinuteStepper reference = new MinuteStepper(BERLIN).hours(ten, six, DayOfWeek.values())
                .hours(eight, four, DayOfWeek.values());
        return new Pair(calendar, reference);
    }

    /**
     * Returns the calendar of a benchmark parameter.
     *
     * @param name {@code tokyo} or {@code splitShift}
     * @return the calendar and its reference
     */
    public static Pair named(String name) {
        return switch (name) {
            case "tokyo" -> tokyo();
            case "splitShift" -> splitShift();
            default -> throw new IllegalArgumentException("unknown calendar " + name);
        };
    }

    /**
     * Returns a span of business time on a calendar.
     *
     * @param name {@code 4h}, {@code 1w}, {@code 1y} or {@code 2y}
     * @param calendar the calendar whose working week {@code 1w} means
     * @return the span
     */
    public static Duration span(String name, BusinessCalendar calendar) {
        Duration week = calendar.weeklyWorkingTime();
        return switch (name) {
            case "4h" -> Duration.ofHours(4);
            case "1w" -> week;
            case "1y" -> week.multipliedBy(52);
            case "2y" -> week.multipliedBy(104);
            default -> throw new IllegalArgumentException("unknown span " + name);
        };
    }

    /**
     * Returns 1,024 random starts in 2026, in whole minutes, from a fixed seed.
     *
     * @return the starts
     */
    public static Instant[] starts() {
        SplittableRandom random = new SplittableRandom(20261123L);
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        Instant[] out = new Instant[COUNT];
        for (int i = 0; i < COUNT; i++) {
            out[i] = base.plusSeconds(60 * random.nextLong(365L * 24 * 60));
        }
        return out;
    }

    /**
     * Returns a provider of {@code perYear} holidays a year on random dates (the same for every
     * calendar built from it), for the holiday-count curve.
     *
     * @param perYear holidays a year, at most 200
     * @return the provider
     */
    public static HolidayProvider randomHolidays(int perYear) {
        return year -> {
            SplittableRandom random = new SplittableRandom(year);
            TreeSet<LocalDate> dates = new TreeSet<>();
            LocalDate first = LocalDate.of(year, 1, 1);
            int days = first.lengthOfYear();
            while (dates.size() < perYear) {
                dates.add(first.plusDays(random.nextInt(days)));
            }
            List<Holiday> out = new ArrayList<>();
            for (LocalDate d : dates) {
                out.add(new Holiday(d, "holiday"));
            }
            return out;
        };
    }
}
