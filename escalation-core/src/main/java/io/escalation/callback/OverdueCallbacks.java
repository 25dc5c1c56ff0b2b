package io.escalation.callback;

import io.escalation.internal.validation.Checks;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds promised callbacks that are overdue or chased, and says how much the priority should
 * rise: lateness raises it by up to {@value #MAX_LATENESS_RAISE} levels (one for an overdue
 * promise, one more when it is over an hour late), and every chase raises it one level more, so
 * each further chase keeps raising it until {@link io.escalation.model.Priority#CRITICAL}.
 * Lateness and chases do not share a cap: lateness alone can never use up what chases add.
 */
public final class OverdueCallbacks {

    /** The most lateness alone raises the priority. */
    public static final int MAX_LATENESS_RAISE = 2;

    private static final String RULE = "callback/overdue";
    private static final Reason OVER_AN_HOUR = Reason.of("callback-overdue-hour", RULE);

    private OverdueCallbacks() {}

    /**
     * A callback that needs attention.
     *
     * @param callback the promise
     * @param overdueBy how late it is (zero if not yet due but chased)
     * @param priorityIncrease levels the priority should rise
     * @param reasons why
     */
    public record Report(PromisedCallback callback, Duration overdueBy, int priorityIncrease, List<Reason> reasons) {

        /** Copies the reasons. */
        public Report {
            Checks.building(Report.class)
                    .require(callback != null, "callback", "NotNull", "must not be null", null)
                    .require(overdueBy != null, "overdueBy", "NotNull", "must not be null", null)
                    .require(reasons != null, "reasons", "NotNull", "must not be null", null)
                    .noNullElements("reasons", reasons).done();
            reasons = List.copyOf(reasons);
        }

        /**
         * Applies the increase to a priority.
         *
         * @param priority the current priority
         * @return the raised priority
         */
        public Priority raise(Priority priority) {
            return priority.raise(priorityIncrease);
        }

        /**
         * Returns whether the promise has passed.
         *
         * @return {@code true} when overdue
         */
        public boolean overdue() {
            return !overdueBy.isZero() && !overdueBy.isNegative();
        }
    }

    /**
     * Checks promises at {@code now}.
     *
     * @param promises the promises
     * @param now the current instant (from the host's clock)
     * @return reports for the overdue or chased ones, most overdue first
     */
    public static List<Report> check(List<PromisedCallback> promises, Instant now) {
        Checks.building(OverdueCallbacks.class)
                .require(promises != null, "promises", "NotNull", "must not be null", null)
                .noNullElements("promises", promises)
                .require(now != null, "now", "NotNull", "must not be null", null).done();
        List<Report> out = new ArrayList<>();
        for (PromisedCallback p : promises) {
            Duration late = Duration.between(p.promiseBy(), now);
            boolean overdue = !late.isZero() && !late.isNegative();
            if (!overdue && p.chases() == 0) {
                continue;
            }
            List<Reason> reasons = new ArrayList<>();
            int raise = 0;
            if (overdue) {
                raise++;
                reasons.add(Reason.of("callback-overdue", RULE).with("minutes", late.toMinutes()));
                if (late.compareTo(Duration.ofHours(1)) > 0) {
                    raise++;
                    reasons.add(OVER_AN_HOUR);
                }
            }
            if (p.chases() > 0) {
                raise += p.chases();
                reasons.add(Reason.of("callback-chased", RULE).with("count", p.chases()));
            }
            out.add(new Report(p, overdue ? late : Duration.ZERO, raise, reasons));
        }
        out.sort(Comparator.comparing(Report::overdueBy).reversed()
                .thenComparing(r -> r.callback().ref().toString()));
        return List.copyOf(out);
    }
}
