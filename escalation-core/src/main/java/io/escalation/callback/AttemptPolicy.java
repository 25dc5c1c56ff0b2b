package io.escalation.callback;

import io.escalation.internal.validation.Checks;
import java.time.Duration;

/**
 * How often and when a promised callback is tried: at most {@code budget} attempts, at least
 * {@code spacing} apart (from the start of the missed attempt), each started within
 * {@code dialWindow} before the promise (and never before the due time). Immutable.
 *
 * @param budget the most attempts, 1 to {@value #MAX_BUDGET}
 * @param spacing the least time between the start of a missed attempt and the next, 1 minute to 1 day
 * @param dialWindow how long before the promise an attempt may be started, 1 minute to 30 days
 */
public record AttemptPolicy(int budget, Duration spacing, Duration dialWindow) {

    /** The most attempts a policy allows. */
    public static final int MAX_BUDGET = 20;

    /**
     * The default: three attempts ten minutes apart, started within two hours before the promise
     * (which covers the planner's default margin and rounding, so the first attempt is the due time).
     */
    public static final AttemptPolicy STANDARD = new AttemptPolicy(3, Duration.ofMinutes(10), Duration.ofHours(2));

    /**
     * Validates the policy.
     *
     * @throws io.escalation.InvalidEscalationException naming every part out of range
     */
    public AttemptPolicy {
        Checks.building(AttemptPolicy.class)
                .require(budget >= 1 && budget <= MAX_BUDGET, "budget", "Range",
                        "must be between 1 and " + MAX_BUDGET + ", but was " + budget, budget)
                .duration("spacing", spacing, Duration.ofMinutes(1), Duration.ofDays(1))
                .duration("dialWindow", dialWindow, Duration.ofMinutes(1), Duration.ofDays(30))
                .done();
    }

    /**
     * Returns a policy.
     *
     * @param budget the most attempts
     * @param spacing the least time between attempts
     * @param dialWindow how long before the promise an attempt may be started
     * @return the policy
     */
    public static AttemptPolicy of(int budget, Duration spacing, Duration dialWindow) {
        return new AttemptPolicy(budget, spacing, dialWindow);
    }
}
