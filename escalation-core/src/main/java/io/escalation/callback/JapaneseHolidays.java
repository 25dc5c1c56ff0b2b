package io.escalation.callback;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Japanese national holidays computed from the Act on National Holidays (国民の祝日に関する法律)
 * for {@value #FIRST_YEAR}-{@value #LAST_YEAR}: fixed dates, Happy Monday days, the vernal and
 * autumnal equinox days, substitute holidays (振替休日) and citizens' holidays (国民の休日), with
 * the special moves of 2019-2021 (the enthronement and the Tokyo Olympics).
 *
 * <p>Equinox days use the astronomical approximation valid for 1980-2099; the Cabinet Office
 * confirms each year's equinox dates in the official gazette every February for the next year, and
 * a test checks this provider against the Cabinet Office's published list for 2025-2027. If the law
 * changes again, combine this provider with a list loaded by {@link HolidayFiles}.
 */
public final class JapaneseHolidays implements HolidayProvider {

    /** The first year computed. */
    public static final int FIRST_YEAR = 2000;
    /** The last year computed. */
    public static final int LAST_YEAR = 2099;

    private static final JapaneseHolidays INSTANCE = new JapaneseHolidays();

    private JapaneseHolidays() {}

    /**
     * Returns the provider.
     *
     * @return the shared, stateless provider
     */
    public static JapaneseHolidays provider() {
        return INSTANCE;
    }

    /**
     * Returns the national holidays, substitute holidays and citizens' holidays of {@code year}, in
     * date order; empty outside {@value #FIRST_YEAR}-{@value #LAST_YEAR}.
     *
     * @param year the year
     * @return the holidays
     */
    @Override
    public List<Holiday> holidaysIn(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return List.of();
        }
        TreeMap<LocalDate, String> national = nationalHolidays(year);
        TreeMap<LocalDate, String> all = new TreeMap<>(national);
        // 国民の休日: a day between two national holidays that is not itself one (since 1988)
        for (LocalDate d : national.keySet()) {
            LocalDate between = d.plusDays(1);
            if (!national.containsKey(between) && national.containsKey(between.plusDays(1))
                    && between.getDayOfWeek() != DayOfWeek.SUNDAY) {
                all.put(between, "休日");
            }
        }
        // 振替休日: a national holiday on a Sunday moves to the nearest following day that is not a
        // national holiday (since 2007; before, only to the Monday)
        for (LocalDate d : national.keySet()) {
            if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate substitute = d.plusDays(1);
                if (year >= 2007) {
                    while (national.containsKey(substitute)) {
                        substitute = substitute.plusDays(1);
                    }
                    all.put(substitute, "休日");
                } else if (!all.containsKey(substitute)) {
                    all.put(substitute, "休日");
                }
            }
        }
        List<Holiday> out = new ArrayList<>();
        all.forEach((date, name) -> {
            if (date.getYear() == year) {
                out.add(new Holiday(date, name));
            }
        });
        return List.copyOf(out);
    }

    private static TreeMap<LocalDate, String> nationalHolidays(int year) {
        TreeMap<LocalDate, String> h = new TreeMap<>();
        h.put(LocalDate.of(year, 1, 1), "元日");
        h.put(monday(year, Month.JANUARY, 2), "成人の日");
        h.put(LocalDate.of(year, 2, 11), "建国記念の日");
        if (year >= 2020) {
            h.put(LocalDate.of(year, 2, 23), "天皇誕生日");
        } else if (year <= 2018) {
            h.put(LocalDate.of(year, 12, 23), "天皇誕生日");
        }
        h.put(LocalDate.of(year, 3, vernalEquinox(year)), "春分の日");
        h.put(LocalDate.of(year, 4, 29), year >= 2007 ? "昭和の日" : "みどりの日");
        h.put(LocalDate.of(year, 5, 3), "憲法記念日");
        if (year >= 2007) {
            h.put(LocalDate.of(year, 5, 4), "みどりの日");
        }
        h.put(LocalDate.of(year, 5, 5), "こどもの日");
        if (year == 2020) {
            h.put(LocalDate.of(2020, 7, 23), "海の日");
        } else if (year == 2021) {
            h.put(LocalDate.of(2021, 7, 22), "海の日");
        } else if (year >= 2003) {
            h.put(monday(year, Month.JULY, 3), "海の日");
        } else {
            h.put(LocalDate.of(year, 7, 20), "海の日");
        }
        if (year == 2020) {
            h.put(LocalDate.of(2020, 8, 10), "山の日");
        } else if (year == 2021) {
            h.put(LocalDate.of(2021, 8, 8), "山の日");
        } else if (year >= 2016) {
            h.put(LocalDate.of(year, 8, 11), "山の日");
        }
        h.put(year >= 2003 ? monday(year, Month.SEPTEMBER, 3) : LocalDate.of(year, 9, 15), "敬老の日");
        h.put(LocalDate.of(year, 9, autumnalEquinox(year)), "秋分の日");
        if (year == 2020) {
            h.put(LocalDate.of(2020, 7, 24), "スポーツの日");
        } else if (year == 2021) {
            h.put(LocalDate.of(2021, 7, 23), "スポーツの日");
        } else {
            h.put(monday(year, Month.OCTOBER, 2), year >= 2020 ? "スポーツの日" : "体育の日");
        }
        h.put(LocalDate.of(year, 11, 3), "文化の日");
        h.put(LocalDate.of(year, 11, 23), "勤労感謝の日");
        if (year == 2019) {
            h.put(LocalDate.of(2019, 5, 1), "天皇の即位の日");
            h.put(LocalDate.of(2019, 10, 22), "即位礼正殿の儀の行われる日");
        }
        return h;
    }

    private static LocalDate monday(int year, Month month, int nth) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.MONDAY));
    }

    /**
     * Returns the day of March of the vernal equinox day (approximation valid 1980-2099).
     *
     * @param year the year
     * @return the day of month
     */
    static int vernalEquinox(int year) {
        return (int) Math.floor(20.8431 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }

    /**
     * Returns the day of September of the autumnal equinox day (approximation valid 1980-2099).
     *
     * @param year the year
     * @return the day of month
     */
    static int autumnalEquinox(int year) {
        return (int) Math.floor(23.2488 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }
}
