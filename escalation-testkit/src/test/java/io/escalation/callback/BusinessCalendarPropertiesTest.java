package io.escalation.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.testkit.CalendarGens;
import io.escalation.testkit.Gens;
import io.escalation.testkit.Property;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Random calendars (1-3 intervals a day, overnight shifts, holidays, any zone), 1,000 cases each. */
class BusinessCalendarPropertiesTest {

    private static final Duration WEEK = Duration.ofDays(7);

    /** Keeps a generated duration within about {@code weeks} weeks of the calendar's working time. */
    private static Duration within(BusinessCalendar c, Duration d, int weeks) {
        Duration cap = c.weeklyWorkingTime().multipliedBy(weeks);
        return d.compareTo(cap) > 0 ? Duration.ofNanos(d.toNanos() % Math.max(1, cap.toNanos())) : d;
    }

    @Test
    void addThenSubtractReturnsToAnOpenStart() {
        Property.forAll(CalendarGens.calendars(), CalendarGens.instants(), Gens.durations(Duration.ZERO, Duration.ofDays(60)))
                .named("add then subtract")
                .check((c, start, any) -> {
                    Duration d = within(c, any, 104);
                    Instant open = c.nextOpening(start);
                    assertEquals(open, c.subtract(c.add(open, d), d));
                });
    }

    @Test
    void betweenMeasuresWhatAddAdded() {
        Property.forAll(CalendarGens.calendars(), CalendarGens.instants(), Gens.durations(Duration.ZERO, Duration.ofDays(400)))
                .named("between(a, add(a, d)) == d")
                .check((c, a, any) -> {
                    Duration d = within(c, any, 104);
                    assertEquals(d, c.between(a, c.add(a, d)));
                });
    }

    @Test
    void resultsAreNeverInClosedTimeExceptAtAClosingBoundary() {
        Property.forAll(CalendarGens.calendars(), CalendarGens.instants(), Gens.durations(Duration.ZERO, WEEK))
                .named("results in open time")
                .check((c, a, any) -> {
                    Duration d = within(c, any, 52);
                    Instant r = c.add(a, d);
                    if (d.isZero()) {
                        assertTrue(c.isOpen(r));
                    } else {
                        assertTrue(c.isOpen(r) || c.isOpen(r.minusNanos(1)), "closed result " + r);
                    }
                    Instant back = c.add(a, d.negated());
                    assertTrue(c.isOpen(back) || c.isOpen(back.minusNanos(1)) || back.equals(c.nextOpening(back))
                            || d.isZero(), "closed result " + back);
                });
    }

    @Test
    void addIsMonotoneInTheDurationAndTheStart() {
        Property.forAll(CalendarGens.calendars(), CalendarGens.instants(), Gens.durations(Duration.ZERO, WEEK))
                .named("monotone")
                .check((c, a, any) -> {
                    Duration d = within(c, any, 52);
                    Duration more = d.plusMinutes(37);
                    assertFalse(c.add(a, more).isBefore(c.add(a, d)));
                    assertFalse(c.add(a.plusSeconds(3600), d).isBefore(c.add(a, d)));
                });
    }

    @Test
    void agreesWithTheMinuteSteppingReference() {
        Property.forAll(CalendarGens.specs(), CalendarGens.minuteInstants(),
                        CalendarGens.minuteDurations(Duration.ofHours(30)))
                .named("reference")
                .check((spec, a, d) -> {
                    BusinessCalendar c = spec.calendar();
                    MinuteReference ref = new MinuteReference(spec);
                    assertEquals(ref.isOpen(a), c.isOpen(a), "isOpen");
                    Instant r = c.add(a, d);
                    assertEquals(ref.add(a, d), r, "add");
                    assertEquals(ref.between(a, a.plus(Duration.ofHours(30))), c.between(a, a.plus(Duration.ofHours(30))),
                            "between");
                });
    }
}
