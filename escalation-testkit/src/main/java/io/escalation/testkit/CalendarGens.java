package io.escalation.testkit;

import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.CalendarException;
import io.escalation.callback.Holiday;
import io.escalation.callback.HolidayProvider;
import io.escalation.callback.JapaneseHolidays;
import io.escalation.callback.WorkingHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Generators for business calendars: 1-3 working intervals a day on random weekdays, overnight
 * shifts, whole days ({@link WorkingHours#allDay()}) and now and then a site open 24/7, random
 * holidays (optionally with Japanese national holidays), any zone from {@link Gens#zones()}; and
 * instants and durations around them. Every boundary is a whole minute, so a minute-stepping
 * reference implementation can check the arithmetic.
 */
public final class CalendarGens {

    /** The first instant generated. */
    public static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    /** The last instant generated. */
    public static final Instant TO = Instant.parse("2027-12-31T00:00:00Z");

    /** Japanese national holidays by year, for {@link Spec#isHoliday} (asked once a minute by references). */
    private static final Map<Integer, Set<LocalDate>> JAPANESE = new ConcurrentHashMap<>();

    private CalendarGens() {}

    /**
     * The description of a generated calendar, kept for reports and reference implementations.
     *
     * @param zone the zone
     * @param weekly intervals per ISO weekday (index 0 = Monday)
     * @param holidays the random holidays
     * @param japanese whether Japanese national holidays apply too
     * @param calendar the built calendar
     */
    public record Spec(ZoneId zone, List<List<WorkingHours>> weekly, List<LocalDate> holidays, boolean japanese,
            BusinessCalendar calendar) {

        /**
         * Returns whether {@code date} is closed by a holiday.
         *
         * @param date a date
         * @return {@code true} on a holiday
         */
        public boolean isHoliday(LocalDate date) {
            return holidays.contains(date) || (japanese && JAPANESE.computeIfAbsent(date.getYear(),
                    year -> JapaneseHolidays.provider().holidaysIn(year).stream().map(Holiday::date)
                            .collect(Collectors.toUnmodifiableSet())).contains(date));
        }

        @Override
        public String toString() {
            return "Spec[" + zone + ", " + weekly + ", holidays=" + holidays + ", japanese=" + japanese + "]";
        }
    }

    private static Gen<List<WorkingHours>> day() {
        // boundaries on a 15-minute grid; the last interval may cross midnight; one day in eight is
        // a whole day
        Gen<List<Integer>> marks = Gens.integers(0, 3).flatMap(k -> Gens.lists(Gens.integers(0, 95), 2 * k, 2 * k));
        Gen<List<WorkingHours>> intervals = Gens.combine(marks, Gens.booleans(), (m, overnight) -> {
            List<Integer> sorted = m.stream().distinct().sorted().toList();
            List<WorkingHours> out = new ArrayList<>();
            for (int i = 0; i + 1 < sorted.size(); i += 2) {
                LocalTime from = LocalTime.ofSecondOfDay(sorted.get(i) * 900L);
                LocalTime to = LocalTime.ofSecondOfDay(sorted.get(i + 1) * 900L);
                out.add(WorkingHours.of(from, to));
            }
            int spill = sorted.isEmpty() ? 0 : Math.min(sorted.get(0), 24) * 900; // by 06:00, before the first start
            if (overnight && !out.isEmpty() && out.get(out.size() - 1).from().toSecondOfDay() != spill) {
                WorkingHours last = out.remove(out.size() - 1);
                out.add(WorkingHours.of(last.from(), LocalTime.ofSecondOfDay(spill)));
            }
            return List.copyOf(out);
        });
        return Gens.frequency(Gens.weighted(7, intervals),
                Gens.weighted(1, Gens.constant(List.of(WorkingHours.allDay()))));
    }

    /**
     * Valid calendars with their specification.
     *
     * @return the generator
     */
    public static Gen<Spec> specs() {
        return calendars().specs();
    }

    static Gen<List<LocalDate>> holidayLists() {
        return Gens.lists(Gens.integers(0, (int) Duration.between(FROM, TO).toDays())
                .map(d -> LocalDate.of(2025, 1, 1).plusDays(d)), 0, 40);
    }

    static Gen<Spec> specs(Gen<ZoneId> zones, Gen<List<LocalDate>> holidays, Gen<Boolean> japanese) {
        Gen<List<List<WorkingHours>>> weeks = Gens.frequency(Gens.weighted(15, Gens.lists(day(), 7, 7)),
                Gens.weighted(1, Gens.constant(Collections.nCopies(7, List.of(WorkingHours.allDay()))))); // 24/7
        return Gens.combine(zones, weeks, holidays, japanese, CalendarGens::build).filter(Objects::nonNull, 200);
    }

    /**
     * Valid calendars: to narrow further ({@code calendars().in(ZoneId.of("Asia/Tokyo")).withSplitShifts()}).
     *
     * @return the generator
     */
    public static CalendarGen calendars() {
        return CalendarGen.any();
    }

    static @org.jspecify.annotations.Nullable Spec build(ZoneId zone, List<List<WorkingHours>> weekly, List<LocalDate> holidays, boolean japanese) {
        BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
        for (int d = 0; d < 7; d++) {
            for (WorkingHours h : weekly.get(d)) {
                b.hours(DayOfWeek.of(d + 1), h.from(), h.to());
            }
        }
        HolidayProvider random = HolidayProvider.of(holidays.stream().map(x -> new Holiday(x, "random")).toList());
        b.holidays(japanese ? JapaneseHolidays.provider().and(random) : random);
        try {
            return new Spec(zone, weekly, List.copyOf(holidays), japanese, b.build());
        } catch (CalendarException invalid) {
            return null;
        }
    }

    /**
     * Handoffs: live, or internal mail read within 0-16 business hours.
     *
     * @return the generator
     */
    public static Gen<io.escalation.callback.Handoff> handoffs() {
        return Gens.oneOf(Gens.constant(io.escalation.callback.Handoff.live()),
                Gens.integers(0, 16 * 4).map(q -> io.escalation.callback.Handoff.internalMail(Duration.ofMinutes(15L * q))));
    }

    /**
     * Callback candidates with random calendars and handoffs.
     *
     * @param id the candidate's id
     * @return the generator
     */
    public static Gen<io.escalation.callback.Candidate> candidates(String id) {
        return Gens.combine(calendars(), handoffs(),
                (c, h) -> new io.escalation.callback.Candidate(io.escalation.model.ActorId.of(id),
                        io.escalation.model.LocalizedText.of(java.util.Locale.JAPANESE, "担当" + id)
                                .and(java.util.Locale.ENGLISH, "responder " + id), c, h));
    }

    /**
     * Callback requests: 1-3 candidates, any customer zone (or none), any window (or none), any
     * priority; edge cases whose promise falls around midnight. To narrow further:
     * {@code callbackRequests().customerIn(ZoneId.of("Asia/Tokyo")).withoutWindow()}.
     *
     * @return the generator
     */
    public static CallbackRequestGen callbackRequests() {
        return CallbackRequestGen.any();
    }

    /**
     * Requests whose promise falls at or around midnight: ten minutes before a window that ends at
     * midnight with a 24/7 responder, and a quarter to midnight on New Year's Eve at a Tokyo desk
     * closed for the year-end holidays.
     */
    static List<io.escalation.callback.CallbackRequest> midnightRequests() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        io.escalation.model.LocalizedText name = io.escalation.model.LocalizedText.of(java.util.Locale.JAPANESE, "担当c0")
                .and(java.util.Locale.ENGLISH, "responder c0");
        BusinessCalendar always = BusinessCalendar.builder(tokyo).everyDay(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                .build();
        BusinessCalendar desk = BusinessCalendar.builder(tokyo).weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                .holidays(JapaneseHolidays.provider().and(JapaneseHolidays.governmentYearEnd())).build();
        io.escalation.model.ActorId c0 = io.escalation.model.ActorId.of("c0");
        return List.of(
                new io.escalation.callback.CallbackRequest(Instant.parse("2026-03-31T14:50:00Z"), tokyo,
                        io.escalation.model.ContactWindow.of(LocalTime.of(21, 0), LocalTime.MIDNIGHT),
                        io.escalation.model.Priority.NORMAL, List.of(new io.escalation.callback.Candidate(c0, name,
                                always, io.escalation.callback.Handoff.live()))),
                new io.escalation.callback.CallbackRequest(Instant.parse("2026-12-31T14:45:00Z"), tokyo, null,
                        io.escalation.model.Priority.HIGH, List.of(new io.escalation.callback.Candidate(c0, name, desk,
                                io.escalation.callback.Handoff.live()))));
    }

    /**
     * Instants where calendar arithmetic breaks, for {@code calendar}: a quarter anywhere in
     * 2025-2027; the rest at an opening or a closing of the calendar (exactly, a minute before or
     * after, or a nanosecond before), or at a daylight-saving change of its zone (exactly, or up to
     * 90 minutes either side) when the zone has one in the range. Shrinks toward the earliest.
     *
     * @param calendar the calendar whose boundaries to aim at
     * @return the generator
     */
    public static Gen<Instant> instantsNear(BusinessCalendar calendar) {
        Gen<Instant> boundaries = Gens.combine(minuteInstants(), Gens.integers(0, 15), Gens.elements(0L, -60L, 60L, -1L),
                (from, index, offset) -> boundary(calendar, from, index, offset));
        List<Instant> changes = new ArrayList<>();
        java.time.zone.ZoneOffsetTransition t = calendar.zone().getRules().nextTransition(FROM);
        while (t != null && t.getInstant().isBefore(TO)) {
            changes.add(t.getInstant());
            t = calendar.zone().getRules().nextTransition(t.getInstant());
        }
        Gen<Instant> anywhere = instants();
        if (changes.isEmpty()) {
            return Gens.frequency(Gens.weighted(1, anywhere), Gens.weighted(3, boundaries));
        }
        Gen<Instant> dst = Gens.combine(Gens.elements(changes), Gens.integers(-90, 90), (c, m) -> c.plusSeconds(60L * m))
                .withEdgeCases(changes.get(0));
        return Gens.frequency(Gens.weighted(1, anywhere), Gens.weighted(2, boundaries), Gens.weighted(1, dst));
    }

    /** The {@code index}-th opening or closing after {@code from} (within eight days), moved by {@code offset}. */
    private static Instant boundary(BusinessCalendar calendar, Instant from, int index, long offset) {
        List<io.escalation.callback.WorkingPeriod> periods = calendar.workingPeriods(from, from.plus(Duration.ofDays(8)));
        if (periods.isEmpty()) {
            return from;
        }
        io.escalation.callback.WorkingPeriod p = periods.get((index / 2) % periods.size());
        Instant at = index % 2 == 0 ? p.start() : p.end();
        return offset == -1L ? at.minusNanos(1) : at.plusSeconds(offset);
    }

    /**
     * Instants between 2025 and 2027 on whole minutes.
     *
     * @return the generator
     */
    public static Gen<Instant> minuteInstants() {
        return Gens.longs(0, Duration.between(FROM, TO).toMinutes()).map(m -> FROM.plusSeconds(m * 60));
    }

    /**
     * Instants between 2025 and 2027 with any nanosecond.
     *
     * @return the generator
     */
    public static Gen<Instant> instants() {
        return Gens.combine(minuteInstants(), Gens.longs(0, 59_999_999_999L), (i, n) -> i.plusNanos(n));
    }

    /**
     * Durations of whole minutes up to {@code max}.
     *
     * @param max the longest duration
     * @return the generator
     */
    public static Gen<Duration> minuteDurations(Duration max) {
        return Gens.longs(0, max.toMinutes()).map(Duration::ofMinutes);
    }
}
