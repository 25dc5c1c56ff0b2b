package io.escalation.callback;

import io.escalation.internal.callback.CallTimes;
import io.escalation.internal.validation.Checks;
import io.escalation.model.ContactWindow;
import io.escalation.model.Reason;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The attempts to make a promised callback: when to dial next after a missed attempt, or that the
 * attempts are exhausted. An attempt starts inside the promise — not before the due time, not before
 * the {@linkplain AttemptPolicy#dialWindow dial window} and before the promise itself — at a moment
 * the responder's site is open and the customer may be called (inside their window, outside quiet
 * hours). A pure function of its inputs; immutable and thread-safe. The desk records each missed
 * attempt and, when the attempts are {@linkplain Exhausted exhausted}, raises the priority.
 *
 * <pre>{@code
 * CallbackAttempts.Next next = option.attempts().next(missed, lastMissedAt);
 * if (next instanceof CallbackAttempts.Dial dial) {
 *     timers.schedule(dial.at());
 * } else {
 *     raisePriority(next.reason()); // budget spent, or no time left before the promise
 * }
 * }</pre>
 *
 * @param dueAt when the responder can call at the earliest
 * @param promiseBy what the customer was promised; every attempt starts before it
 * @param zone the customer's zone
 * @param window the customer's contact window, if known
 * @param quietHours the quiet hours that apply ({@link QuietHours#NONE} for none)
 * @param calendar the responder's site calendar
 * @param policy the attempt budget, spacing and dial window
 */
public record CallbackAttempts(Instant dueAt, Instant promiseBy, ZoneId zone, @Nullable ContactWindow window,
        QuietHours quietHours, BusinessCalendar calendar, AttemptPolicy policy) {

    private static final String RULE = "callback/attempts";

    /**
     * Validates the inputs.
     *
     * @throws io.escalation.InvalidEscalationException naming every missing part, an instant out of
     *     range or a due time after the promise
     */
    public CallbackAttempts {
        if (!Checks.isInstant(dueAt) || !Checks.isInstant(promiseBy) || zone == null || quietHours == null
                || calendar == null || policy == null || dueAt.isAfter(promiseBy)) {
            Checks.Checker check = Checks.building(CallbackAttempts.class)
                    .require(dueAt != null, "dueAt", "NotNull", "must not be null", null).instant("dueAt", dueAt)
                    .require(promiseBy != null, "promiseBy", "NotNull", "must not be null", null)
                    .instant("promiseBy", promiseBy)
                    .require(zone != null, "zone", "NotNull", "must not be null", null)
                    .require(quietHours != null, "quietHours", "NotNull", "must not be null", null)
                    .require(calendar != null, "calendar", "NotNull", "must not be null", null)
                    .require(policy != null, "policy", "NotNull", "must not be null", null);
            if (check.ok()) {
                check.require(!dueAt.isAfter(promiseBy), "dueAt", "NotAfterPromise", "must not be after promiseBy",
                        dueAt);
            }
            check.done();
        }
    }

    /** What to do after {@code attemptsMade} attempts: dial at an instant, or stop. */
    public sealed interface Next {

        /**
         * Returns why.
         *
         * @return the reason
         */
        Reason reason();
    }

    /**
     * Dial at {@code at}: attempt number {@code attempt} of the budget.
     *
     * @param at when to start the attempt
     * @param attempt its number, from 1
     * @param reason why then
     */
    public record Dial(Instant at, int attempt, Reason reason) implements Next {

        /**
         * Validates the parts.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the number is below 1
         */
        public Dial {
            Checks.building(Dial.class).require(at != null, "at", "NotNull", "must not be null", null)
                    .require(attempt >= 1, "attempt", "Min", "must be at least 1", attempt)
                    .require(reason != null, "reason", "NotNull", "must not be null", null).done();
        }
    }

    /**
     * No further attempt: the budget is spent, or no time is left before the promise.
     *
     * @param attemptsMade how many attempts were made
     * @param reason which of the two, e.g. {@code attempt-budget-spent} or {@code attempt-no-time-left}
     */
    public record Exhausted(int attemptsMade, Reason reason) implements Next {

        /**
         * Validates the parts.
         *
         * @throws io.escalation.InvalidEscalationException if the reason is missing or the count negative
         */
        public Exhausted {
            Checks.building(Exhausted.class)
                    .require(attemptsMade >= 0, "attemptsMade", "Min", "must not be negative", attemptsMade)
                    .require(reason != null, "reason", "NotNull", "must not be null", null).done();
        }
    }

    /**
     * Returns the next attempt after {@code attemptsMade} missed ones: the first moment, no earlier
     * than the due time, the dial window before the promise and {@code spacing} after the last missed
     * attempt, at which the responder works and the customer may be called, before the promise.
     *
     * @param attemptsMade how many attempts were made (and missed) so far, from 0
     * @param lastMissedAt when the last missed attempt started; required once an attempt was made
     * @return when to dial, or that the attempts are exhausted, with the reason
     * @throws io.escalation.InvalidEscalationException if {@code attemptsMade} is negative, or
     *     {@code lastMissedAt} is missing after an attempt or out of range
     */
    public Next next(int attemptsMade, @Nullable Instant lastMissedAt) {
        Checks.building(CallbackAttempts.class)
                .require(attemptsMade >= 0, "attemptsMade", "Min", "must not be negative", attemptsMade)
                .require(attemptsMade <= 0 || lastMissedAt != null, "lastMissedAt", "NotNull",
                        "must be given once an attempt was made", null)
                .instant("lastMissedAt", lastMissedAt).done();
        if (attemptsMade >= policy.budget()) {
            return new Exhausted(attemptsMade, Reason.of("attempt-budget-spent", RULE).with("budget", policy.budget()));
        }
        Instant start = later(dueAt, promiseBy.minus(policy.dialWindow()));
        if (attemptsMade > 0 && lastMissedAt != null) {
            start = later(start, lastMissedAt.plus(policy.spacing()));
        }
        Instant at = start.isBefore(promiseBy)
                ? new CallTimes(calendar, zone, window, quietHours).first(start, promiseBy) : null;
        if (at == null) {
            return new Exhausted(attemptsMade, Reason.of("attempt-no-time-left", RULE).with("attempts", attemptsMade));
        }
        return new Dial(at, attemptsMade + 1, Reason.of("attempt", RULE).with("attempt", attemptsMade + 1)
                .with("budget", policy.budget()));
    }

    /**
     * Returns the attempts as planned: the first, then each next one as if every attempt before it
     * were missed at its start; at most the budget, all before the promise.
     *
     * @return the attempt instants, in order
     */
    public List<Instant> planned() {
        List<Instant> out = new ArrayList<>();
        Instant last = null;
        while (next(out.size(), last) instanceof Dial d) {
            out.add(d.at());
            last = d.at();
        }
        return List.copyOf(out);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
