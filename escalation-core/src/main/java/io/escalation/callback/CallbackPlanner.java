package io.escalation.callback;

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
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Computes callbacks people can trust: for each candidate, when they can realistically call
 * (their site's working time after the handoff, inside the customer's window), what to promise
 * (that plus a safety margin, rounded up to a time easy to say — promise late, deliver early),
 * and when to remind them (a lead before the promise). Immutable and thread-safe.
 *
 * <pre>{@code
 * CallbackPlanner planner = CallbackPlanner.builder().safetyMargin(Duration.ofMinutes(30)).build();
 * CallbackPlan plan = planner.plan(CallbackRequest.of(escalation, clock.instant(), Priority.NORMAL,
 *         List.of(previousAgentInBangkok, supervisorInTokyo)));
 * plan.offerJapanese(); // "SVでしたら本日15時までに、前回の担当者でしたら明日10時までにお電話いたします。"
 * }</pre>
 */
public final class CallbackPlanner {

    /** Days searched for a time that suits both the responder and the customer. */
    public static final int HORIZON_DAYS = 31;

    private static final String RULE = "callback/";

    private final Duration safetyMargin;
    private final PromiseRounding rounding;
    private final Duration reminderLead;

    private CallbackPlanner(Builder b) {
        this.safetyMargin = b.safetyMargin;
        this.rounding = b.rounding;
        this.reminderLead = b.reminderLead;
    }

    /**
     * Starts a planner with the defaults: 30 minutes of safety margin, promises rounded up to the
     * quarter hour, reminders 15 minutes before the promise.
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
     * @return one option per candidate who can call, earliest promise first
     */
    public CallbackPlan plan(CallbackRequest request) {
        Checks.present(CallbackPlanner.class, "request", request);
        List<CallbackOption> options = new ArrayList<>();
        List<CallbackPlan.Unavailable> unavailable = new ArrayList<>();
        for (Candidate c : request.candidates()) {
            CallbackOption option = option(request, c);
            if (option == null) {
                unavailable.add(new CallbackPlan.Unavailable(c,
                        Reason.of("no-common-time", RULE + "window").with("days", HORIZON_DAYS)));
            } else {
                options.add(option);
            }
        }
        options.sort(Comparator.comparing(CallbackOption::promiseBy).thenComparing(CallbackOption::dueAt));
        return new CallbackPlan(request.requestedAt(), options, unavailable);
    }

    private static final Reason HANDOFF_LIVE = Reason.of("handoff-live", RULE + "handoff");
    private static final Reason RESPONDER_CLOSED = Reason.of("responder-closed", RULE + "hours");
    private static final Reason ZONE_ASSUMED = Reason.of("customer-zone-assumed", RULE + "zone");

    private @Nullable CallbackOption option(CallbackRequest request, Candidate c) {
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
        Instant earliest = cal.nextOpening(pickup);
        if (earliest.isAfter(pickup)) {
            reasons.add(RESPONDER_CLOSED);
        }
        ZoneId zone = request.customerZone();
        if (zone == null) {
            zone = cal.zone();
            reasons.add(ZONE_ASSUMED);
        }
        Instant due = earliest;
        ContactWindow window = request.window();
        if (window != null) {
            Instant fits = fit(cal, window, zone, earliest);
            if (fits == null) {
                return null;
            }
            if (fits.isAfter(earliest)) {
                reasons.add(Reason.of("customer-window", RULE + "window").with("from", window.from())
                        .with("until", window.until()));
            }
            due = fits;
        }
        Duration margin = request.priority().compareTo(Priority.URGENT) >= 0
                ? max(safetyMargin.dividedBy(2), Duration.ofMinutes(5)) : safetyMargin;
        ZonedDateTime promise = roundUp(due.plus(margin).atZone(zone));
        reasons.add(Reason.of("promise-margin", RULE + "promise").with("minutes", margin.toMinutes())
                .with("rounding", rounding.minutes()));
        Instant promiseBy = promise.toInstant();
        Instant remind = promiseBy.minus(reminderLead);
        if (remind.isBefore(requested)) {
            remind = requested;
        }
        reasons.add(Reason.of("reminder", RULE + "reminder").with("minutes", reminderLead.toMinutes()));
        return new CallbackOption(c, requested, zone, due, promiseBy, remind, reasons);
    }

    /** The first instant at or after {@code from} inside both the calendar and the window. */
    private static @Nullable Instant fit(BusinessCalendar cal, ContactWindow window, ZoneId zone, Instant from) {
        Instant limit = from.plus(Duration.ofDays(HORIZON_DAYS));
        Instant t = from;
        for (int i = 0; i < 4 * HORIZON_DAYS && t.isBefore(limit); i++) {
            if (!cal.isOpen(t)) {
                t = cal.nextOpening(t);
                continue;
            }
            ZonedDateTime local = t.atZone(zone);
            if (window.contains(local.toLocalTime())) {
                return t;
            }
            // jump to the window's next start in the customer's zone
            ZonedDateTime start = ZonedDateTime.of(local.toLocalDate(), window.from(), zone);
            if (!start.toInstant().isAfter(t)) {
                start = ZonedDateTime.of(local.toLocalDate().plusDays(1), window.from(), zone);
            }
            t = start.toInstant();
        }
        return null;
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

    /** Builds a {@link CallbackPlanner}; every setter validates at once. Not thread-safe. */
    public static final class Builder {
        private Duration safetyMargin = Duration.ofMinutes(30);
        private PromiseRounding rounding = PromiseRounding.QUARTER_HOUR;
        private Duration reminderLead = Duration.ofMinutes(15);

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
         * Builds the planner.
         *
         * @return the planner
         */
        public CallbackPlanner build() {
            return new CallbackPlanner(this);
        }
    }
}
