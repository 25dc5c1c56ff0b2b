package io.escalation.callback;

import io.escalation.internal.validation.Checks;
import java.time.LocalTime;

/**
 * A daily time in which the customer must not be called, in the customer's own time zone, e.g.
 * Japan's money-lending rule ({@link #JAPAN_MONEY_LENDING}: no calls from 21:00 to 08:00). The
 * period is half-open, {@code [from, until)}, like every interval of the SDK, and crosses midnight
 * when {@code until} is before {@code from}. A tenant sets it on the
 * {@linkplain CallbackPlanner.Builder#quietHours planner}; a request may override it for its
 * purpose ({@link CallbackRequest#withQuietHours}), and {@link #NONE} lifts it.
 *
 * <p>A promise is a "by" time: the call comes before it, so a promise exactly at {@code from} is
 * kept; due times, reminders and attempts never lie inside the period.
 *
 * @param from the first quiet local time, inclusive
 * @param until the end of the quiet time, exclusive; equal to {@code from} only as {@link #NONE}
 */
public record QuietHours(LocalTime from, LocalTime until) {

    /** No quiet hours (00:00-00:00, which holds no time). */
    public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    /** Japan's money-lending rule (貸金業法 21 条): no calls from 21:00 to 08:00. */
    public static final QuietHours JAPAN_MONEY_LENDING = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    /**
     * Validates the period.
     *
     * @throws io.escalation.InvalidEscalationException if a bound is missing or not whole seconds, or
     *     both are equal but not 00:00 (use {@link #NONE} for no quiet hours)
     */
    public QuietHours {
        if (from == null || until == null || from.getNano() != 0 || until.getNano() != 0
                || (from.equals(until) && !from.equals(LocalTime.MIDNIGHT))) {
            Checks.Checker check = Checks.building(QuietHours.class)
                    .require(from != null, "from", "NotNull", "must not be null", null)
                    .require(until != null, "until", "NotNull", "must not be null", null);
            if (check.ok()) {
                check.require(from.getNano() == 0, "from", "WholeSeconds", "must be whole seconds", from)
                        .require(until.getNano() == 0, "until", "WholeSeconds", "must be whole seconds", until)
                        .require(!from.equals(until) || from.equals(LocalTime.MIDNIGHT), "until",
                                "DifferentFromStart", "must differ from 'from' (use QuietHours.NONE for no quiet hours)",
                                until);
            }
            check.done();
        }
    }

    /**
     * Returns the quiet period {@code from}-{@code until}.
     *
     * @param from the first quiet time
     * @param until the end of the quiet time, exclusive
     * @return the quiet hours
     */
    public static QuietHours of(LocalTime from, LocalTime until) {
        return new QuietHours(from, until);
    }

    /**
     * Returns whether these are no quiet hours at all ({@link #NONE}).
     *
     * @return {@code true} when the period holds no time
     */
    public boolean isNone() {
        return from.equals(until);
    }

    /**
     * Returns whether the period crosses midnight.
     *
     * @return {@code true} when {@code until} is before {@code from}
     */
    public boolean crossesMidnight() {
        return until.isBefore(from);
    }

    /**
     * Returns whether {@code time} is quiet.
     *
     * @param time a local time of day
     * @return {@code true} when the customer must not be called at that time
     * @throws io.escalation.InvalidEscalationException if {@code time} is {@code null}
     */
    public boolean contains(LocalTime time) {
        Checks.present(QuietHours.class, "time", time);
        if (isNone()) {
            return false;
        }
        return crossesMidnight()
                ? !time.isBefore(from) || time.isBefore(until)
                : !time.isBefore(from) && time.isBefore(until);
    }
}
