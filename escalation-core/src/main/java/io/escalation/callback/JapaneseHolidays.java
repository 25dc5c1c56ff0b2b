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
 * autumnal equinox days, substitute holidays and citizens' holidays, with the special moves of
 * 2019-2021 (the enthronement and the Tokyo Olympics). Substitute holidays are named
 * {@value #SUBSTITUTE} and citizens' holidays {@value #CITIZENS}, so they can be told apart; the
 * Cabinet Office's list calls both {@code 休日}.
 *
 * <p>Year-end closures are not national holidays and come as separate providers, to combine with
 * {@link HolidayProvider#and}: {@link #governmentYearEnd()} (government offices, 12/29-1/3) and
 * {@link #bankYearEnd()} (banks, 12/31-1/3). A site that works like a government office:
 * <pre>{@code
 * BusinessCalendar.builder("Asia/Tokyo").weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
 *         .holidays(JapaneseHolidays.provider().and(JapaneseHolidays.governmentYearEnd()))
 *         .build();
 * }</pre>
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
    /** The name of a substitute holiday (振替休日, Article 3(2) of the Act). */
    public static final String SUBSTITUTE = "振替休日";
    /** The name of a citizens' holiday (国民の休日, Article 3(3) of the Act). */
    public static final String CITIZENS = "国民の休日";
    /** The name of the days of a year-end closure (年末年始の休日). */
    public static final String YEAR_END = "年末年始の休日";

    private static final JapaneseHolidays INSTANCE = new JapaneseHolidays();
    private static final HolidayProvider GOVERNMENT_YEAR_END = yearEnd(29);
    private static final HolidayProvider BANK_YEAR_END = yearEnd(31);

    private JapaneseHolidays() {}

    /**
     * Returns the provider of national holidays.
     *
     * @return the shared, stateless provider
     */
    public static JapaneseHolidays provider() {
        return INSTANCE;
    }

    /**
     * Returns the year-end closure of government offices: December 29 to January 3, by the Act on
     * Holidays of Administrative Organs (行政機関の休日に関する法律, Article 1(1)(iii)). Each day is named
     * {@value #YEAR_END}, January 1 included (it is 元日 as well when combined with {@link #provider()}).
     * Municipal offices and many companies follow the same closure.
     *
     * @return the shared, stateless provider, for {@value #FIRST_YEAR}-{@value #LAST_YEAR}
     */
    public static HolidayProvider governmentYearEnd() {
        return GOVERNMENT_YEAR_END;
    }

    /**
     * Returns the year-end closure of banks: December 31 to January 3, by the Order for
     * Enforcement of the Banking Act (銀行法施行令, Article 5). Each day is named {@value #YEAR_END}.
     *
     * @return the shared, stateless provider, for {@value #FIRST_YEAR}-{@value #LAST_YEAR}
     */
    public static HolidayProvider bankYearEnd() {
        return BANK_YEAR_END;
    }

    /** The closure from December {@code firstDay} to January 3, as the days of each calendar year. */
    private static HolidayProvider yearEnd(int firstDay) {
        return year -> {
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                return List.of();
            }
            List<Holiday> days = new ArrayList<>();
            for (int day = 1; day <= 3; day++) {
                days.add(new Holiday(LocalDate.of(year, 1, day), YEAR_END));
            }
            for (int day = firstDay; day <= 31; day++) {
                days.add(new Holiday(LocalDate.of(year, 12, day), YEAR_END));
            }
            return List.copyOf(days);
        };
    }

    /**
     * Returns the national holidays, substitute holidays ({@value #SUBSTITUTE}) and citizens'
     * holidays ({@value #CITIZENS}) of {@code year}, in date order; empty outside
     * {@value #FIRST_YEAR}-{@value #LAST_YEAR}.
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
                all.put(between, CITIZENS);
            }
        }
        // 振替休日: a national holiday on a Sunday moves to the nearest following day that is not a
        // national holiday (since 2007; before, only to the Monday, unless it is a national holiday).
        // A substitute wins over a citizens' holiday (before 2007 the law excluded substitutes from it).
        for (LocalDate d : national.keySet()) {
            if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate substitute = d.plusDays(1);
                if (year >= 2007) {
                    while (national.containsKey(substitute)) {
                        substitute = substitute.plusDays(1);
                    }
                    all.put(substitute, SUBSTITUTE);
                } else if (!national.containsKey(substitute)) {
                    all.put(substitute, SUBSTITUTE);
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
