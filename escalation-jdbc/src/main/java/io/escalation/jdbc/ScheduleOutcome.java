package io.escalation.jdbc;

/** What {@link Timers#schedule} did with a timer id. */
public enum ScheduleOutcome {
    /** No timer had the id; it is now pending. */
    CREATED,
    /**
     * A pending timer had the id and different values; it now has the new ones. A lease on it is
     * void: its fencing token moved on.
     */
    MOVED,
    /** A pending timer had the id and the same values; nothing changed (a repeated call). */
    UNCHANGED,
    /** The timer with the id already fired or was cancelled; a timer id fires at most once. */
    FINISHED
}
