package io.escalation.model;

/**
 * How soon an escalation must be handled, from {@link #LOW} to {@link #CRITICAL}. Routing decides
 * it; overdue callbacks and repeat chases {@link #raise(int) raise} it; queues order by it.
 */
public enum Priority {
    /** Can wait for the normal queue (低). */
    LOW,
    /** Normal (通常). */
    NORMAL,
    /** Ahead of normal work (高). */
    HIGH,
    /** Next to be handled (緊急). */
    URGENT,
    /** Drop everything (最優先). */
    CRITICAL;

    private static final Priority[] ALL = values();

    /**
     * Returns this priority raised by {@code steps}, saturating at {@link #CRITICAL} (and at
     * {@link #LOW} for negative steps).
     *
     * @param steps how many levels to raise; negative lowers
     * @return the new priority
     */
    public Priority raise(int steps) {
        Priority[] all = ALL;
        int index = Math.max(0, Math.min(all.length - 1, ordinal() + steps));
        return all[index];
    }

    /**
     * Returns the higher of this and {@code other}.
     *
     * @param other another priority
     * @return the higher one
     */
    public Priority max(Priority other) {
        io.escalation.internal.validation.Checks.present(Priority.class, "other", other);
        return compareTo(other) >= 0 ? this : other;
    }
}
