package io.escalation.callback;

import io.escalation.internal.callback.CallTimes;
import io.escalation.internal.validation.Checks;
import io.escalation.model.ContactWindow;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Computes callbacks people can keep: for each candidate, when they can realistically call (their
 * site's working time after the handoff, inside the customer's window and outside quiet hours), what
 * to promise (that plus a safety margin, rounded up to a time easy to say — promise late, deliver
 * early — and still inside the customer's window and before quiet hours), when to remind them (a
 * lead before the promise, in their working time) and how to attempt the call. Promises lie within
 * the {@linkplain Builder#horizon horizon}; a candidate who cannot keep one is reported unavailable,
 * with the next possible time when there is one soon after. Immutable and thread-safe.
 *
 * <p>Decided rules (tests pin them):
 * <ul>
 *   <li>The whole stretch from the due time to the promise lies inside one occurrence of the
 *       customer's window and outside quiet hours; a promise exactly at the window's end or at the
 *       start of quiet hours is kept. When the rounded promise would leave the window, the due time
 *       moves to the next time the responder works inside the window (reason
 *       {@code promise-outside-window}, or {@code promise-in-quiet-hours}).</li>
 *   <li>The reminder fires {@linkplain Builder#reminderLead a lead} before the promise when the
 *       responder works and the customer may be called then; else at the latest such moment before
 *       (a lead before that stretch ends, reason {@code reminder-moved}); else, when there is none
 *       since the request, at the first such moment after, with less lead (reason
 *       {@code reminder-unprotected}). It is never before the request.</li>
 *   <li>Attempts start at the due time and follow the {@linkplain AttemptPolicy policy}.</li>
 * </ul>
 *
 * <pre>{@code
 * CallbackPlanner planner = CallbackPlanner.builder().safetyMargin(Duration.ofMinutes(30))
 *         .quietHours(QuietHours.JAPAN_MONEY_LENDING).build();
 * CallbackPlan plan = planner.plan(CallbackRequest.of(escalation, clock.instant(), Priority.NORMAL,
 *         List.of(previousAgentInBangkok, supervisorInTokyo)));
 * plan.offer(Locale.JAPANESE); // "SVでしたら本日15時までに、前回の担当者でしたら明日10時までにお電話いたします。"
 * }</pre>
 */
public final class CallbackPlanner {

    /**
     * The default horizon: 14 days, longer than Golden Week and the year-end closure (at most 9
     * closed days in a row), so a promise after either is still offered.
     */
    public static final Duration DEFAULT_HORIZON = Duration.ofDays(14);
    /** The shortest horizon. */
    public static final Duration MIN_HORIZON = Duration.ofHours(1);
    /** The longest horizon. */
    public static final Duration MAX_HORIZON = Duration.ofDays(30);
    /** How far past the horizon the planner looks for the next possible time of an unavailable candidate. */
    public static final Duration LOOK_BEYOND = Duration.ofDays(31);

    private static final String RULE = "callback/";
    private static final int MAX_STEPS = 100_000;

    private final Duration safetyMargin;
    private final PromiseRounding rounding;
    private final Duration reminderLead;
    private final QuietHours quietHours;
    private final Duration horizon;
    private final AttemptPolicy attempts;

    private CallbackPlanner(Builder b) {
        this.safetyMargin = b.safetyMargin;
        this.rounding = b.rounding;
        this.reminderLead = b.reminderLead;
        this.quietHours = b.quietHours;
        this.horizon = b.horizon;
        this.attempts = b.attempts;
    }

    /**
     * Starts a planner with the defaults: 30 minutes of safety margin, promises rounded up to the
     * quarter hour, reminders 15 minutes before the promise, no quiet hours, a horizon of
     * {@link #DEFAULT_HORIZON 14 days} and {@link AttemptPolicy#STANDARD three attempts}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Plans the callback.
     *
     * @param request what the plan is computed from
     * @return one option per candidate who can call within the horizon, earliest promise first
     */
    public CallbackPlan plan(CallbackRequest request) {
        Checks.present(CallbackPlanner.class, "request", request);
        List<CallbackOption> options = new ArrayList<>();
        List<CallbackPlan.Unavailable> unavailable = new ArrayList<>();
        for (Candidate c : request.candidates()) {
            plan(request, c, options, unavailable);
        }
        options.sort(Comparator.comparing(CallbackOption::promiseBy).thenComparing(CallbackOption::dueAt));
        return new CallbackPlan(request.requestedAt(), options, unavailable);
    }

    private static final Reason HANDOFF_LIVE = Reason.of("handoff-live", RULE + "handoff");
    private static final Reason RESPONDER_CLOSED = Reason.of("responder-closed", RULE + "hours");
    private static final Reason ZONE_ASSUMED = Reason.of("customer-zone-assumed", RULE + "zone");

    private void plan(CallbackRequest request, Candidate c, List<CallbackOption> options,
            List<CallbackPlan.Unavailable> unavailable) {
        BusinessCalendar cal = c.calendar();
        List<Reason> reasons = new ArrayList<>();
        Instant requested = request.requestedAt();
        Instant pickup;
        if (c.handoff() instanceof Handoff.InternalMail mail) {
            pickup = cal.add(requested, mail.pickupWithin());
            reasons.add(Reason.of("handoff-mail", RULE + "handoff").with("minutes", mail.pickupWithin().toMinutes()));
        } else {
            pickup = requested;
            reasons.add(HANDOFF_LIVE);
        }
        ZoneId zone = request.customerZone();
        if (zone == null) {
            zone = cal.zone();
            reasons.add(ZONE_ASSUMED);
        }
        QuietHours quiet = request.quietHours() != null ? request.quietHours() : quietHours;
        CallTimes times = new CallTimes(cal, zone, request.window(), quiet);
        Instant earliest = times.nextOpening(pickup);
        if (earliest != null && earliest.isAfter(pickup)) {
            reasons.add(RESPONDER_CLOSED);
        }
        Duration margin = request.priority().compareTo(Priority.URGENT) >= 0
                ? max(safetyMargin.dividedBy(2), Duration.ofMinutes(5)) : safetyMargin;
        Instant limit = requested.plus(horizon);
        Instant[] found = earliest == null ? null
                : search(times, earliest, margin, request.window(), quiet, limit.plus(LOOK_BEYOND), reasons);
        if (found == null || found[1].isAfter(limit)) {
            unavailable.add(new CallbackPlan.Unavailable(c, noCommonTime(),
                    found == null ? null : found[0].atZone(zone)));
            return;
        }
        Instant due = found[0];
        Instant promiseBy = found[1];
        reasons.add(Reason.of("promise-margin", RULE + "promise").with("minutes", margin.toMinutes())
                .with("rounding", rounding.minutes()));
        Instant remind = remind(times, requested, due, promiseBy, reasons);
        options.add(new CallbackOption(c, requested, zone, request.window(), quiet, due, promiseBy, remind, attempts,
                reasons));
    }

    /** Nobody keeps a promise within the horizon: said in days when it is whole days, else in minutes. */
    private Reason noCommonTime() {
        return horizon.equals(Duration.ofDays(horizon.toDays()))
                ? Reason.of("no-common-time", RULE + "window").with("days", horizon.toDays())
                : Reason.of("no-common-time-minutes", RULE + "window").with("minutes", horizon.toMinutes());
    }

    /**
     * The first due time at or after {@code from}, before {@code limit}, at which the responder works
     * and the customer may be called, whose promise stays in the same stretch of callable time; as
     * {@code {due, promise}}, or {@code null}.
     */
    private Instant @Nullable [] search(CallTimes times, Instant from, Duration margin, @Nullable ContactWindow window,
            QuietHours quiet, Instant limit, List<Reason> reasons) {
        boolean windowSaid = false;
        boolean quietSaid = false;
        boolean promiseSaid = false;
        Instant x = from;
        for (int step = 0; step < MAX_STEPS; step++) {
            Instant open = times.nextOpening(x);
            if (open == null || !open.isBefore(limit)) {
                return null;
            }
            Instant[] stretch = times.stretch(open, limit);
            if (stretch == null) {
                return null;
            }
            if (stretch[0].isAfter(open)) {
                if (window != null && !times.inWindow(open)) {
                    if (!windowSaid) {
                        reasons.add(Reason.of("customer-window", RULE + "window").with("from", window.from())
                                .with("until", window.until()));
                        windowSaid = true;
                    }
                } else if (!quietSaid) {
                    reasons.add(quietHours(quiet, "quiet-hours"));
                    quietSaid = true;
                }
                x = stretch[0];
                continue;
            }
            Instant promise = roundUp(open.plus(margin).atZone(times.zone())).toInstant();
            if (!promise.isAfter(stretch[1])) {
                return new Instant[] {open, promise};
            }
            if (!promiseSaid && stretch[1].isBefore(limit)) {
                reasons.add(window != null && !times.inWindow(stretch[1])
                        ? Reason.of("promise-outside-window", RULE + "window").with("until", window.until())
                        : quietHours(quiet, "promise-in-quiet-hours"));
                promiseSaid = true;
            }
            x = stretch[1];
        }
        return null;
    }

    private static Reason quietHours(QuietHours quiet, String code) {
        return Reason.of(code, RULE + "quiet-hours").with("from", quiet.from()).with("until", quiet.until());
    }

    /** When to remind the responder, with the reason (see the class comment). */
    private Instant remind(CallTimes times, Instant requested, Instant due, Instant promiseBy, List<Reason> reasons) {
        Instant wanted = promiseBy.minus(reminderLead);
        if (!wanted.isBefore(requested)) {
            if (times.allows(wanted)) {
                reasons.add(Reason.of("reminder", RULE + "reminder").with("minutes", reminderLead.toMinutes()));
                return wanted;
            }
            Instant[] last = times.last(requested, wanted);
            if (last != null) {
                Instant at = later(last[0], last[1].minus(reminderLead));
                reasons.add(Reason.of("reminder-moved", RULE + "reminder")
                        .with("minutes", Duration.between(at, promiseBy).toMinutes()));
                return at;
            }
        }
        Instant first = times.first(later(requested, wanted), promiseBy);
        Instant at = first != null ? first : due; // the due time itself is always callable
        reasons.add(Reason.of(CallbackOption.REMINDER_UNPROTECTED, RULE + "reminder")
                .with("lead", reminderLead.toMinutes()).with("minutes", Duration.between(at, promiseBy).toMinutes()));
        return at;
    }

    private ZonedDateTime roundUp(ZonedDateTime z) {
        ZonedDateTime hour = z.truncatedTo(ChronoUnit.HOURS);
        long minutes = Duration.between(hour, z).toNanos();
        long step = rounding.minutes() * 60_000_000_000L;
        long steps = (minutes + step - 1) / step;
        return hour.plusMinutes(steps * rounding.minutes());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Builds a {@link CallbackPlanner}; every setter validates at once. Not thread-safe. */
    public static final class Builder {
        private Duration safetyMargin = Duration.ofMinutes(30);
        private PromiseRounding rounding = PromiseRounding.QUARTER_HOUR;
        private Duration reminderLead = Duration.ofMinutes(15);
        private QuietHours quietHours = QuietHours.NONE;
        private Duration horizon = DEFAULT_HORIZON;
        private AttemptPolicy attempts = AttemptPolicy.STANDARD;

        private Builder() {}

        /**
         * Sets the safety margin added to the due time before rounding.
         *
         * @param value 1 minute to 1 day
         * @return this builder
         */
        public Builder safetyMargin(Duration value) {
            Checks.building(CallbackPlanner.class)
                    .duration("safetyMargin", value, Duration.ofMinutes(1), Duration.ofDays(1)).done();
            this.safetyMargin = value;
            return this;
        }

        /**
         * Sets how promises are rounded up.
         *
         * @param value the rounding
         * @return this builder
         */
        public Builder rounding(PromiseRounding value) {
            this.rounding = Checks.present(CallbackPlanner.class, "rounding", value);
            return this;
        }

        /**
         * Sets how long before the promise the responder is reminded.
         *
         * @param value 1 minute to 1 day
         * @return this builder
         */
        public Builder reminderLead(Duration value) {
            Checks.building(CallbackPlanner.class)
                    .duration("reminderLead", value, Duration.ofMinutes(1), Duration.ofDays(1)).done();
            this.reminderLead = value;
            return this;
        }

        /**
         * Sets the tenant's quiet hours, in the customer's local time; a request may override them
         * ({@link CallbackRequest#withQuietHours}).
         *
         * @param value the quiet hours, e.g. {@link QuietHours#JAPAN_MONEY_LENDING}; default {@link QuietHours#NONE}
         * @return this builder
         */
        public Builder quietHours(QuietHours value) {
            this.quietHours = Checks.present(CallbackPlanner.class, "quietHours", value);
            return this;
        }

        /**
         * Sets how far ahead of the request a promise may be.
         *
         * @param value 1 hour to 30 days; default {@link #DEFAULT_HORIZON 14 days}
         * @return this builder
         */
        public Builder horizon(Duration value) {
            Checks.building(CallbackPlanner.class).duration("horizon", value, MIN_HORIZON, MAX_HORIZON).done();
            this.horizon = value;
            return this;
        }

        /**
         * Sets how callbacks are attempted. Its dial window must cover the safety margin and the
         * rounding (checked by {@link #build()}), so the first attempt can be the due time.
         *
         * @param value the policy; default {@link AttemptPolicy#STANDARD}
         * @return this builder
         */
        public Builder attempts(AttemptPolicy value) {
            this.attempts = Checks.present(CallbackPlanner.class, "attempts", value);
            return this;
        }

        /**
         * Builds the planner.
         *
         * @return the planner
         * @throws io.escalation.InvalidEscalationException at {@code attempts.dialWindow} when it is
         *     shorter than the safety margin plus the rounding
         */
        public CallbackPlanner build() {
            Duration needed = safetyMargin.plusMinutes(rounding.minutes());
            Checks.building(CallbackPlanner.class).require(attempts.dialWindow().compareTo(needed) >= 0,
                    "attempts.dialWindow", "CoversMargin", "must be at least the safety margin plus the rounding ("
                            + needed + "), but was " + attempts.dialWindow(), attempts.dialWindow()).done();
            return new CallbackPlanner(this);
        }
    }
}
