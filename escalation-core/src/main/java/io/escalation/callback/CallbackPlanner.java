package io.escalation.callback;

import io.escalation.internal.validation.Checks;
import io.escalation.internal.callback.Phrases;
import io.escalation.model.ContactWindow;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
                unavailable.add(new CallbackPlan.Unavailable(c, Reason.of("no-common-time",
                        HORIZON_DAYS + "日以内に担当者の営業時間とお客様のご希望時間帯が重なりません",
                        "the responder's working time and the customer's window do not meet within " + HORIZON_DAYS
                                + " days", RULE + "window")));
            } else {
                options.add(option);
            }
        }
        options.sort(Comparator.comparing(CallbackOption::promiseBy).thenComparing(CallbackOption::dueAt));
        return new CallbackPlan(request.requestedAt(), options, unavailable);
    }

    private @Nullable CallbackOption option(CallbackRequest request, Candidate c) {
        BusinessCalendar cal = c.calendar();
        List<Reason> reasons = new ArrayList<>();
        Instant requested = request.requestedAt();
        Instant pickup;
        if (c.handoff() instanceof Handoff.InternalMail mail) {
            pickup = cal.add(requested, mail.pickupWithin());
            reasons.add(Reason.of("handoff-mail", "社内メールで引き継ぎ、先方拠点の営業時間で" + minutes(mail.pickupWithin())
                    + "以内に確認される", "handed over by internal mail, read within " + english(mail.pickupWithin())
                    + " of the receiving site's business time", RULE + "handoff"));
        } else {
            pickup = requested;
            reasons.add(Reason.of("handoff-live", "その場で引き継ぎ", "handed over live", RULE + "handoff"));
        }
        Instant earliest = cal.nextOpening(pickup);
        if (earliest.isAfter(pickup)) {
            reasons.add(Reason.of("responder-closed", "担当拠点の営業時間外のため、次の始業後",
                    "the responder's site is closed then, so after it opens", RULE + "hours"));
        }
        ZoneId zone = request.customerZone();
        if (zone == null) {
            zone = cal.zone();
            reasons.add(Reason.of("customer-zone-assumed", "お客様のタイムゾーンが不明のため拠点の時刻で案内",
                    "the customer's time zone is unknown, so the site's is assumed", RULE + "zone"));
        }
        Instant due = earliest;
        ContactWindow window = request.window();
        if (window != null) {
            Instant fits = fit(cal, window, zone, earliest);
            if (fits == null) {
                return null;
            }
            if (fits.isAfter(earliest)) {
                reasons.add(Reason.of("customer-window", "お客様のご希望時間帯（" + window.from() + "-" + window.until()
                        + "）に合わせる", "within the customer's window (" + window.from() + "-" + window.until() + ")",
                        RULE + "window"));
            }
            due = fits;
        }
        Duration margin = request.priority().compareTo(Priority.URGENT) >= 0
                ? max(safetyMargin.dividedBy(2), Duration.ofMinutes(5)) : safetyMargin;
        ZonedDateTime promise = roundUp(due.plus(margin).atZone(zone));
        reasons.add(Reason.of("promise-margin", minutes(margin) + "の余裕を見て" + rounding.minutes()
                + "分単位に切り上げ（遅めに約束し、早めに連絡）", "a margin of " + english(margin) + ", rounded up to "
                + rounding.minutes() + " minutes (promise late, deliver early)", RULE + "promise"));
        Instant promiseBy = promise.toInstant();
        Instant remind = promiseBy.minus(reminderLead);
        if (remind.isBefore(requested)) {
            remind = requested;
        }
        reasons.add(Reason.of("reminder", "約束の" + minutes(reminderLead) + "前に担当者へ通知",
                "remind the responder " + english(reminderLead) + " before the promise", RULE + "reminder"));
        LocalDate today = requested.atZone(zone).toLocalDate();
        return new CallbackOption(c, due, promiseBy, remind, Phrases.japanese(promise, today),
                Phrases.english(promise, today), reasons);
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

    private static String minutes(Duration d) {
        long m = d.toMinutes();
        return m % 60 == 0 ? (m / 60) + "時間" : m + "分";
    }

    private static String english(Duration d) {
        long m = d.toMinutes();
        return m % 60 == 0 ? (m / 60) + (m == 60 ? " hour" : " hours") : m + " minutes";
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
