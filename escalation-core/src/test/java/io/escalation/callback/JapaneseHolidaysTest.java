package io.escalation.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checked against the Cabinet Office's published list (syukujitsu.csv, Shift_JIS), not another library. */
class JapaneseHolidaysTest {

    private static HolidayProvider official() {
        InputStream in = JapaneseHolidaysTest.class.getResourceAsStream("syukujitsu-2025-2027.csv");
        return HolidayFiles.cabinetOfficeCsv(in, Charset.forName("Shift_JIS"));
    }

    @Test
    void computedHolidaysEqualTheCabinetOfficeListFor2025To2027() {
        HolidayProvider official = official();
        for (int year = 2025; year <= 2027; year++) {
            List<Holiday> asPublished = new ArrayList<>();
            for (Holiday h : JapaneseHolidays.provider().holidaysIn(year)) {
                boolean rest = h.name().equals(JapaneseHolidays.SUBSTITUTE) || h.name().equals(JapaneseHolidays.CITIZENS);
                asPublished.add(rest ? new Holiday(h.date(), "休日") : h); // the list calls both 休日
            }
            assertEquals(official.holidaysIn(year), asPublished, "year " + year);
        }
    }

    @Test
    void substituteAndCitizensHolidaysKeepTheirOwnNames() {
        assertEquals("振替休日", name(LocalDate.of(2026, 5, 6)), "for 5/3 on a Sunday");
        assertEquals("国民の休日", name(LocalDate.of(2026, 9, 22)), "between 敬老の日 and 秋分の日");
        assertEquals("国民の休日", name(LocalDate.of(2019, 4, 30)));
        assertEquals("国民の休日", name(LocalDate.of(2019, 5, 2)));
        assertEquals("振替休日", name(LocalDate.of(2019, 5, 6)));
        assertEquals("振替休日", name(LocalDate.of(2021, 8, 9)));
        assertEquals("振替休日", name(LocalDate.of(2006, 1, 2)), "before 2007, the Monday after 元日 on a Sunday");
        assertEquals("国民の休日", name(LocalDate.of(2006, 5, 4)), "before 2007, 5/4 was a citizens' holiday");
        for (int year = JapaneseHolidays.FIRST_YEAR; year <= JapaneseHolidays.LAST_YEAR; year++) {
            for (Holiday h : JapaneseHolidays.provider().holidaysIn(year)) {
                assertTrue(!h.name().equals("休日"), "every day off says which kind it is: " + h);
            }
        }
    }

    private static String name(LocalDate date) {
        return JapaneseHolidays.provider().holidaysIn(date.getYear()).stream().filter(h -> h.date().equals(date))
                .map(Holiday::name).findFirst().orElse("none");
    }

    @Test
    void yearEndClosuresAreProvidersOfTheirOwnBesideNationalHolidays() {
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3),
                LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31)),
                datesOf(JapaneseHolidays.governmentYearEnd(), 2026), "行政機関の休日: 12/29-1/3");
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3),
                LocalDate.of(2026, 12, 31)), datesOf(JapaneseHolidays.bankYearEnd(), 2026), "banks: 12/31-1/3");
        assertTrue(JapaneseHolidays.governmentYearEnd().holidaysIn(2026).stream()
                .allMatch(h -> h.name().equals(JapaneseHolidays.YEAR_END)));
        assertTrue(!dates(2026).contains(LocalDate.of(2026, 12, 29)), "the year end is no national holiday");
        assertEquals(18 + 5, JapaneseHolidays.provider().and(JapaneseHolidays.governmentYearEnd()).holidaysIn(2026)
                .stream().map(Holiday::date).distinct().count(), "1/1 is both");
        assertEquals(List.of(), JapaneseHolidays.governmentYearEnd().holidaysIn(2100));
    }

    private static List<LocalDate> datesOf(HolidayProvider provider, int year) {
        return provider.holidaysIn(year).stream().map(Holiday::date).sorted().toList();
    }

    @Test
    void theOfficialFileIsReadWithItsJapaneseNames() {
        List<Holiday> y2026 = official().holidaysIn(2026);
        assertEquals(18, y2026.size());
        assertEquals(new Holiday(LocalDate.of(2026, 9, 22), "休日"), y2026.get(13));
        assertEquals("成人の日", y2026.get(1).name());
    }

    @Test
    void substituteCitizensAndSpecialYearRules() {
        List<LocalDate> y2019 = dates(2019);
        assertTrue(y2019.containsAll(List.of(LocalDate.of(2019, 4, 30), LocalDate.of(2019, 5, 1),
                LocalDate.of(2019, 5, 2), LocalDate.of(2019, 5, 6), LocalDate.of(2019, 10, 22))));
        assertTrue(!y2019.contains(LocalDate.of(2019, 12, 23)) && !y2019.contains(LocalDate.of(2019, 2, 23)),
                "2019 had no Emperor's Birthday");
        assertTrue(dates(2020).containsAll(List.of(LocalDate.of(2020, 7, 23), LocalDate.of(2020, 7, 24),
                LocalDate.of(2020, 8, 10))), "the 2020 Olympic moves");
        assertTrue(dates(2021).containsAll(List.of(LocalDate.of(2021, 7, 22), LocalDate.of(2021, 7, 23),
                LocalDate.of(2021, 8, 8), LocalDate.of(2021, 8, 9))), "2021 moves and the substitute for 8/8");
        assertTrue(dates(2015).contains(LocalDate.of(2015, 9, 22)), "2015 silver week citizens' holiday");
        assertTrue(dates(2032).contains(LocalDate.of(2032, 9, 21)), "2032: 9/20 敬老 Mon, 9/22 秋分 Wed -> 9/21");
        assertEquals(List.of(), JapaneseHolidays.provider().holidaysIn(1999));
    }

    private static List<LocalDate> dates(int year) {
        List<LocalDate> out = new ArrayList<>();
        JapaneseHolidays.provider().holidaysIn(year).forEach(h -> out.add(h.date()));
        return out;
    }

    @Test
    void plainDateListsAddCompanyHolidays() {
        HolidayProvider company = HolidayFiles.dateList(new StringReader("""
                # year-end closing
                2026-12-29, 年末休業
                2026-12-30
                """));
        assertEquals(List.of(new Holiday(LocalDate.of(2026, 12, 29), "年末休業"),
                new Holiday(LocalDate.of(2026, 12, 30), "holiday")), company.holidaysIn(2026));
        HolidayProvider both = JapaneseHolidays.provider().and(company);
        assertEquals(20, both.holidaysIn(2026).size());
        CalendarException bad = assertThrows(CalendarException.class,
                () -> HolidayFiles.dateList(new StringReader("2026-13-01")));
        assertEquals("line 1", bad.field());
    }
}
