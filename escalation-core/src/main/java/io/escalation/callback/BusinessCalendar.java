package io.escalation.callback;

import io.escalation.internal.callback.ZoneTable;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A site's working time: an IANA zone, working intervals per weekday (split shifts, lunch breaks,
 * overnight shifts that belong to the day they start), date overrides and holidays. Immutable and
 * thread-safe; build one with {@link #builder(ZoneId)}.
 *
 * <h2>Semantics (decided; tests pin them)</h2>
 * <ul>
 *   <li>Working intervals are half-open, {@code [from, to)}: the closing instant itself is closed.</li>
 *   <li>{@link #add} of a duration that ends exactly at a closing time returns that closing time;
 *       adding zero from closed time returns the next opening; adding zero from open time returns
 *       the same instant.</li>
 *   <li>Durations are real elapsed time: across a daylight-saving change a working day may count 23
 *       or 25 hours. An interval boundary that falls in a DST gap moves forward by the gap; in an
 *       overlap the earlier offset is used (as {@link ZonedDateTime#of} does). An interval that lies
 *       wholly in a gap has no working time that day.</li>
 *   <li>Negative durations subtract; subtracting that ends exactly at an opening returns the opening.</li>
 *   <li>The supported range is {@value #FIRST_YEAR}-01-01 to {@value #LAST_YEAR}-12-31 in the
 *       calendar's zone; a computation that would leave it throws {@link CalendarException} (rule
 *       {@code SupportedRange}) — never an endless loop.</li>
 * </ul>
 *
 * <p>The arithmetic walks whole intervals and skips whole weeks that hold no holiday, override or
 * DST change; it never steps minute by minute.
 */
public final class BusinessCalendar {

    /** The first supported year. */
    public static final int FIRST_YEAR = 2000;
    /** The last supported year. */
    public static final int LAST_YEAR = 2099;

    private static final long NANOS = 1_000_000_000L;
    private static final long DAY = 86_400L;
    private static final int[] NONE = new int[0];
    private static final long FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31).toEpochDay();

    private final ZoneId zone;
    private final ZoneTable table;
    /** Per ISO weekday (index 0 = Monday): start/end seconds of day, pairs, sorted; end may exceed 86400. */
    private final int[][] weekly;
    private final long[] overrideDays;
    private final Map<Long, int[]> overrides;
    private final long[] holidayDays;
    private final Map<Long, String> holidayNames;
    private final long weekNanos;
    private final int businessDaysPerWeek;

    private BusinessCalendar(Builder b, int[][] weekly, Map<Long, int[]> overrides, long[] holidayDays,
            Map<Long, String> holidayNames) {
        this.zone = b.zone;
        this.table = ZoneTable.of(zone, LocalDate.of(FIRST_YEAR - 1, 12, 1).atStartOfDay(zone).toInstant(),
                LocalDate.of(LAST_YEAR + 1, 2, 1).atStartOfDay(zone).toInstant());
        this.weekly = weekly;
        this.overrides = overrides;
        this.overrideDays = overrides.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        this.holidayDays = holidayDays;
        this.holidayNames = holidayNames;
        long week = 0;
        int days = 0;
        for (int[] day : weekly) {
            for (int i = 0; i < day.length; i += 2) {
                week += day[i + 1] - day[i];
            }
            if (day.length > 0) {
                days++;
            }
        }
        this.weekNanos = week * NANOS;
        this.businessDaysPerWeek = days;
    }

    /**
     * Starts a calendar in {@code zone}, with no working time yet.
     *
     * @param zone the site's IANA time zone
     * @return a builder
     */
    public static Builder builder(ZoneId zone) {
        return new Builder(Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Starts a calendar in the zone with this IANA id.
     *
     * @param zoneId e.g. {@code Asia/Tokyo}
     * @return a builder
     * @throws CalendarException if the zone is unknown
     */
    public static Builder builder(String zoneId) {
        try {
            return new Builder(ZoneId.of(zoneId));
        } catch (DateTimeException e) {
            throw new CalendarException("zone", "KnownZone", "'" + zoneId + "' is not a known time zone id");
        }
    }

    /**
     * Returns the calendar's zone.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the nominal working time of a week without holidays, overrides or DST changes.
     *
     * @return the sum of the weekday intervals
     */
    public Duration weeklyWorkingTime() {
        return Duration.ofNanos(weekNanos);
    }

    /**
     * Returns whether {@code date} is a holiday of this calendar (an override wins over a holiday).
     *
     * @param date a date
     * @return the holiday's name, if it is one
     */
    public Optional<String> holiday(LocalDate date) {
        long day = date.toEpochDay();
        if (overrides.containsKey(day)) {
            return Optional.empty();
        }
        return Optional.ofNullable(holidayNames.get(day));
    }

    /**
     * Returns whether {@code date} has any working time.
     *
     * @param date a date
     * @return {@code true} for a business day
     */
    public boolean isBusinessDay(LocalDate date) {
        return schedule(date.toEpochDay()).length > 0;
    }

    // ------------------------------------------------------------------ queries

    /**
     * Returns whether the site works at {@code instant}.
     *
     * @param instant an instant
     * @return {@code true} inside a working interval (opening included, closing excluded)
     */
    public boolean isOpen(Instant instant) {
        long pos = nanos(instant);
        long day = localDay(pos);
        for (long d = day - 1; d <= day; d++) {
            int[] s = schedule(d);
            for (int i = 0; i < s.length; i += 2) {
                if (start(d, s[i]) <= pos && pos < start(d, s[i + 1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Returns the next instant the site is open: {@code instant} itself if open, else the next
     * opening.
     *
     * @param instant an instant
     * @return the opening
     */
    public Instant nextOpening(Instant instant) {
        return add(instant, Duration.ZERO);
    }

    /**
     * Returns when the working time that contains {@code instant} ends (touching intervals count
     * as one), or empty when the site is closed at {@code instant}.
     *
     * @param instant an instant
     * @return the closing instant
     */
    public Optional<Instant> currentIntervalEnd(Instant instant) {
        if (!isOpen(instant)) {
            return Optional.empty();
        }
        long end = nanos(instant);
        long day = localDay(end) - 1;
        while (true) {
            if (start(day, 0) > end) {
                return Optional.of(instant(end)); // intervals of this day and later start after the end
            }
            checkDay(day);
            int[] s = schedule(day);
            for (int i = 0; i < s.length; i += 2) {
                long st = start(day, s[i]);
                long en = start(day, s[i + 1]);
                if (st <= end && en > end) {
                    end = en;
                }
            }
            day++;
        }
    }

    /**
     * Adds business time: returns the instant at which {@code duration} of working time has
     * elapsed after {@code from}. A negative duration subtracts. See the class documentation for
     * the exact semantics at boundaries.
     *
     * @param from the start
     * @param duration the working time to add, or subtract when negative
     * @return the resulting instant
     * @throws CalendarException if the result lies outside the supported range
     */
    public Instant add(Instant from, Duration duration) {
        long pos = nanos(from);
        return instant(duration.isNegative() ? backward(pos, duration.negated().toNanos())
                : forward(pos, duration.toNanos()));
    }

    /**
     * Subtracts business time; the same as {@code add(from, duration.negated())}.
     *
     * @param from the start
     * @param duration the working time to subtract
     * @return the resulting instant
     */
    public Instant subtract(Instant from, Duration duration) {
        return add(from, duration.negated());
    }

    /**
     * Returns the working time in {@code [from, to)}; negative when {@code to} is before {@code from}.
     *
     * @param from the start
     * @param to the end
     * @return the working time between them
     */
    public Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        long a = nanos(from);
        long b = nanos(to);
        long sum = 0;
        long pos = a;
        long day = localDay(a) - 1;
        while (true) {
            long midnight = start(day, 0);
            if (midnight >= b) {
                return Duration.ofNanos(sum);
            }
            checkDay(day);
            if (pos <= midnight && canSkipWeek(day)) {
                long weekEnd = weekEnd(day);
                if (weekEnd <= b) {
                    sum += weekNanos;
                    pos = Math.max(pos, weekEnd);
                    day += 7;
                    continue;
                }
            }
            int[] s = schedule(day);
            for (int i = 0; i < s.length; i += 2) {
                long lo = Math.max(start(day, s[i]), pos);
                long hi = Math.min(start(day, s[i + 1]), b);
                if (hi > lo) {
                    sum += hi - lo;
                    pos = hi;
                }
            }
            day++;
        }
    }

    /**
     * Returns the working time in {@code [from, to)} during which the SLA clock ran: the working
     * time minus the working time inside the pauses (overlapping pauses count once).
     *
     * @param from the start
     * @param to the end, not before {@code from}
     * @param pauses when the clock stood still
     * @return the business time that counts
     */
    public Duration between(Instant from, Instant to, List<Pause> pauses) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
        }
        List<Pause> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Pause::from));
        Duration total = between(from, to);
        Instant covered = from;
        for (Pause p : sorted) {
            Instant start = p.from().isBefore(covered) ? covered : p.from();
            Instant end = p.to().isAfter(to) ? to : p.to();
            if (end.isAfter(start)) {
                total = total.minus(between(start, end));
                covered = end;
            }
        }
        return total;
    }

    /**
     * Adds business days: the same local time on the {@code days}-th business day after (or,
     * when negative, before) {@code from}'s date, then the next open moment. Zero means the next
     * open moment from {@code from}.
     *
     * @param from the start
     * @param days how many business days to move
     * @return the resulting instant
     */
    public Instant addBusinessDays(Instant from, int days) {
        if (days == 0) {
            return nextOpening(from);
        }
        long pos = nanos(from);
        long localSeconds = Math.floorDiv(pos, NANOS) + table.offsetAt(Math.floorDiv(pos, NANOS));
        long day = Math.floorDiv(localSeconds, DAY);
        long secondOfDay = Math.floorMod(localSeconds, DAY);
        int step = days >= 0 ? 1 : -1;
        int left = Math.abs(days);
        while (left > 0) {
            if (step > 0 && left > businessDaysPerWeek && canSkipWeek(day + 1) && businessDaysPerWeek > 0) {
                day += 7;
                left -= businessDaysPerWeek;
                continue;
            }
            if (step < 0 && left > businessDaysPerWeek && canSkipWeek(day - 7) && businessDaysPerWeek > 0) {
                day -= 7;
                left -= businessDaysPerWeek;
                continue;
            }
            day += step;
            checkDay(day);
            if (schedule(day).length > 0) {
                left--;
            }
        }
        long at = table.toEpochSecond(day * DAY + secondOfDay) * NANOS + Math.floorMod(pos, NANOS);
        return instant(forward(at, 0));
    }

    // ------------------------------------------------------------------ arithmetic

    private long forward(long pos, long remaining) {
        long day = localDay(pos) - 1;
        while (true) {
            checkDay(day);
            if (remaining > weekNanos && pos <= start(day, 0) && canSkipWeek(day)) {
                remaining -= weekNanos;
                pos = Math.max(pos, weekEnd(day));
                day += 7;
                continue;
            }
            int[] s = schedule(day);
            for (int i = 0; i < s.length; i += 2) {
                long en = start(day, s[i + 1]);
                if (en <= pos) {
                    continue;
                }
                long st = start(day, s[i]);
                if (en <= st) {
                    continue; // the interval lies in a DST gap: no working time
                }
                if (st > pos) {
                    pos = st;
                }
                long available = en - pos;
                if (remaining <= available) {
                    return pos + remaining;
                }
                remaining -= available;
                pos = en;
            }
            day++;
        }
    }

    private long backward(long pos, long remaining) {
        long day = localDay(pos);
        while (true) {
            checkDay(day);
            if (remaining > weekNanos && canSkipWeek(day - 6) && pos >= weekEnd(day - 6)) {
                remaining -= weekNanos;
                pos = Math.min(pos, weekStart(day - 6));
                day -= 7;
                continue;
            }
            long[] iv = disjoint(day);
            for (int i = iv.length - 2; i >= 0; i -= 2) {
                long st = iv[i];
                if (st >= pos) {
                    continue;
                }
                long en = iv[i + 1];
                if (en < pos) {
                    pos = en;
                }
                long available = pos - st;
                if (remaining <= available) {
                    return pos - remaining;
                }
                remaining -= available;
                pos = st;
            }
            day--;
        }
    }

    /**
     * Returns the working intervals that start on {@code day} as disjoint instants, in order: the
     * part of each interval not already covered by an earlier one (of this day or the day before).
     * Only a DST change can make shifted intervals overlap; away from one they are returned as is.
     * Walking these backwards counts exactly the time a forward walk counts.
     */
    private long[] disjoint(long day) {
        int[] s = schedule(day);
        long[] out = new long[s.length];
        if (!table.transitionBetween((day - 2) * DAY - 14 * 3600, (day + 2) * DAY + 14 * 3600)) {
            for (int i = 0; i < s.length; i++) {
                out[i] = start(day, s[i]);
            }
            return out;
        }
        long covered = Long.MIN_VALUE;
        int[] previous = schedule(day - 1);
        for (int i = 0; i < previous.length; i += 2) {
            covered = Math.max(covered, start(day - 1, previous[i + 1]));
        }
        int n = 0;
        for (int i = 0; i < s.length; i += 2) {
            long st = Math.max(start(day, s[i]), covered);
            long en = start(day, s[i + 1]);
            if (en > st) {
                out[n++] = st;
                out[n++] = en;
            }
            covered = Math.max(covered, en);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** Whether the week {@code [day, day + 7)} has exactly the nominal weekly working time. */
    private boolean canSkipWeek(long day) {
        if (weekNanos == 0 || day < FIRST_DAY || day + 7 > LAST_DAY) {
            return false;
        }
        if (any(holidayDays, day, day + 7) || any(overrideDays, day, day + 7)) {
            return false;
        }
        long from = (day - 1) * DAY - 14 * 3600;
        long to = (day + 8) * DAY + 14 * 3600;
        return !table.transitionBetween(from, to);
    }

    /** The end of the last interval that starts in {@code [day, day + 7)}, by the weekly schedule. */
    private long weekEnd(long day) {
        for (long d = day + 6; d >= day; d--) {
            int[] s = weekly[dayOfWeek(d)];
            if (s.length > 0) {
                return start(d, s[s.length - 1]);
            }
        }
        return start(day + 7, 0);
    }

    /** The start of the first interval that starts in {@code [day, day + 7)}, by the weekly schedule. */
    private long weekStart(long day) {
        for (long d = day; d < day + 7; d++) {
            int[] s = weekly[dayOfWeek(d)];
            if (s.length > 0) {
                return start(d, s[0]);
            }
        }
        return start(day, 0);
    }

    private static boolean any(long[] sorted, long from, long to) {
        int i = Arrays.binarySearch(sorted, from);
        if (i >= 0) {
            return true;
        }
        int insert = -i - 1;
        return insert < sorted.length && sorted[insert] < to;
    }

    private int[] schedule(long day) {
        if (overrideDays.length > 0) {
            int[] o = overrides.get(day);
            if (o != null) {
                return o;
            }
        }
        if (holidayDays.length > 0 && Arrays.binarySearch(holidayDays, day) >= 0) {
            return NONE;
        }
        return weekly[dayOfWeek(day)];
    }

    private static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7L);
    }

    /** The instant, in nanoseconds, of second {@code second} of local day {@code day}. */
    private long start(long day, int second) {
        return table.toEpochSecond(day * DAY + second) * NANOS;
    }

    private long localDay(long nanos) {
        long seconds = Math.floorDiv(nanos, NANOS);
        return Math.floorDiv(seconds + table.offsetAt(seconds), DAY);
    }

    private static void checkDay(long day) {
        if (day < FIRST_DAY - 1 || day > LAST_DAY) {
            throw new CalendarException("instant", "SupportedRange", "business-time computations are supported from "
                    + FIRST_YEAR + "-01-01 to " + LAST_YEAR + "-12-31; this one reached " + LocalDate.ofEpochDay(day));
        }
    }

    private static long nanos(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_DAY * DAY - 14 * 3600 || seconds > (LAST_DAY + 1) * DAY + 14 * 3600) {
            throw new CalendarException("instant", "SupportedRange", instant + " is outside the supported range "
                    + FIRST_YEAR + "-" + LAST_YEAR);
        }
        return seconds * NANOS + instant.getNano();
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + zone + ", " + Duration.ofNanos(weekNanos) + " a week, " + holidayDays.length
                + " holidays, " + overrideDays.length + " overrides]";
    }

    /** Builds a {@link BusinessCalendar}; not thread-safe. Validation happens in {@link #build()}. */
    public static final class Builder {
        private final ZoneId zone;
        private final Map<DayOfWeek, List<WorkingHours>> weekly = new EnumMap<>(DayOfWeek.class);
        private final TreeMap<LocalDate, List<WorkingHours>> overrides = new TreeMap<>();
        private HolidayProvider holidays = HolidayProvider.none();

        private Builder(ZoneId zone) {
            this.zone = zone;
        }

        /**
         * Adds working hours on a weekday.
         *
         * @param day the weekday
         * @param from the start
         * @param to the end (next day when not after {@code from})
         * @return this builder
         */
        public Builder hours(DayOfWeek day, LocalTime from, LocalTime to) {
            weekly.computeIfAbsent(Objects.requireNonNull(day, "day"), d -> new ArrayList<>())
                    .add(WorkingHours.of(from, to));
            return this;
        }

        /**
         * Adds the same working hours Monday to Friday.
         *
         * @param from the start
         * @param to the end
         * @return this builder
         */
        public Builder weekdays(LocalTime from, LocalTime to) {
            for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                hours(d, from, to);
            }
            return this;
        }

        /**
         * Adds the same working hours on every day of the week.
         *
         * @param from the start
         * @param to the end
         * @return this builder
         */
        public Builder everyDay(LocalTime from, LocalTime to) {
            for (DayOfWeek d : DayOfWeek.values()) {
                hours(d, from, to);
            }
            return this;
        }

        /**
         * Replaces the working hours of one date (wins over weekday hours and holidays).
         *
         * @param date the date
         * @param hours the hours that day; empty means closed
         * @return this builder
         */
        public Builder override(LocalDate date, List<WorkingHours> hours) {
            overrides.put(Objects.requireNonNull(date, "date"), List.copyOf(hours));
            return this;
        }

        /**
         * Closes the site on one date.
         *
         * @param date the date
         * @return this builder
         */
        public Builder closed(LocalDate date) {
            return override(date, List.of());
        }

        /**
         * Sets where holidays come from (closed unless overridden).
         *
         * @param provider the provider, e.g. {@code JapaneseHolidays.provider().and(companyHolidays)}
         * @return this builder
         */
        public Builder holidays(HolidayProvider provider) {
            this.holidays = Objects.requireNonNull(provider, "holidays");
            return this;
        }

        /**
         * Validates and builds the calendar.
         *
         * @return the calendar
         * @throws CalendarException naming the field and rule of the first problem: an interval whose
         *     end equals its start, overlapping intervals (also across midnight), an override outside
         *     the supported range, or no working time in the week at all
         */
        public BusinessCalendar build() {
            int[][] week = new int[7][];
            for (DayOfWeek d : DayOfWeek.values()) {
                week[d.getValue() - 1] = encode("hours[" + d + "]", weekly.getOrDefault(d, List.of()));
            }
            boolean any = false;
            for (int[] day : week) {
                any |= day.length > 0;
            }
            if (!any) {
                throw new CalendarException("hours", "HasWorkingTime",
                        "a calendar needs working hours on at least one weekday");
            }
            for (int d = 0; d < 7; d++) {
                checkSpill("hours[" + DayOfWeek.of(d + 1) + "]", week[d], week[(d + 1) % 7]);
            }
            Map<Long, int[]> encodedOverrides = new HashMap<>();
            for (Map.Entry<LocalDate, List<WorkingHours>> e : overrides.entrySet()) {
                LocalDate date = e.getKey();
                String field = "override[" + date + "]";
                if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                    throw new CalendarException(field, "SupportedRange", "overrides must lie in " + FIRST_YEAR + "-"
                            + LAST_YEAR);
                }
                encodedOverrides.put(date.toEpochDay(), encode(field, e.getValue()));
            }
            for (Map.Entry<Long, int[]> e : encodedOverrides.entrySet()) {
                long day = e.getKey();
                String field = "override[" + LocalDate.ofEpochDay(day) + "]";
                int[] next = encodedOverrides.getOrDefault(day + 1, week[dayOfWeek(day + 1)]);
                checkSpill(field, e.getValue(), next);
                int[] previous = encodedOverrides.getOrDefault(day - 1, week[dayOfWeek(day - 1)]);
                checkSpill("override[" + LocalDate.ofEpochDay(day - 1) + "]", previous, e.getValue());
            }
            TreeSet<Long> days = new TreeSet<>();
            Map<Long, String> names = new HashMap<>();
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                for (Holiday h : holidays.holidaysIn(year)) {
                    if (h.date().getYear() == year) {
                        days.add(h.date().toEpochDay());
                        names.merge(h.date().toEpochDay(), h.name(), (a, b) -> a.equals(b) ? a : a + " / " + b);
                    }
                }
            }
            long[] holidayDays = days.stream().mapToLong(Long::longValue).toArray();
            return new BusinessCalendar(this, week, encodedOverrides, holidayDays, names);
        }

        private static int[] encode(String field, List<WorkingHours> hours) {
            List<int[]> intervals = new ArrayList<>();
            for (int i = 0; i < hours.size(); i++) {
                WorkingHours h = hours.get(i);
                if (h.from().equals(h.to())) {
                    throw new CalendarException(field + "[" + i + "]", "EndAfterStart",
                            "an interval from " + h.from() + " to " + h.to() + " is empty; its end must differ from its start");
                }
                if (h.from().getNano() != 0 || h.to().getNano() != 0) {
                    throw new CalendarException(field + "[" + i + "]", "WholeSeconds",
                            "working hours are given to the second, but got " + h.from() + "-" + h.to());
                }
                int start = h.from().toSecondOfDay();
                int end = h.to().toSecondOfDay() + (h.crossesMidnight() ? (int) DAY : 0);
                intervals.add(new int[] {start, end, i});
            }
            intervals.sort(Comparator.comparingInt(a -> a[0]));
            for (int i = 1; i < intervals.size(); i++) {
                if (intervals.get(i)[0] < intervals.get(i - 1)[1]) {
                    throw new CalendarException(field + "[" + intervals.get(i)[2] + "]", "NoOverlap",
                            "overlaps " + field + "[" + intervals.get(i - 1)[2] + "]");
                }
            }
            int[] out = new int[intervals.size() * 2];
            for (int i = 0; i < intervals.size(); i++) {
                out[2 * i] = intervals.get(i)[0];
                out[2 * i + 1] = intervals.get(i)[1];
            }
            return out;
        }

        private static void checkSpill(String field, int[] day, int[] next) {
            if (day.length == 0 || next.length == 0) {
                return;
            }
            int spill = day[day.length - 1] - (int) DAY;
            if (spill > next[0]) {
                throw new CalendarException(field, "NoOverlap",
                        "an interval crossing midnight overlaps the first interval of the next day");
            }
        }
    }
}
