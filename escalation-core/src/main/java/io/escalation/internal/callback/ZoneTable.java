package io.escalation.internal.callback;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * A zone's offset transitions inside the supported range, as arrays, so converting between local
 * date-times and instants is a binary search instead of a {@code ZonedDateTime} per boundary.
 *
 * <p>Local times in a gap (spring forward) move forward by the gap; in an overlap (fall back) the
 * earlier offset is used — the same resolution as {@code ZonedDateTime.of}.
 */
public final class ZoneTable {

    /** Epoch seconds of each transition. */
    private final long[] at;
    /** Local epoch seconds (as if UTC) where each transition's gap or overlap starts. */
    private final long[] localStart;
    /** Local epoch seconds (as if UTC) where each transition's gap or overlap ends. */
    private final long[] localEnd;
    /** Offset seconds before each transition. */
    private final int[] before;
    /** Offset seconds after each transition. */
    private final int[] after;
    private final int initial;

    private ZoneTable(long[] at, long[] localStart, long[] localEnd, int[] before, int[] after, int initial) {
        this.at = at;
        this.localStart = localStart;
        this.localEnd = localEnd;
        this.before = before;
        this.after = after;
        this.initial = initial;
    }

    /**
     * Tabulates the transitions of {@code zone} between two instants.
     *
     * @param zone the zone
     * @param from the start of the range
     * @param to the end of the range
     * @return the table
     */
    public static ZoneTable of(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition t = rules.nextTransition(from);
        while (t != null && t.getInstant().isBefore(to)) {
            transitions.add(t);
            t = rules.nextTransition(t.getInstant());
        }
        int n = transitions.size();
        long[] at = new long[n];
        long[] ls = new long[n];
        long[] le = new long[n];
        int[] b = new int[n];
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            ZoneOffsetTransition x = transitions.get(i);
            at[i] = x.getInstant().getEpochSecond();
            long localBefore = x.getDateTimeBefore().toEpochSecond(ZoneOffset.UTC);
            long localAfter = x.getDateTimeAfter().toEpochSecond(ZoneOffset.UTC);
            ls[i] = Math.min(localBefore, localAfter);
            le[i] = Math.max(localBefore, localAfter);
            b[i] = x.getOffsetBefore().getTotalSeconds();
            a[i] = x.getOffsetAfter().getTotalSeconds();
        }
        return new ZoneTable(at, ls, le, b, a, rules.getOffset(from).getTotalSeconds());
    }

    /**
     * Returns whether the zone has no transition in the range.
     *
     * @return {@code true} for a fixed offset
     */
    public boolean isFixed() {
        return at.length == 0;
    }

    /**
     * Returns how many transitions the table holds.
     *
     * @return the number of transitions in the range
     */
    public int transitions() {
        return at.length;
    }

    /**
     * Returns when a transition happens.
     *
     * @param index from 0 to {@link #transitions()} - 1, in time order
     * @return epoch seconds of the transition
     */
    public long transitionAt(int index) {
        return at[index];
    }

    /**
     * Returns the offset in effect at an instant.
     *
     * @param epochSecond the instant
     * @return the offset in seconds
     */
    public int offsetAt(long epochSecond) {
        int lo = 0;
        int hi = at.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (at[mid] <= epochSecond) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? initial : after[found];
    }

    /**
     * Converts a local date-time, given as local epoch seconds (as if it were UTC), to an instant.
     *
     * @param localEpochSecond the local date-time as seconds since 1970-01-01T00:00 local
     * @return epoch seconds of the instant
     */
    public long toEpochSecond(long localEpochSecond) {
        int lo = 0;
        int hi = localStart.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (localStart[mid] <= localEpochSecond) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) {
            return localEpochSecond - initial;
        }
        if (localEpochSecond < localEnd[found]) {
            // inside the gap (moves forward by the gap) or the overlap (earlier offset): both are
            // the local time read with the offset before the transition
            return localEpochSecond - before[found];
        }
        return localEpochSecond - after[found];
    }

    /**
     * Returns whether a transition happens in {@code [fromEpochSecond, toEpochSecond)}.
     *
     * @param fromEpochSecond start, inclusive
     * @param toEpochSecond end, exclusive
     * @return {@code true} if the offset changes in the range
     */
    public boolean transitionBetween(long fromEpochSecond, long toEpochSecond) {
        if (at.length == 0) {
            return false;
        }
        int lo = 0;
        int hi = at.length - 1;
        int found = at.length;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (at[mid] >= fromEpochSecond) {
                found = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return found < at.length && at[found] < toEpochSecond;
    }
}
