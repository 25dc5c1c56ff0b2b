package io.escalation.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.Holiday;
import io.escalation.callback.HolidayProvider;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract a {@link HolidayProvider} must pass (a company calendar, a file the center keeps, a
 * service's answer cached), as an abstract JUnit Jupiter class: extend it, return your provider and
 * the years it covers, and your test inherits one test per {@link Law}, each over every year.
 *
 * <pre>{@code
 * class AcmeHolidaysTest extends HolidayProviderContract {
 *     protected HolidayProvider provider() { return AcmeHolidays.fromFile(); }
 * }
 * }</pre>
 */
public abstract class HolidayProviderContract {

    /** The laws a holiday provider is checked against; each is one test and can be waived. */
    public enum Law {
        /** Every year of {@link #years()} has an answer: a list, no {@code null} in it, no exception. */
        TOTALITY,
        /** Asking twice gives the same holidays. */
        DETERMINISM,
        /** A calendar built with the provider is closed on every holiday of the year, and names it. */
        CALENDAR_CLOSES_ON_EVERY_HOLIDAY,
        /** Combining with {@link HolidayProvider#none()} changes nothing. */
        COMBINES_WITH_NONE,
        /** Asking from many threads gives the answers asking from one gives. */
        THREAD_SAFETY
    }

    /** Creates the contract. */
    protected HolidayProviderContract() {}

    /**
     * Returns the provider under test.
     *
     * @return the provider
     */
    protected abstract HolidayProvider provider();

    /**
     * Returns the years the provider covers.
     *
     * @return 2025-2027 by default (the years {@link CalendarGens} generates)
     */
    protected List<Integer> years() {
        return List.of(2025, 2026, 2027);
    }

    /**
     * Returns the laws that do not hold for your provider, each with the reason.
     *
     * @return none by default
     */
    protected Set<Waiver> waivers() {
        return Set.of();
    }

    private static Set<java.time.LocalDate> datesIn(List<Holiday> holidays, int year) {
        Set<java.time.LocalDate> out = new HashSet<>();
        for (Holiday h : holidays) {
            if (h.date().getYear() == year) {
                out.add(h.date());
            }
        }
        return out;
    }

    @Test
    void everyYearHasAnAnswer() {
        Waivers.skipIfWaived(this, waivers(), Law.TOTALITY);
        HolidayProvider provider = provider();
        for (int year : years()) {
            List<Holiday> holidays = provider.holidaysIn(year);
            assertNotNull(holidays, "no answer for " + year);
            for (Holiday h : holidays) {
                assertNotNull(h, "a null holiday in " + year);
            }
        }
    }

    @Test
    void askingTwiceGivesTheSameHolidays() {
        Waivers.skipIfWaived(this, waivers(), Law.DETERMINISM);
        HolidayProvider provider = provider();
        for (int year : years()) {
            assertEquals(new HashSet<>(provider.holidaysIn(year)), new HashSet<>(provider.holidaysIn(year)),
                    "holidays of " + year);
        }
    }

    @Test
    void aCalendarIsClosedOnEveryHoliday() {
        Waivers.skipIfWaived(this, waivers(), Law.CALENDAR_CLOSES_ON_EVERY_HOLIDAY);
        HolidayProvider provider = provider();
        BusinessCalendar calendar = BusinessCalendar.builder(ZoneOffset.UTC)
                .everyDay(LocalTime.of(9, 0), LocalTime.of(18, 0)).holidays(provider).build();
        for (int year : years()) {
            for (java.time.LocalDate date : datesIn(provider.holidaysIn(year), year)) {
                assertFalse(calendar.isBusinessDay(date), date + " is a holiday but the calendar is open");
                assertTrue(calendar.holiday(date).isPresent(), date + " is a holiday the calendar does not name");
            }
        }
    }

    @Test
    void combiningWithNoneChangesNothing() {
        Waivers.skipIfWaived(this, waivers(), Law.COMBINES_WITH_NONE);
        HolidayProvider provider = provider();
        HolidayProvider combined = provider.and(HolidayProvider.none());
        for (int year : years()) {
            assertEquals(datesIn(provider.holidaysIn(year), year), datesIn(combined.holidaysIn(year), year),
                    "holidays of " + year + " combined with none");
        }
    }

    @Test
    void askingFromManyThreadsGivesTheSameAnswers() throws Exception {
        Waivers.skipIfWaived(this, waivers(), Law.THREAD_SAFETY);
        HolidayProvider provider = provider();
        List<Set<Holiday>> expected = new ArrayList<>();
        for (int year : years()) {
            expected.add(new HashSet<>(provider.holidaysIn(year)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Set<Holiday>>> futures = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (int year : years()) {
                    futures.add(pool.submit(() -> new HashSet<>(provider.holidaysIn(year))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % expected.size()), futures.get(i).get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
