package io.escalation.internal.callback;

import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.CalendarException;
import io.escalation.callback.QuietHours;
import io.escalation.callback.WorkingPeriod;
import io.escalation.model.ContactWindow;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When a responder may call a customer: the responder's site is open, and the customer's local
 * time lies in their contact window and outside their quiet hours. The customer's side is a daily
 * pattern of local times; it is read exactly across daylight-saving changes by walking the zone's
 * constant-offset segments, never minute by minute. Immutable.
 */
public final class CallTimes {

    private static final long DAY = 86_400_000_000_000L;
    /** Bounds every walk, so a pathological input ends instead of spinning. */
    private static final int MAX_STEPS = 100_000;

    private final BusinessCalendar responder;
    private final ZoneId zone;
    private final ZoneRules rules;
    /** Allowed nanos of the local day as sorted disjoint {@code [start, end)} pairs within {@code [0, DAY]}. */
    private final long[] allowed;
    private final @Nullable ContactWindow window;
    private final QuietHours quiet;

    /**
     * Reads the customer's side.
     *
     * @param responder the responder's site calendar
     * @param zone the customer's zone
     * @param window the customer's contact window, or {@code null} for any time of day
     * @param quiet the quiet hours ({@link QuietHours#NONE} for none)
     */
    public CallTimes(BusinessCalendar responder, ZoneId zone, @Nullable ContactWindow window, QuietHours quiet) {
        this.responder = responder;
        this.zone = zone;
        this.rules = zone.getRules();
        this.window = window;
        this.quiet = quiet;
        List<long[]> in = window == null ? List.of(new long[] {0, DAY}) : daily(window.from(), window.until());
        List<long[]> out = quiet.isNone() ? List.of() : daily(quiet.from(), quiet.until());
        List<Long> pairs = new ArrayList<>();
        for (long[] w : in) {
            long start = w[0];
            for (long[] q : out) {
                if (q[1] <= start || q[0] >= w[1]) {
                    continue;
                }
                if (q[0] > start) {
                    pairs.add(start);
                    pairs.add(q[0]);
                }
                start = Math.max(start, q[1]);
            }
            if (start < w[1]) {
                pairs.add(start);
                pairs.add(w[1]);
            }
        }
        allowed = pairs.stream().mapToLong(Long::longValue).toArray();
    }

    /** A daily period as sorted pieces of {@code [0, DAY]}. */
    private static List<long[]> daily(LocalTime from, LocalTime until) {
        long f = from.toNanoOfDay();
        long u = until.toNanoOfDay();
        if (f < u) {
            return List.of(new long[] {f, u});
        }
        List<long[]> out = new ArrayList<>();
        if (u > 0) {
            out.add(new long[] {0, u});
        }
        out.add(new long[] {f, DAY});
        return out;
    }

    /**
     * Returns the customer's zone.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns whether the customer's contact window holds {@code t} (always, without a window).
     *
     * @param t an instant
     * @return {@code true} inside the window
     */
    public boolean inWindow(Instant t) {
        return window == null || window.contains(t.atZone(zone).toLocalTime());
    }

    /**
     * Returns whether the customer's quiet hours hold {@code t}.
     *
     * @param t an instant
     * @return {@code true} in quiet time
     */
    public boolean inQuietHours(Instant t) {
        return quiet.contains(t.atZone(zone).toLocalTime());
    }

    /**
     * Returns whether the customer may be called at {@code t}: in the window, not in quiet hours.
     *
     * @param t an instant
     * @return {@code true} when the customer side allows a call
     */
    public boolean customerAllows(Instant t) {
        return allows(t.atZone(zone).toLocalTime().toNanoOfDay());
    }

    /**
     * Returns whether the responder's site is open at {@code t} and the customer may be called then.
     *
     * @param t an instant
     * @return {@code true} when a call may be made
     */
    public boolean allows(Instant t) {
        return customerAllows(t) && open(t);
    }

    private boolean open(Instant t) {
        try {
            return responder.isOpen(t);
        } catch (CalendarException outsideRange) {
            return false;
        }
    }

    private boolean allows(long nanoOfDay) {
        for (int i = 0; i < allowed.length; i += 2) {
            if (nanoOfDay >= allowed[i] && nanoOfDay < allowed[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the first stretch of time, at or after {@code from} and starting before {@code limit},
     * in which the customer may be called: {@code [start, end)} with {@code start >= from}, the end cut
     * at {@code limit}.
     *
     * @param from where to start looking
     * @param limit where to stop looking
     * @return the stretch as {@code {start, end}}, or {@code null} when none starts before the limit
     */
    public Instant @Nullable [] stretch(Instant from, Instant limit) {
        if (allowed.length == 0) {
            return null;
        }
        Instant c = from;
        for (int step = 0; step < MAX_STEPS && c.isBefore(limit); step++) {
            ZoneOffset offset = rules.getOffset(c);
            Instant segmentEnd = segmentEnd(c);
            LocalDateTime local = LocalDateTime.ofInstant(c, offset);
            Instant start = nextAllowed(local).toInstant(offset);
            if (!start.isBefore(segmentEnd)) {
                c = segmentEnd;
                continue;
            }
            if (!start.isBefore(limit)) {
                return null;
            }
            return new Instant[] {start, end(start, limit)};
        }
        return null;
    }

    /** The end of the allowed run that holds {@code start}, following it across offset changes, cut at {@code limit}. */
    private Instant end(Instant start, Instant limit) {
        Instant c = start;
        for (int step = 0; step < MAX_STEPS; step++) {
            ZoneOffset offset = rules.getOffset(c);
            Instant segmentEnd = segmentEnd(c);
            LocalDateTime end = runEnd(LocalDateTime.ofInstant(c, offset));
            if (end != null) {
                Instant e = end.toInstant(offset);
                if (e.isBefore(segmentEnd)) {
                    return e.isBefore(limit) ? e : limit;
                }
            }
            if (!segmentEnd.isBefore(limit)) {
                return limit;
            }
            c = segmentEnd;
            if (!customerAllows(c)) {
                return c;
            }
        }
        return c;
    }

    /** The next offset change after {@code t}, or {@link Instant#MAX}. */
    private Instant segmentEnd(Instant t) {
        ZoneOffsetTransition next = rules.nextTransition(t);
        return next == null ? Instant.MAX : next.getInstant();
    }

    /** The first allowed local date-time at or after {@code local} ({@code allowed} is not empty). */
    private LocalDateTime nextAllowed(LocalDateTime local) {
        long nod = local.toLocalTime().toNanoOfDay();
        for (int i = 0; i < allowed.length; i += 2) {
            if (allowed[i + 1] > nod) {
                return allowed[i] <= nod ? local : at(local, allowed[i]);
            }
        }
        return at(local.plusDays(1), allowed[0]);
    }

    /** The end of the allowed run holding {@code local} (which is allowed), or {@code null} if it never ends. */
    private @Nullable LocalDateTime runEnd(LocalDateTime local) {
        if (allowed.length == 2 && allowed[0] == 0 && allowed[1] == DAY) {
            return null;
        }
        long nod = local.toLocalTime().toNanoOfDay();
        for (int i = 0; i < allowed.length; i += 2) {
            if (allowed[i] <= nod && nod < allowed[i + 1]) {
                if (allowed[i + 1] < DAY) {
                    return at(local, allowed[i + 1]);
                }
                LocalDateTime tomorrow = local.toLocalDate().plusDays(1).atStartOfDay();
                return allowed[0] == 0 ? at(tomorrow, allowed[1]) : tomorrow;
            }
        }
        return local;
    }

    private static LocalDateTime at(LocalDateTime day, long nanoOfDay) {
        return nanoOfDay == DAY ? day.toLocalDate().plusDays(1).atStartOfDay()
                : day.toLocalDate().atTime(LocalTime.ofNanoOfDay(nanoOfDay));
    }

    /**
     * Returns the first instant in {@code [from, limit)} at which a call may be made.
     *
     * @param from the earliest instant
     * @param limit the first instant too late
     * @return the instant, or {@code null} when there is none
     */
    public @Nullable Instant first(Instant from, Instant limit) {
        Instant x = from;
        for (int step = 0; step < MAX_STEPS; step++) {
            Instant open = nextOpening(x);
            if (open == null || !open.isBefore(limit)) {
                return null;
            }
            Instant[] s = stretch(open, limit);
            if (s == null) {
                return null;
            }
            if (s[0].equals(open)) {
                return open;
            }
            x = s[0];
        }
        return null;
    }

    /**
     * Returns the last stretch of time in {@code [from, to)} in which a call may be made.
     *
     * @param from the start
     * @param to the end
     * @return the stretch as {@code {start, end}}, or {@code null} when there is none
     */
    public Instant @Nullable [] last(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return null;
        }
        List<WorkingPeriod> periods;
        try {
            periods = responder.workingPeriods(from, to);
        } catch (CalendarException outsideRange) {
            return null;
        }
        for (int i = periods.size() - 1; i >= 0; i--) {
            WorkingPeriod p = periods.get(i);
            Instant[] found = null;
            Instant x = p.start();
            for (int step = 0; step < MAX_STEPS; step++) {
                Instant[] s = stretch(x, p.end());
                if (s == null) {
                    break;
                }
                found = s;
                x = s[1];
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * Returns the responder's next opening at or after {@code t}.
     *
     * @param t an instant
     * @return the opening, or {@code null} when the site does not open again within its calendar's range
     */
    public @Nullable Instant nextOpening(Instant t) {
        try {
            return responder.nextOpening(t);
        } catch (CalendarException outsideRange) {
            return null;
        }
    }
}
