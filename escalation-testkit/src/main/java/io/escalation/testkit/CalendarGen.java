package io.escalation.testkit;

import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.WorkingHours;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Business calendars, narrowed in a site's words: {@code calendars().in(ZoneId.of("Asia/Tokyo"))
 * .withSplitShifts().withJapaneseHolidays()}. Immutable. Get one from
 * {@link EscalationGens#calendars()}; {@link #specs()} gives each calendar with its description, for
 * reference implementations.
 *
 * <p>Edge cases: a weekday desk with a lunch break (09:00-12:00, 13:00-18:00), a night shift
 * (22:00-06:00 every day) and a site open 24/7, each in the first zone allowed, kept when they fit
 * the narrowing.
 */
public final class CalendarGen extends DomainGen<BusinessCalendar> {

    private final Gen<ZoneId> zones;
    private final Gen<List<LocalDate>> holidays;
    private final Gen<Boolean> japanese;
    private final Predicate<CalendarGens.Spec> shape;
    private final ZoneId edgeZone;
    private final Gen<CalendarGens.Spec> specs;
    private final Gen<BusinessCalendar> calendars;

    private CalendarGen(Gen<ZoneId> zones, Gen<List<LocalDate>> holidays, Gen<Boolean> japanese,
            Predicate<CalendarGens.Spec> shape, ZoneId edgeZone) {
        this.zones = zones;
        this.holidays = holidays;
        this.japanese = japanese;
        this.shape = shape;
        this.edgeZone = edgeZone;
        Gen<CalendarGens.Spec> drawn = CalendarGens.specs(zones, holidays, japanese).filter(shape, 500);
        List<CalendarGens.Spec> edges = new ArrayList<>();
        for (CalendarGens.Spec s : templates()) {
            if (shape.test(s)) {
                edges.add(s);
            }
        }
        this.specs = drawn.withEdgeCases(edges);
        this.calendars = specs.map(CalendarGens.Spec::calendar);
    }

    static CalendarGen any() {
        return new CalendarGen(Gens.zones(), CalendarGens.holidayLists(), Gens.booleans(), s -> true,
                ZoneId.of("Asia/Tokyo"));
    }

    private List<CalendarGens.Spec> templates() {
        List<WorkingHours> lunch = List.of(WorkingHours.of(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                WorkingHours.of(LocalTime.of(13, 0), LocalTime.of(18, 0)));
        List<List<WorkingHours>> desk = new ArrayList<>(Collections.nCopies(5, lunch));
        desk.add(List.of());
        desk.add(List.of());
        List<List<WorkingHours>> nights = Collections.nCopies(7,
                List.of(WorkingHours.of(LocalTime.of(22, 0), LocalTime.of(6, 0))));
        List<List<WorkingHours>> always = Collections.nCopies(7, List.of(WorkingHours.allDay()));
        List<CalendarGens.Spec> out = new ArrayList<>();
        for (List<List<WorkingHours>> weekly : List.of(desk, nights, always)) {
            for (boolean withJapanese : List.of(true, false)) {
                CalendarGens.Spec s = CalendarGens.build(edgeZone, weekly, List.of(), withJapanese);
                if (s != null && japanese.edgeCases().stream().anyMatch(e -> e.value() == withJapanese)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    @Override
    Gen<BusinessCalendar> delegate() {
        return calendars;
    }

    /**
     * Returns the same calendars with their descriptions (zone, weekly hours, holidays).
     *
     * @return the generator of specifications
     */
    public Gen<CalendarGens.Spec> specs() {
        return specs;
    }

    /**
     * Only calendars in this zone, e.g. {@code in(ZoneId.of("Asia/Tokyo"))}.
     *
     * @param zone the site's zone
     * @return the narrowed generator
     */
    public CalendarGen in(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return new CalendarGen(Gens.constant(zone), holidays, japanese, shape, zone);
    }

    /**
     * Only calendars in zones with daylight-saving changes in 2025-2027 (Berlin, New York, Sydney,
     * Chatham, St. John's, London).
     *
     * @return the narrowed generator
     */
    public CalendarGen inZonesWithDaylightSaving() {
        Gen<ZoneId> changing = Gens.zones().filter(z -> z.getRules().nextTransition(CalendarGens.FROM) != null
                && z.getRules().nextTransition(CalendarGens.FROM).getInstant().isBefore(CalendarGens.TO));
        return new CalendarGen(changing, holidays, japanese, shape, ZoneId.of("Europe/Berlin"));
    }

    /**
     * Only calendars with at least one day of two or more intervals (a lunch break, a split shift).
     *
     * @return the narrowed generator
     */
    public CalendarGen withSplitShifts() {
        return shaped(s -> s.weekly().stream().anyMatch(day -> day.size() >= 2));
    }

    /**
     * Only calendars with at least one interval that crosses midnight (a night shift).
     *
     * @return the narrowed generator
     */
    public CalendarGen withOvernightShifts() {
        return shaped(s -> s.weekly().stream().flatMap(List::stream)
                .anyMatch(h -> !h.isAllDay() && h.crossesMidnight()));
    }

    private CalendarGen shaped(Predicate<CalendarGens.Spec> more) {
        return new CalendarGen(zones, holidays, japanese, shape.and(more), edgeZone);
    }

    /**
     * Only calendars closed on Japanese national holidays (besides their random ones).
     *
     * @return the narrowed generator
     */
    public CalendarGen withJapaneseHolidays() {
        return new CalendarGen(zones, holidays, Gens.constant(true).withEdgeCases(true), shape, edgeZone);
    }

    /**
     * Only calendars without any holiday.
     *
     * @return the narrowed generator
     */
    public CalendarGen withoutHolidays() {
        return new CalendarGen(zones, Gens.constant(List.<LocalDate>of()).withEdgeCases(List.of(List.<LocalDate>of())),
                Gens.constant(false).withEdgeCases(false), shape, edgeZone);
    }
}
