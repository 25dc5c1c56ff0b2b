package io.escalation.callback;

import static io.escalation.internal.callback.CalendarArguments.elementsPresent;
import static io.escalation.internal.callback.CalendarArguments.present;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tells which dates of a year are holidays. A {@link BusinessCalendar} asks once per year of its
 * supported range when it is built and indexes the answers, so providers may compute holidays
 * (like {@link JapaneseHolidays}) or list them (like {@link HolidayFiles}). Providers combine with
 * {@link #and}: national holidays, a year-end closure ({@link JapaneseHolidays#governmentYearEnd()})
 * and company holidays, for example.
 */
@FunctionalInterface
public interface HolidayProvider {

    /**
     * Returns the holidays of {@code year}.
     *
     * @param year the year
     * @return the holidays, in any order, never {@code null}; dates outside the year are ignored
     */
    List<Holiday> holidaysIn(int year);

    /**
     * Returns a provider with no holidays.
     *
     * @return the provider
     */
    static HolidayProvider none() {
        return year -> List.of();
    }

    /**
     * Returns a provider for a fixed list of holidays.
     *
     * @param holidays the holidays
     * @return the provider
     * @throws CalendarException with rule {@code NotNull} at {@code holidays} or its first null element
     */
    static HolidayProvider of(Collection<Holiday> holidays) {
        Map<Integer, List<Holiday>> byYear = new TreeMap<>();
        for (Holiday h : elementsPresent("holidays", holidays)) {
            byYear.computeIfAbsent(h.date().getYear(), y -> new ArrayList<>()).add(h);
        }
        byYear.replaceAll((year, list) -> List.copyOf(list));
        return year -> byYear.getOrDefault(year, List.of());
    }

    /**
     * Returns a provider for a fixed list of dates, all with the same name.
     *
     * @param dates the dates
     * @param name the name, e.g. {@code company holiday}
     * @return the provider
     * @throws CalendarException with rule {@code NotNull} at {@code dates}, its first null element or
     *     {@code name}
     */
    static HolidayProvider dates(Collection<LocalDate> dates, String name) {
        elementsPresent("dates", dates);
        present("name", name);
        List<Holiday> list = new ArrayList<>();
        for (LocalDate d : dates) {
            list.add(new Holiday(d, name));
        }
        return of(list);
    }

    /**
     * Returns a provider with the holidays of this one and of {@code other}.
     *
     * @param other another provider, e.g. company holidays on top of national ones
     * @return the combined provider
     * @throws CalendarException with rule {@code NotNull} when {@code other} is {@code null}; the
     *     combined provider throws it when either provider answers {@code null} or a {@code null} holiday
     */
    default HolidayProvider and(HolidayProvider other) {
        present("other", other);
        HolidayProvider self = this;
        return year -> {
            List<Holiday> all = new ArrayList<>(elementsPresent("this.holidaysIn(" + year + ")", self.holidaysIn(year)));
            all.addAll(elementsPresent("other.holidaysIn(" + year + ")", other.holidaysIn(year)));
            return all;
        };
    }
}
