package io.escalation.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.WorkingPeriod;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract a center's own {@link BusinessCalendar} must pass — its hours, split and overnight
 * shifts, date overrides and {@link io.escalation.callback.HolidayProvider holidays} — as an abstract
 * JUnit Jupiter class: extend it, return your calendars, and your test inherits one property test
 * per {@link Law}, checked at instants where calendar arithmetic breaks (openings, closings and
 * daylight-saving changes, see {@link CalendarGens#instantsNear(BusinessCalendar)}).
 *
 * <pre>{@code
 * class TokyoSiteCalendarTest extends BusinessCalendarContract {
 *     protected Gen<BusinessCalendar> calendars() { return Gens.constant(AcmeCalendars.tokyo()); }
 * }
 * }</pre>
 */
public abstract class BusinessCalendarContract {

    /** The laws a business calendar is checked against; each is one test and can be waived. */
    public enum Law {
        /** {@code between(a, add(a, d))} is {@code d}. */
        BETWEEN_MEASURES_WHAT_ADD_ADDED,
        /** {@code subtract(add(open, d), d)} returns to {@code open}, an opening. */
        SUBTRACT_UNDOES_ADD,
        /** What {@code add} returns (forward or back) is open time, or the end of an interval. */
        RESULTS_IN_OPEN_TIME,
        /** A longer duration or a later start never gives an earlier result. */
        ADD_IS_MONOTONE,
        /** {@code nextOpening(a)} is open, not before {@code a}, and {@code a} itself when {@code a} is open. */
        NEXT_OPENING_IS_OPEN,
        /** {@code isOpen} agrees with the working periods around the instant. */
        OPEN_AGREES_WITH_WORKING_PERIODS
    }

    /** Creates the contract. */
    protected BusinessCalendarContract() {}

    /**
     * Returns the calendars under test: {@code Gens.constant(yourCalendar)}, or a generator of them.
     *
     * @return the generator
     */
    protected abstract Gen<BusinessCalendar> calendars();

    /**
     * Returns how many cases each law checks.
     *
     * @return {@value Property#DEFAULT_TRIES} by default
     */
    protected int tries() {
        return Property.DEFAULT_TRIES;
    }

    /**
     * Returns the laws that do not hold for your calendar, each with the reason.
     *
     * @return none by default
     */
    protected Set<Waiver> waivers() {
        return Set.of();
    }

    /** A calendar with an instant near one of its boundaries. */
    private record At(BusinessCalendar calendar, Instant instant) {
        @Override
        public String toString() {
            return instant + " in " + calendar;
        }
    }

    private Property.ForAll2<At, Duration> law(Law law) {
        Waivers.skipIfWaived(this, waivers(), law);
        Gen<At> at = calendars().flatMap(c -> CalendarGens.instantsNear(c).map(i -> new At(c, i)));
        Gen<Duration> durations = Gens.frequency(Gens.weighted(3, Gens.durations(Duration.ZERO, Duration.ofDays(14))),
                Gens.weighted(1, Gens.durations(Duration.ZERO, Duration.ofDays(400))));
        return Property.forAll(at, durations)
                .named(Waivers.name(law)).tries(tries());
    }

    /** Keeps a duration within two years of the calendar's working time, so results stay in range. */
    private static Duration within(BusinessCalendar c, Duration d) {
        Duration cap = c.weeklyWorkingTime().multipliedBy(104);
        return d.compareTo(cap) > 0 ? Duration.ofNanos(d.toNanos() % Math.max(1, cap.toNanos())) : d;
    }

    @Test
    void betweenMeasuresWhatAddAdded() {
        law(Law.BETWEEN_MEASURES_WHAT_ADD_ADDED).check((at, any) -> {
            BusinessCalendar c = at.calendar();
            Duration d = within(c, any);
            assertEquals(d, c.between(at.instant(), c.add(at.instant(), d)));
        });
    }

    @Test
    void subtractUndoesAdd() {
        law(Law.SUBTRACT_UNDOES_ADD).check((at, any) -> {
            BusinessCalendar c = at.calendar();
            Duration d = within(c, any);
            Instant open = c.nextOpening(at.instant());
            assertEquals(open, c.subtract(c.add(open, d), d));
        });
    }

    @Test
    void resultsAreNeverInClosedTimeExceptAtAClosingBoundary() {
        law(Law.RESULTS_IN_OPEN_TIME).check((at, any) -> {
            BusinessCalendar c = at.calendar();
            Duration d = within(c, any);
            Instant r = c.add(at.instant(), d);
            if (d.isZero()) {
                assertTrue(c.isOpen(r), "add(a, 0) is open: " + r);
            } else {
                assertTrue(c.isOpen(r) || c.isOpen(r.minusNanos(1)), "closed result " + r);
            }
            Instant back = c.add(at.instant(), d.negated());
            assertTrue(d.isZero() || c.isOpen(back) || c.isOpen(back.minusNanos(1)) || back.equals(c.nextOpening(back)),
                    "closed result going back " + back);
        });
    }

    @Test
    void addIsMonotoneInTheDurationAndTheStart() {
        law(Law.ADD_IS_MONOTONE).check((at, any) -> {
            BusinessCalendar c = at.calendar();
            Duration d = within(c, any);
            Instant a = at.instant();
            assertFalse(c.add(a, d.plusMinutes(37)).isBefore(c.add(a, d)), "a longer duration ends earlier");
            assertFalse(c.add(a.plusSeconds(3600), d).isBefore(c.add(a, d)), "a later start ends earlier");
        });
    }

    @Test
    void theNextOpeningIsOpen() {
        law(Law.NEXT_OPENING_IS_OPEN).check((at, any) -> {
            BusinessCalendar c = at.calendar();
            Instant a = at.instant();
            Instant next = c.nextOpening(a);
            assertFalse(next.isBefore(a), "the next opening " + next + " is before " + a);
            assertTrue(c.isOpen(next), "the next opening " + next + " is closed");
            if (c.isOpen(a)) {
                assertEquals(a, next, "an open instant is its own next opening");
            }
        });
    }

    @Test
    void isOpenAgreesWithTheWorkingPeriods() {
        law(Law.OPEN_AGREES_WITH_WORKING_PERIODS).check((at, any) -> {
            BusinessCalendar c = at.calendar();
            Instant a = at.instant();
            boolean inAPeriod = false;
            for (WorkingPeriod p : c.workingPeriods(a.minus(Duration.ofDays(2)), a.plus(Duration.ofDays(2)))) {
                inAPeriod |= !a.isBefore(p.start()) && a.isBefore(p.end());
            }
            assertEquals(inAPeriod, c.isOpen(a), "isOpen(" + a + ") against the working periods");
        });
    }
}
