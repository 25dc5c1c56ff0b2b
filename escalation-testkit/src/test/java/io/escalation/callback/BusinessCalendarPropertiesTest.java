package io.escalation.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.testkit.CalendarGens;
import io.escalation.testkit.Gens;
import io.escalation.testkit.Property;
import io.escalation.testkit.Gen;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Random calendars (1-3 intervals a day, overnight shifts, whole days, holidays, any zone) against
 * the minute-stepping reference and the supported range, 1,000 cases each. The laws every calendar
 * keeps run in {@link BusinessCalendarContractTest}.
 */
class BusinessCalendarPropertiesTest {

    /**
     * A generated instant: anywhere in 2025-2027 or, half the time, within 36 hours of a DST change
     * of the calendar's zone (where gaps and overlaps shift, shorten and merge intervals).
     */
    record Moment(Instant anywhere, int minutesFromAChange, boolean nearAChange) {
        Instant in(ZoneId zone) {
            ZoneOffsetTransition change = zone.getRules().nextTransition(anywhere);
            if (!nearAChange || change == null || change.getInstant().isAfter(CalendarGens.TO)) {
                return anywhere;
            }
            return change.getInstant().plusSeconds(60L * minutesFromAChange);
        }
    }

    private static Gen<Moment> moments() {
        return Gens.combine(CalendarGens.minuteInstants(), Gens.integers(-36 * 60, 36 * 60), Gens.booleans(),
                Moment::new);
    }

    private static Instant minute(Instant from, int i) {
        return from.plusSeconds(60L * i);
    }

    @Test
    void agreesWithTheMinuteSteppingReference() {
        int window = 30 * 60; // minutes on either side of the instant
        Property.forAll(CalendarGens.specs(), moments(), CalendarGens.minuteDurations(Duration.ofHours(30)))
                .named("reference")
                .check((spec, moment, d) -> {
                    BusinessCalendar c = spec.calendar();
                    MinuteReference ref = new MinuteReference(spec);
                    Instant a = moment.in(spec.zone());
                    assertEquals(ref.add(a, d), c.add(a, d), "add");
                    Instant lo = minute(a, -window);
                    Instant hi = minute(a, window);
                    boolean[] open = ref.openMinutes(lo, 2 * window);
                    assertEquals(open[window], c.isOpen(a), "isOpen");
                    int opening = window;
                    while (opening < 2 * window && !open[opening]) {
                        opening++;
                    }
                    if (opening < 2 * window) {
                        assertEquals(minute(lo, opening), c.nextOpening(a), "nextOpening");
                    }
                    int closing = window;
                    while (closing > 0 && !open[closing - 1]) {
                        closing--;
                    }
                    if (closing > 0) {
                        assertEquals(minute(lo, closing), c.previousClosing(a), "previousClosing");
                    } else {
                        assertFalse(c.previousClosing(a).isAfter(lo), "previousClosing before the window");
                    }
                    int end = window;
                    while (end < 2 * window && open[end]) {
                        end++;
                    }
                    Optional<Instant> intervalEnd = c.currentIntervalEnd(a);
                    if (end < 2 * window) {
                        assertEquals(Optional.of(minute(lo, end)), intervalEnd, "currentIntervalEnd");
                    } else {
                        assertTrue(intervalEnd.map(e -> !e.isBefore(hi)).orElse(true), "open beyond the window");
                    }
                    List<WorkingPeriod> periods = new ArrayList<>();
                    long minutes = 0;
                    for (int i = window; i < 2 * window; i++) {
                        if (!open[i]) {
                            continue;
                        }
                        minutes++;
                        int last = periods.size() - 1;
                        if (last >= 0 && periods.get(last).end().equals(minute(lo, i))) {
                            periods.set(last, new WorkingPeriod(periods.get(last).start(), minute(lo, i + 1)));
                        } else {
                            periods.add(new WorkingPeriod(minute(lo, i), minute(lo, i + 1)));
                        }
                    }
                    assertEquals(periods, c.workingPeriods(a, hi), "workingPeriods");
                    assertEquals(Duration.ofMinutes(minutes), c.between(a, hi), "between");
                    LocalDate date = a.atZone(spec.zone()).toLocalDate();
                    assertEquals(ref.isBusinessDay(date), c.isBusinessDay(date), "isBusinessDay " + date);
                });
    }

    @Test
    void resultsNeverLeaveTheSupportedRange() {
        Gen<Instant> nearTheEnds = Gens.oneOf(
                Gens.instants(Instant.parse("1999-12-31T00:00:00Z"), Instant.parse("2000-01-20T00:00:00Z")),
                Gens.instants(Instant.parse("2099-12-10T00:00:00Z"), Instant.parse("2100-01-01T23:59:59Z")));
        Property.forAll(CalendarGens.calendars(), nearTheEnds, Gens.durations(Duration.ZERO, Duration.ofDays(30)))
                .named("supported range")
                .check((c, a, d) -> {
                    Instant first = LocalDate.of(BusinessCalendar.FIRST_YEAR, 1, 1).atStartOfDay(c.zone()).toInstant();
                    Instant last = LocalDate.of(BusinessCalendar.LAST_YEAR + 1, 1, 1).atStartOfDay(c.zone()).toInstant();
                    int days = (int) d.toDays();
                    List<Supplier<Object>> calls = List.of(() -> c.add(a, d), () -> c.subtract(a, d),
                            () -> c.nextOpening(a), () -> c.previousClosing(a), () -> c.addBusinessDays(a, days),
                            () -> c.addBusinessDays(a, -days), () -> c.currentIntervalEnd(a).orElse(a),
                            () -> c.workingPeriods(a, a));
                    for (Supplier<Object> call : calls) {
                        try {
                            Object r = call.get();
                            if (r instanceof Instant result) {
                                assertFalse(result.isBefore(first) || result.isAfter(last), "outside: " + result);
                            }
                        } catch (CalendarException e) {
                            assertEquals("SupportedRange", e.rule(), e.getMessage());
                        }
                    }
                });
    }
}
