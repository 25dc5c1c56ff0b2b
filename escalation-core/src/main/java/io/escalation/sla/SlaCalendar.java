package io.escalation.sla;

import io.escalation.callback.BusinessCalendar;
import io.escalation.internal.validation.Checks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The calendar SLA time is measured in, with its versions: a center that changes its hours while
 * clocks run keeps the time already counted under the old hours, and the remainder follows the
 * new ones from the instant they take effect. Every measurement says which version counted what.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * SlaCalendar office = SlaCalendar.of("tokyo-office", "2026-04", tokyoHours)
 *         .changedAt(Instant.parse("2026-12-01T00:00:00Z"), "2026-12", longerHours);
 * }</pre>
 */
public final class SlaCalendar {

    /**
     * One version of the calendar and when it took effect.
     *
     * @param version the version's name, e.g. {@code 2026-12}
     * @param from when it took effect, or {@code null} for the first version (always)
     * @param calendar the working time it counts
     */
    public record Version(String version, @Nullable Instant from, BusinessCalendar calendar) {}

    /**
     * Time one version counted.
     *
     * @param version the version that counted it
     * @param from the start
     * @param to the end
     * @param counted the working time between them in that version
     */
    public record Measured(String version, Instant from, Instant to, Duration counted) {}

    private final String name;
    private final List<Version> versions;

    private SlaCalendar(String name, List<Version> versions) {
        this.name = name;
        this.versions = List.copyOf(versions);
    }

    /**
     * Returns a calendar with one version.
     *
     * @param name the calendar's name, e.g. {@code tokyo-office}
     * @param version the version's name
     * @param calendar the working time
     * @return the calendar
     * @throws io.escalation.InvalidEscalationException naming each bad argument
     */
    public static SlaCalendar of(String name, String version, BusinessCalendar calendar) {
        Checks.building(SlaCalendar.class)
                .require(Checks.isCode(name), "name", "Pattern", "must be a code (1-64 letters, digits, '.', '_', ':' or '-')", name)
                .require(Checks.isCode(version), "version", "Pattern", "must be a code (1-64 letters, digits, '.', '_', ':' or '-')", version)
                .require(calendar != null, "calendar", "NotNull", "must not be null", null).done();
        return new SlaCalendar(name, List.of(new Version(version, null, calendar)));
    }

    /**
     * Returns wall-clock time: every second counts, in one version named {@code 1}.
     *
     * @return the calendar
     */
    public static SlaCalendar wallClock() {
        return of("wall-clock", "1", BusinessCalendar.builder(ZoneOffset.UTC)
                .everyDay(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT).build());
    }

    /**
     * Returns this calendar with a new version taking effect at {@code from}.
     *
     * @param from when the new version takes effect; after the last version's start
     * @param version the new version's name, not used before
     * @param calendar its working time
     * @return the new calendar
     * @throws io.escalation.InvalidEscalationException naming each bad argument
     */
    public SlaCalendar changedAt(Instant from, String version, BusinessCalendar calendar) {
        Version last = versions.get(versions.size() - 1);
        Instant lastFrom = last.from();
        Checks.building(SlaCalendar.class)
                .instant("from", from)
                .require(from == null || lastFrom == null || from.isAfter(lastFrom), "from", "After",
                        "must be after the last version's start", from)
                .require(Checks.isCode(version), "version", "Pattern", "must be a code (1-64 letters, digits, '.', '_', ':' or '-')", version)
                .require(versions.stream().noneMatch(v -> v.version().equals(version)), "version", "Unique",
                        "names an existing version", null)
                .require(calendar != null, "calendar", "NotNull", "must not be null", null).done();
        List<Version> more = new ArrayList<>(versions);
        more.add(new Version(version, from, calendar));
        return new SlaCalendar(name, more);
    }

    /**
     * Returns the calendar's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the versions, oldest first.
     *
     * @return the versions
     */
    public List<Version> versions() {
        return versions;
    }

    /**
     * Returns the version in effect at {@code at}.
     *
     * @param at an instant
     * @return the version
     */
    public Version versionAt(Instant at) {
        Checks.building(SlaCalendar.class).instant("at", at).done();
        return versions.get(index(at));
    }

    private int index(Instant at) {
        int i = versions.size() - 1;
        while (i > 0 && at.isBefore(java.util.Objects.requireNonNull(versions.get(i).from()))) {
            i--;
        }
        return i;
    }

    private @Nullable Instant end(int i) {
        return i + 1 < versions.size() ? versions.get(i + 1).from() : null;
    }

    /**
     * Measures the working time between two instants, split by the versions that counted it.
     *
     * @param from the start
     * @param to the end, not before {@code from}
     * @return one entry per version in effect between them, oldest first
     * @throws io.escalation.InvalidEscalationException if an instant is missing or reversed
     */
    public List<Measured> measure(Instant from, Instant to) {
        Checks.building(SlaCalendar.class).instant("from", from).instant("to", to)
                .require(from == null || to == null || !to.isBefore(from), "to", "After", "must not be before from", to)
                .done();
        List<Measured> out = new ArrayList<>(1);
        Instant t = from;
        for (int i = index(from); ; i++) {
            Instant end = end(i);
            Instant stop = end == null || end.isAfter(to) ? to : end;
            out.add(new Measured(versions.get(i).version(), t, stop, versions.get(i).calendar().between(t, stop)));
            if (stop.equals(to)) {
                return out;
            }
            t = stop;
        }
    }

    /**
     * Returns the working time between two instants, across versions.
     *
     * @param from the start
     * @param to the end, not before {@code from}
     * @return the working time
     */
    public Duration between(Instant from, Instant to) {
        Duration sum = Duration.ZERO;
        for (Measured m : measure(from, to)) {
            sum = sum.plus(m.counted());
        }
        return sum;
    }

    /**
     * Returns the instant at which {@code amount} of working time has passed after {@code from},
     * each stretch counted by the version in effect then.
     *
     * @param from the start
     * @param amount the working time, not negative
     * @return the instant
     * @throws io.escalation.InvalidEscalationException if an argument is missing or negative
     * @throws io.escalation.callback.CalendarException beyond the calendars' supported range
     */
    public Instant add(Instant from, Duration amount) {
        Checks.building(SlaCalendar.class).instant("from", from)
                .require(amount != null, "amount", "NotNull", "must not be null", null)
                .require(amount == null || !amount.isNegative(), "amount", "Min", "must not be negative", null).done();
        Duration left = amount;
        Instant t = from;
        for (int i = index(from); ; i++) {
            BusinessCalendar cal = versions.get(i).calendar();
            Instant end = end(i);
            if (end == null) {
                return cal.add(t, left);
            }
            Duration here = cal.between(t, end);
            if (here.compareTo(left) >= 0) {
                return cal.add(t, left);
            }
            left = left.minus(here);
            t = end;
        }
    }

    /** Shows the name and the versions' names. */
    @Override
    public String toString() {
        return "SlaCalendar[" + name + ", versions " + versions.stream().map(Version::version).toList() + "]";
    }
}
