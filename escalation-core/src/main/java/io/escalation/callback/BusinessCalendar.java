package io.escalation.callback;

import static io.escalation.internal.callback.CalendarArguments.describe;
import static io.escalation.internal.callback.CalendarArguments.elementsPresent;
import static io.escalation.internal.callback.CalendarArguments.present;

import io.escalation.internal.callback.ZoneTable;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A site's working time: an IANA zone, working intervals per weekday (split shifts, lunch breaks,
 * overnight shifts that belong to the day they start, whole days), date overrides and holidays.
 * Immutable and thread-safe; build one with {@link #builder(ZoneId)}.
 *
 * <h2>Semantics (decided; tests pin them)</h2>
 * <ul>
 *   <li>Working intervals are half-open, {@code [from, to)}: the closing instant itself is closed.
 *       Touching intervals (12:00-00:00 then 00:00-12:00) form one stretch of working time;
 *       {@link WorkingHours#allDay()} is the whole day as one interval.</li>
 *   <li>{@link #add} of a duration that ends exactly at a closing time returns that closing time;
 *       adding zero from closed time returns the next opening; adding zero from open time returns
 *       the same instant.</li>
 *   <li>Negative durations subtract; subtracting that ends exactly at an opening returns the opening.</li>
 *   <li>{@link #nextOpening} and {@link #previousClosing} mirror each other, as do the two ends of
 *       a stretch: {@link #currentIntervalEnd} and {@link #workingPeriods}.</li>
 *   <li>{@link #between} is signed: reversed arguments give the negated working time (both
 *       overloads).</li>
 *   <li>Durations are real elapsed time: across a daylight-saving change a working day may count 23
 *       or 25 hours. An interval boundary that falls in a DST gap moves forward by the gap; in an
 *       overlap the earlier offset is used (as {@link ZonedDateTime#of} does). Intervals that come
 *       to overlap this way count once. An interval left with no time (02:00-03:00 on the night the
 *       clocks skip that hour) gives no working time, and a day with no working time left is not a
 *       {@linkplain #isBusinessDay business day}.</li>
 *   <li>The supported range is the instants from the start of {@value #FIRST_YEAR}-01-01 to the end
 *       of {@value #LAST_YEAR}-12-31 (the instant {@code 2100-01-01T00:00} local) in the calendar's
 *       zone, both included. Every argument and every result lies in it: a computation that would
 *       leave it throws {@link CalendarException} with rule {@code SupportedRange}, naming the
 *       argument that led out — never an endless loop, an overflow or a result outside it.</li>
 *   <li>Bad arguments, {@code null} included, are {@link CalendarException}s naming the parameter
 *       and the rule.</li>
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
    private static final long WEEK = 7 * DAY;
    private static final int[] NONE = new int[0];
    private static final long FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31).toEpochDay();
    /** More seconds than the supported range holds: a longer duration cannot fit in it. */
    private static final long LONGEST_SPAN = (LAST_DAY - FIRST_DAY + 2) * DAY;

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
    /** Whether the weekly intervals cover every moment of the week. */
    private final boolean coversTheWeek;
    /** The first and the last supported instant, in nanoseconds and in whole seconds. */
    private final long rangeStart;
    private final long rangeEnd;
    private final long rangeStartSecond;
    private final long rangeEndSecond;
    /** Bit {@code day - FIRST_DAY + 1} is set for the days near a DST change (empty for fixed zones). */
    private final long[] irregular;
    /** The days near a DST change, sorted, and their working time as disjoint sorted instants. */
    private final long[] irregularDays;
    private final long[][] irregularSpans;

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
        this.coversTheWeek = coversTheWeek(weekly);
        this.rangeStart = start(FIRST_DAY, 0);
        this.rangeEnd = start(LAST_DAY + 1, 0);
        this.rangeStartSecond = rangeStart / NANOS;
        this.rangeEndSecond = rangeEnd / NANOS;
        TreeSet<Long> near = new TreeSet<>();
        for (int i = 0; i < table.transitions(); i++) {
            long at = table.transitionAt(i);
            long before = Math.floorDiv(at + table.offsetAt(at - 1), DAY);
            long after = Math.floorDiv(at + table.offsetAt(at), DAY);
            for (long d = Math.min(before, after) - 2; d <= Math.max(before, after) + 2; d++) {
                if (d >= FIRST_DAY - 1 && d <= LAST_DAY + 1) {
                    near.add(d);
                }
            }
        }
        this.irregularDays = near.stream().mapToLong(Long::longValue).toArray();
        this.irregular = new long[near.isEmpty() ? 0 : (int) ((LAST_DAY - FIRST_DAY + 3) / 64 + 1)];
        this.irregularSpans = new long[irregularDays.length][];
        for (int i = 0; i < irregularDays.length; i++) {
            long bit = irregularDays[i] - FIRST_DAY + 1;
            irregular[(int) (bit >>> 6)] |= 1L << bit;
            irregularSpans[i] = shiftedSpans(irregularDays[i]);
        }
    }

    /**
     * Starts a calendar in {@code zone}, with no working time yet.
     *
     * @param zone the site's IANA time zone
     * @return a builder
     * @throws CalendarException with rule {@code NotNull} when {@code zone} is {@code null}
     */
    public static Builder builder(ZoneId zone) {
        return new Builder(present("zone", zone));
    }

    /**
     * Starts a calendar in the zone with this IANA id.
     *
     * @param zoneId e.g. {@code Asia/Tokyo}
     * @return a builder
     * @throws CalendarException at {@code zoneId}: {@code NotNull}, or {@code KnownZone} if the zone is
     *     unknown (an oversized id is described by its length, not quoted)
     */
    public static Builder builder(String zoneId) {
        present("zoneId", zoneId);
        try {
            return new Builder(ZoneId.of(zoneId));
        } catch (DateTimeException e) {
            throw new CalendarException("zoneId", "KnownZone", describe(zoneId) + " is not a known time zone id");
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
     * @param date a date in {@value #FIRST_YEAR}-{@value #LAST_YEAR}
     * @return the holiday's name, if it is one
     * @throws CalendarException at {@code date}: {@code NotNull}, or {@code SupportedRange}
     */
    public Optional<String> holiday(LocalDate date) {
        long day = epochDay(date);
        if (overrides.containsKey(day)) {
            return Optional.empty();
        }
        return Optional.ofNullable(holidayNames.get(day));
    }

    /**
     * Returns whether {@code date} has any working time: whether some working interval starting on
     * it is left with time once DST changes are applied. Agrees with {@link #addBusinessDays}.
     *
     * @param date a date in {@value #FIRST_YEAR}-{@value #LAST_YEAR}
     * @return {@code true} for a business day
     * @throws CalendarException at {@code date}: {@code NotNull}, or {@code SupportedRange}
     */
    public boolean isBusinessDay(LocalDate date) {
        return hasWorkingTime(epochDay(date));
    }

    // ------------------------------------------------------------------ queries

    /**
     * Returns whether the site works at {@code instant}.
     *
     * @param instant an instant in the supported range
     * @return {@code true} inside a working interval (opening included, closing excluded)
     * @throws CalendarException at {@code instant}: {@code NotNull}, or {@code SupportedRange}
     */
    public boolean isOpen(Instant instant) {
        return isOpenAt(nanos(instant, "instant"));
    }

    /**
     * Returns the first instant, at or after {@code instant}, at which the site is open:
     * {@code instant} itself if open, else the next opening.
     *
     * @param instant an instant in the supported range
     * @return the opening
     * @throws CalendarException at {@code instant}: {@code NotNull}, or {@code SupportedRange} when the
     *     site does not open again within the supported range
     */
    public Instant nextOpening(Instant instant) {
        return instant(forward(nanos(instant, "instant"), 0, "instant"));
    }

    /**
     * Returns the last instant, at or before {@code instant}, that working time reaches:
     * {@code instant} itself if the site was open just before it (inside a working interval, or at
     * its closing instant), else the previous closing. The mirror of {@link #nextOpening}: an
     * opening instant is not reached by working time (intervals are half-open), so
     * {@code previousClosing} of Tuesday 09:00 at a 09:00-18:00 office is Monday 18:00.
     *
     * @param instant an instant in the supported range
     * @return the closing
     * @throws CalendarException at {@code instant}: {@code NotNull}, or {@code SupportedRange} when the
     *     site was not open before it within the supported range
     */
    public Instant previousClosing(Instant instant) {
        return instant(backward(nanos(instant, "instant"), 0, "instant"));
    }

    /**
     * Returns the first instant, at or after {@code instant}, at which the site is closed: the end
     * of the working time that contains {@code instant} (touching intervals count as one), or
     * {@code instant} itself when the site is closed then.
     *
     * @param instant an instant in the supported range
     * @return the closing; empty when the site never closes again: it stays open until the end of
     *     the supported range (a 24/7 calendar without holidays)
     * @throws CalendarException at {@code instant}: {@code NotNull}, or {@code SupportedRange}
     */
    public Optional<Instant> currentIntervalEnd(Instant instant) {
        long end = nanos(instant, "instant");
        if (end == rangeEnd) {
            return Optional.of(instant); // the range ends here: nothing is open at its end
        }
        long day = localDay(end) - 1;
        while (end < rangeEnd) {
            long midnight = start(day, 0);
            if (midnight > end) {
                return Optional.of(instant(end)); // intervals of this day and later start after the end
            }
            int[] s = schedule(day);
            if (coversTheWeek) {
                // only a holiday or an override can close such a site (a DST change keeps touching
                // intervals touching): the stretch runs on to the last ordinary day before one
                long exception = Math.min(LAST_DAY + 1, Math.min(firstFrom(holidayDays, day), firstFrom(overrideDays,
                        day)));
                if (exception > day + 1 && end >= start(day, s[0])) {
                    end = Math.max(end, start(exception - 1, weekly[dayOfWeek(exception - 1)][0]));
                    day = exception - 1;
                    continue;
                }
            }
            long[] shifted = spans(day);
            for (int i = 0, n = count(s, shifted); i < n; i += 2) {
                long st = bound(day, s, shifted, i);
                long en = bound(day, s, shifted, i + 1);
                if (st <= end && en > end) {
                    end = en;
                }
            }
            day++;
        }
        return Optional.empty();
    }

    /**
     * Returns the working time in {@code [from, to)} as periods, in order: each the longest stretch
     * of working time (touching intervals form one period), cut at {@code from} and {@code to}.
     * The periods' durations add up to {@link #between between(from, to)}.
     *
     * @param from the start, in the supported range
     * @param to the end, in the supported range and not before {@code from}
     * @return the periods; empty when the site is closed throughout
     * @throws CalendarException at {@code from} or {@code to}: {@code NotNull} or
     *     {@code SupportedRange}; at {@code to}: {@code NotBeforeFrom}
     */
    public List<WorkingPeriod> workingPeriods(Instant from, Instant to) {
        long a = nanos(from, "from");
        long b = nanos(to, "to");
        if (b < a) {
            throw new CalendarException("to", "NotBeforeFrom", "working periods run forward: " + to
                    + " is before " + from);
        }
        List<WorkingPeriod> out = new ArrayList<>();
        long periodStart = 0;
        long periodEnd = Long.MIN_VALUE;
        for (long day = localDay(a) - 1; start(day, 0) < b; day++) {
            int[] s = schedule(day);
            long[] shifted = spans(day);
            for (int i = 0, n = count(s, shifted); i < n; i += 2) {
                long lo = Math.max(bound(day, s, shifted, i), a);
                long hi = Math.min(bound(day, s, shifted, i + 1), b);
                if (hi <= lo) {
                    continue;
                }
                if (lo > periodEnd) {
                    if (periodEnd != Long.MIN_VALUE) {
                        out.add(new WorkingPeriod(instant(periodStart), instant(periodEnd)));
                    }
                    periodStart = lo;
                }
                periodEnd = Math.max(periodEnd, hi);
            }
        }
        if (periodEnd != Long.MIN_VALUE) {
            out.add(new WorkingPeriod(instant(periodStart), instant(periodEnd)));
        }
        return List.copyOf(out);
    }

    /**
     * Adds business time: returns the instant at which {@code duration} of working time has
     * elapsed after {@code from}. A negative duration subtracts. See the class documentation for
     * the exact semantics at boundaries.
     *
     * @param from the start, in the supported range
     * @param duration the working time to add, or subtract when negative
     * @return the resulting instant
     * @throws CalendarException {@code NotNull} at either argument; {@code SupportedRange} at
     *     {@code from} when it is outside the range, at {@code duration} when the result would be
     */
    public Instant add(Instant from, Duration duration) {
        long pos = nanos(from, "from");
        long d = spanNanos(duration);
        return instant(d < 0 ? backward(pos, -d, "duration") : forward(pos, d, "duration"));
    }

    /**
     * Subtracts business time; the same as {@code add(from, duration.negated())}, for every
     * duration (also {@code Duration.ofSeconds(Long.MIN_VALUE)}, which cannot be negated).
     *
     * @param from the start, in the supported range
     * @param duration the working time to subtract
     * @return the resulting instant
     * @throws CalendarException as {@link #add} does
     */
    public Instant subtract(Instant from, Duration duration) {
        long pos = nanos(from, "from");
        long d = spanNanos(duration);
        return instant(d > 0 ? backward(pos, d, "duration") : forward(pos, -d, "duration"));
    }

    /**
     * Returns the working time in {@code [from, to)}; when {@code to} is before {@code from}, the
     * working time in {@code [to, from)}, negated.
     *
     * @param from the start, in the supported range
     * @param to the end, in the supported range
     * @return the working time between them, negative when they are reversed
     * @throws CalendarException at either argument: {@code NotNull} or {@code SupportedRange}
     */
    public Duration between(Instant from, Instant to) {
        long a = nanos(from, "from");
        long b = nanos(to, "to");
        return Duration.ofNanos(b < a ? -workingNanos(b, a) : workingNanos(a, b));
    }

    /**
     * Returns the working time in {@code [from, to)} during which the SLA clock ran: the working
     * time minus the working time inside the pauses (overlapping pauses count once). Like
     * {@link #between(Instant, Instant)}, reversed arguments give the same measure of
     * {@code [to, from)}, negated.
     *
     * @param from the start, in the supported range
     * @param to the end, in the supported range
     * @param pauses when the clock stood still; parts outside the measured span are ignored
     * @return the business time that counts, negative when {@code from} and {@code to} are reversed
     * @throws CalendarException {@code NotNull} at any argument or {@code pauses[i]};
     *     {@code SupportedRange} at {@code from} or {@code to}
     */
    public Duration between(Instant from, Instant to, List<Pause> pauses) {
        long a = nanos(from, "from");
        long b = nanos(to, "to");
        List<Pause> sorted = new ArrayList<>(elementsPresent("pauses", pauses));
        sorted.sort(Comparator.comparing(Pause::from));
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        long total = workingNanos(lo, hi);
        long covered = lo;
        for (Pause p : sorted) {
            long start = Math.max(clamp(p.from()), covered);
            long end = Math.min(clamp(p.to()), hi);
            if (end > start) {
                total -= workingNanos(start, end);
                covered = end;
            }
        }
        return Duration.ofNanos(b < a ? -total : total);
    }

    /**
     * Adds business days: the same local time on the {@code days}-th business day after (or,
     * when negative, before) {@code from}'s date, then the next open moment. Zero means the next
     * open moment from {@code from}.
     *
     * @param from the start, in the supported range
     * @param days how many business days to move
     * @return the resulting instant
     * @throws CalendarException {@code NotNull} at {@code from}; {@code SupportedRange} at {@code from}
     *     when it is outside the range, at {@code days} when the result would be
     */
    public Instant addBusinessDays(Instant from, int days) {
        long pos = nanos(from, "from");
        if (days == 0) {
            return instant(forward(pos, 0, "days"));
        }
        long left = Math.abs((long) days);
        if (left > LAST_DAY - FIRST_DAY + 1) {
            throw new CalendarException("days", "SupportedRange", "the supported range " + FIRST_YEAR + "-"
                    + LAST_YEAR + " holds at most " + (LAST_DAY - FIRST_DAY + 1) + " days, but got " + days);
        }
        long localSeconds = Math.floorDiv(pos, NANOS) + table.offsetAt(Math.floorDiv(pos, NANOS));
        long day = Math.floorDiv(localSeconds, DAY);
        long secondOfDay = Math.floorMod(localSeconds, DAY);
        int step = days >= 0 ? 1 : -1;
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
            if (day < FIRST_DAY || day > LAST_DAY) {
                throw new CalendarException("days", "SupportedRange", "the business day would be "
                        + LocalDate.ofEpochDay(day) + ", outside the supported range, " + range());
            }
            if (hasWorkingTime(day)) {
                left--;
            }
        }
        long at = table.toEpochSecond(day * DAY + secondOfDay) * NANOS + Math.floorMod(pos, NANOS);
        return instant(forward(at, 0, "days"));
    }

    // ------------------------------------------------------------------ arithmetic

    private boolean isOpenAt(long pos) {
        long day = Math.min(localDay(pos), LAST_DAY); // nothing after the range counts
        for (long d = day - 1; d <= day; d++) {
            int[] s = schedule(d);
            long[] shifted = spans(d);
            for (int i = 0, n = count(s, shifted); i < n; i += 2) {
                if (bound(d, s, shifted, i) <= pos && pos < bound(d, s, shifted, i + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private long forward(long pos, long remaining, String field) {
        long day = localDay(pos) - 1;
        while (true) {
            checkDay(day, field);
            // a whole week of intervals starting on [day, day + 7) lies ahead when pos is at or before
            // the first of them (not only at midnight: after an overnight shift pos is its end, in the
            // morning); the intervals of earlier days end at or before pos, since the loop consumed them
            if (remaining > weekNanos && pos <= weekStart(day) && canSkipWeek(day)) {
                remaining -= weekNanos;
                pos = Math.max(pos, weekEnd(day));
                day += 7;
                continue;
            }
            int[] s = schedule(day);
            long[] shifted = spans(day);
            for (int i = 0, n = count(s, shifted); i < n; i += 2) {
                long en = bound(day, s, shifted, i + 1);
                if (en <= pos) {
                    continue;
                }
                long st = bound(day, s, shifted, i);
                if (st > pos) {
                    pos = st;
                }
                long available = en - pos;
                if (remaining <= available) {
                    return inRange(pos + remaining, field);
                }
                remaining -= available;
                pos = en;
            }
            day++;
        }
    }

    private long backward(long pos, long remaining, String field) {
        long day = localDay(pos);
        while (true) {
            checkDay(day, field);
            if (remaining > weekNanos && canSkipWeek(day - 6) && pos >= weekEnd(day - 6)) {
                remaining -= weekNanos;
                pos = Math.min(pos, weekStart(day - 6));
                day -= 7;
                continue;
            }
            int[] s = schedule(day);
            long[] shifted = spans(day);
            for (int i = count(s, shifted) - 2; i >= 0; i -= 2) {
                long st = bound(day, s, shifted, i);
                if (st >= pos) {
                    continue;
                }
                long en = bound(day, s, shifted, i + 1);
                if (en < pos) {
                    pos = en;
                }
                long available = pos - st;
                if (remaining <= available) {
                    return inRange(pos - remaining, field);
                }
                remaining -= available;
                pos = st;
            }
            day--;
        }
    }

    /** The working time in {@code [a, b)}, {@code a <= b}, both in the supported range. */
    private long workingNanos(long a, long b) {
        long sum = 0;
        long pos = a;
        long day = localDay(a) - 1;
        while (true) {
            long midnight = start(day, 0);
            if (midnight >= b) {
                return sum;
            }
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
            long[] shifted = spans(day);
            for (int i = 0, n = count(s, shifted); i < n; i += 2) {
                long lo = Math.max(bound(day, s, shifted, i), pos);
                long hi = Math.min(bound(day, s, shifted, i + 1), b);
                if (hi > lo) {
                    sum += hi - lo;
                    pos = hi;
                }
            }
            day++;
        }
    }

    /**
     * Returns the working time of a day near a DST change as disjoint instants, in order: the
     * union of its intervals once shifted (intervals a gap or an overlap made touch or overlap merge;
     * intervals left with no time drop out), minus what the day before already covers. Walking these
     * forward or backward, and testing them for openness, all see the same working time.
     */
    private long[] shiftedSpans(long day) {
        int[] s = schedule(day);
        long[][] pairs = new long[s.length / 2][];
        int n = 0;
        for (int i = 0; i < s.length; i += 2) {
            long st = start(day, s[i]);
            long en = start(day, s[i + 1]);
            if (en > st) {
                pairs[n++] = new long[] {st, en};
            }
        }
        Arrays.sort(pairs, 0, n, Comparator.comparingLong(p -> p[0]));
        long covered = Long.MIN_VALUE;
        int[] previous = schedule(day - 1);
        for (int i = 0; i < previous.length; i += 2) {
            long st = start(day - 1, previous[i]);
            long en = start(day - 1, previous[i + 1]);
            if (en > st) {
                covered = Math.max(covered, en);
            }
        }
        long[] out = new long[2 * n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            long st = Math.max(pairs[i][0], covered);
            long en = pairs[i][1];
            if (en <= st) {
                continue;
            }
            if (m > 0 && st <= out[m - 1]) {
                out[m - 1] = Math.max(out[m - 1], en);
            } else {
                out[m++] = st;
                out[m++] = en;
            }
            covered = Math.max(covered, en);
        }
        return Arrays.copyOf(out, m);
    }

    /** The shifted working time of a day near a DST change, or {@code null} when the schedule applies as is. */
    private long @Nullable [] spans(long day) {
        if (irregular.length == 0) {
            return null;
        }
        long bit = day - FIRST_DAY + 1;
        if (bit < 0 || bit >= 64L * irregular.length || (irregular[(int) (bit >>> 6)] & (1L << bit)) == 0) {
            return null;
        }
        return irregularSpans[Arrays.binarySearch(irregularDays, day)];
    }

    private static int count(int[] schedule, long @Nullable [] shifted) {
        return shifted != null ? shifted.length : schedule.length;
    }

    /** Boundary {@code i} of a day's working time, from its shifted spans if it has them. */
    private long bound(long day, int[] schedule, long @Nullable [] shifted, int i) {
        return shifted != null ? shifted[i] : start(day, schedule[i]);
    }

    private boolean hasWorkingTime(long day) {
        long[] shifted = spans(day);
        return (shifted != null ? shifted.length : schedule(day).length) > 0;
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

    /** Whether the weekly intervals, taken round the week, leave no moment closed. */
    private static boolean coversTheWeek(int[][] weekly) {
        List<long[]> parts = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            for (int i = 0; i < weekly[d].length; i += 2) {
                long st = d * DAY + weekly[d][i];
                long en = d * DAY + weekly[d][i + 1];
                parts.add(new long[] {st, Math.min(en, WEEK)});
                if (en > WEEK) {
                    parts.add(new long[] {0, en - WEEK});
                }
            }
        }
        parts.sort(Comparator.comparingLong(p -> p[0]));
        long covered = 0;
        for (long[] p : parts) {
            if (p[0] > covered) {
                return false;
            }
            covered = Math.max(covered, p[1]);
        }
        return covered >= WEEK;
    }

    /** The first element of {@code sorted} not before {@code from}, or {@link Long#MAX_VALUE}. */
    private static long firstFrom(long[] sorted, long from) {
        int i = Arrays.binarySearch(sorted, from);
        int insert = i >= 0 ? i : -i - 1;
        return insert < sorted.length ? sorted[insert] : Long.MAX_VALUE;
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

    // ------------------------------------------------------------------ the supported range

    private static long epochDay(LocalDate date) {
        present("date", date);
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new CalendarException("date", "SupportedRange", date + " is outside the supported range "
                    + FIRST_YEAR + "-" + LAST_YEAR);
        }
        return date.toEpochDay();
    }

    /** The instant in nanoseconds, checked to lie in the supported range. */
    private long nanos(Instant instant, String field) {
        present(field, instant);
        long seconds = instant.getEpochSecond();
        if (seconds >= rangeStartSecond && seconds <= rangeEndSecond) {
            long nanos = seconds * NANOS + instant.getNano();
            if (nanos >= rangeStart && nanos <= rangeEnd) {
                return nanos;
            }
        }
        throw new CalendarException(field, "SupportedRange", instant + " is outside the supported range, " + range());
    }

    /** A pause's bound, as nanoseconds clamped to the supported range. */
    private long clamp(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < rangeStartSecond) {
            return rangeStart;
        }
        if (seconds > rangeEndSecond) {
            return rangeEnd;
        }
        return Math.max(rangeStart, Math.min(rangeEnd, seconds * NANOS + instant.getNano()));
    }

    /** The duration in nanoseconds, checked to be no longer than the supported range. */
    private static long spanNanos(Duration duration) {
        present("duration", duration);
        long seconds = duration.getSeconds();
        if (seconds > LONGEST_SPAN || seconds < -LONGEST_SPAN) {
            throw new CalendarException("duration", "SupportedRange", "a duration of " + duration
                    + " does not fit in the supported range " + FIRST_YEAR + "-" + LAST_YEAR);
        }
        return duration.toNanos();
    }

    /** The result, checked to lie in the supported range. */
    private long inRange(long result, String field) {
        if (result < rangeStart || result > rangeEnd) {
            throw new CalendarException(field, "SupportedRange", "the result, " + local(result) + " " + zone
                    + ", would be outside the supported range, " + range());
        }
        return result;
    }

    private void checkDay(long day, String field) {
        if (day < FIRST_DAY - 1 || day > LAST_DAY) {
            throw new CalendarException(field, "SupportedRange", "the computation reached "
                    + LocalDate.ofEpochDay(day) + " without a result; the supported range is " + range());
        }
    }

    private String range() {
        return local(rangeStart) + " to " + local(rangeEnd) + " " + zone;
    }

    private LocalDateTime local(long nanos) {
        Instant at = instant(nanos);
        return LocalDateTime.ofInstant(at, ZoneOffset.ofTotalSeconds(table.offsetAt(at.getEpochSecond())));
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + zone + ", " + Duration.ofNanos(weekNanos) + " a week, " + holidayDays.length
                + " holidays, " + overrideDays.length + " overrides]";
    }

    /**
     * Builds a {@link BusinessCalendar}; not thread-safe. Each argument is checked when given (a
     * {@code null} or an impossible interval is refused at once); how the intervals fit together is
     * checked in {@link #build()}.
     */
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
         * @param to the end (next day when not after {@code from}; {@code 00:00-00:00} is the whole day)
         * @return this builder
         * @throws CalendarException {@code NotNull} at {@code day}, or at {@code hours[DAY][i]} the
         *     rule {@link WorkingHours} broke
         */
        public Builder hours(DayOfWeek day, LocalTime from, LocalTime to) {
            List<WorkingHours> list = weekly.computeIfAbsent(present("day", day), d -> new ArrayList<>());
            try {
                list.add(WorkingHours.of(from, to));
            } catch (CalendarException e) {
                throw e.under("hours[" + day + "][" + list.size() + "]");
            }
            return this;
        }

        /**
         * Makes whole days, 00:00-24:00 as one interval, working time.
         *
         * @param first a weekday
         * @param more further weekdays
         * @return this builder
         * @throws CalendarException {@code NotNull} at {@code first}, {@code more} or {@code more[i]}
         */
        public Builder allDay(DayOfWeek first, DayOfWeek... more) {
            present("first", first);
            elementsPresent("more", more == null ? null : Arrays.asList(more));
            hours(first, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
            for (DayOfWeek d : more) {
                hours(d, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
            }
            return this;
        }

        /**
         * Adds the same working hours Monday to Friday.
         *
         * @param from the start
         * @param to the end
         * @return this builder
         * @throws CalendarException as {@link #hours} does
         */
        public Builder weekdays(LocalTime from, LocalTime to) {
            for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                hours(d, from, to);
            }
            return this;
        }

        /**
         * Adds the same working hours on every day of the week; {@code everyDay(MIDNIGHT, MIDNIGHT)}
         * is a site that never closes.
         *
         * @param from the start
         * @param to the end
         * @return this builder
         * @throws CalendarException as {@link #hours} does
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
         * @throws CalendarException {@code NotNull} at {@code date}, {@code hours} or {@code hours[i]}
         */
        public Builder override(LocalDate date, List<WorkingHours> hours) {
            present("date", date);
            overrides.put(date, List.copyOf(elementsPresent("hours", hours)));
            return this;
        }

        /**
         * Closes the site on one date.
         *
         * @param date the date
         * @return this builder
         * @throws CalendarException {@code NotNull} at {@code date}
         */
        public Builder closed(LocalDate date) {
            return override(date, List.of());
        }

        /**
         * Sets where holidays come from (closed unless overridden).
         *
         * @param provider the provider, e.g. {@code JapaneseHolidays.provider().and(companyHolidays)}
         * @return this builder
         * @throws CalendarException {@code NotNull} at {@code holidays}
         */
        public Builder holidays(HolidayProvider provider) {
            this.holidays = present("holidays", provider);
            return this;
        }

        /**
         * Validates and builds the calendar.
         *
         * @return the calendar
         * @throws CalendarException naming the field and rule of the first problem: overlapping
         *     intervals (also across midnight), an override outside the supported range, no working
         *     time in the week at all, or a holiday provider that answers {@code null}
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
                for (Holiday h : elementsPresent("holidays.holidaysIn(" + year + ")",
                        holidays.holidaysIn(year))) {
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
                intervals.add(new int[] {h.from().toSecondOfDay(), h.endSecond(), i});
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
