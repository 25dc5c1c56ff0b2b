package io.escalation.testkit;

import io.escalation.callback.AttemptPolicy;
import io.escalation.callback.CallbackPlanner;
import io.escalation.callback.CallbackRequest;
import io.escalation.callback.Candidate;
import io.escalation.callback.Handoff;
import io.escalation.callback.PromiseRounding;
import io.escalation.callback.QuietHours;
import io.escalation.model.ActorId;
import io.escalation.model.ContactWindow;
import io.escalation.model.LocalizedText;
import io.escalation.model.Priority;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Generators for callback plans: quiet hours, attempt policies, planner settings and whole
 * scenarios (settings, a request and the specification of every candidate's calendar, so a
 * minute-stepping reference can check the plan). Every generated time of day is a whole minute;
 * half the requests fall within 36 hours of a daylight-saving change of the customer's zone.
 */
public final class CallbackGens {

    private CallbackGens() {}

    /**
     * Quiet hours: none, Japan's money-lending rule, or any whole-minute period of up to 12 hours
     * (crossing midnight or not).
     *
     * @return the generator
     */
    public static Gen<QuietHours> quietHours() {
        Gen<QuietHours> any = Gens.combine(Gens.localTimes(), lengths(12 * 60),
                (from, minutes) -> QuietHours.of(from, from.plusMinutes(minutes)));
        return Gens.frequency(Gens.weighted(2, Gens.constant(QuietHours.NONE)),
                Gens.weighted(1, Gens.constant(QuietHours.JAPAN_MONEY_LENDING)), Gens.weighted(2, any))
                .withEdgeCases(QuietHours.NONE, QuietHours.JAPAN_MONEY_LENDING);
    }

    /**
     * Customer contact windows on whole minutes, mostly four hours or longer, with 10:00-20:00 and one crossing midnight as edge cases.
     *
     * @return the generator
     */
    public static Gen<ContactWindow> windows() {
        return Gens.combine(Gens.localTimes(), lengths(24 * 60 - 1),
                (from, minutes) -> ContactWindow.of(from, from.plusMinutes(minutes))).withEdgeCases(ContactWindow.of(LocalTime.of(10, 0), LocalTime.of(20, 0)),
                ContactWindow.of(LocalTime.of(22, 0), LocalTime.of(1, 0)));
    }

    /** Lengths in minutes up to {@code max}: mostly over a third of it, now and then short. */
    private static Gen<Integer> lengths(int max) {
        return Gens.frequency(Gens.weighted(3, Gens.integers(max / 3, max)), Gens.weighted(1, Gens.integers(1, max / 3)));
    }

    /**
     * Attempt policies whose dial window is at least {@code minDialWindow}.
     *
     * @param minDialWindow the shortest dial window, 1 minute to 29 days
     * @return the generator
     */
    public static Gen<AttemptPolicy> attemptPolicies(Duration minDialWindow) {
        return Gens.combine(Gens.integers(1, AttemptPolicy.MAX_BUDGET), Gens.integers(1, 180), Gens.integers(0, 24 * 60),
                (budget, spacing, extra) -> AttemptPolicy.of(budget, Duration.ofMinutes(spacing),
                        minDialWindow.plusMinutes(extra)));
    }

    /**
     * What a planner is built from, kept so properties can check what it promised.
     *
     * @param safetyMargin the safety margin
     * @param rounding the rounding of promises
     * @param reminderLead the reminder's lead
     * @param quietHours the tenant's quiet hours
     * @param horizon how far ahead a promise may be
     * @param attempts the attempt policy
     */
    public record Settings(Duration safetyMargin, PromiseRounding rounding, Duration reminderLead,
            QuietHours quietHours, Duration horizon, AttemptPolicy attempts) {

        /**
         * Builds the planner.
         *
         * @return the planner
         */
        public CallbackPlanner planner() {
            return CallbackPlanner.builder().safetyMargin(safetyMargin).rounding(rounding).reminderLead(reminderLead)
                    .quietHours(quietHours).horizon(horizon).attempts(attempts).build();
        }
    }

    /**
     * Planner settings: margins of 1 minute to 3 hours, mostly under 45 minutes (now and then a day), leads of 1 minute to a
     * day, any quiet hours, horizons from 1 hour to 30 days (often the default 14 days) and attempt
     * policies whose dial window covers the margin and the rounding.
     *
     * @return the generator
     */
    public static Gen<Settings> settings() {
        Gen<Duration> margins = Gens.frequency(Gens.weighted(6, Gens.integers(1, 45).map(m -> Duration.ofMinutes(m))),
                Gens.weighted(3, Gens.integers(46, 180).map(m -> Duration.ofMinutes(m))),
                Gens.weighted(1, Gens.constant(Duration.ofDays(1))));
        Gen<Duration> leads = Gens.frequency(Gens.weighted(8, Gens.integers(1, 90).map(m -> Duration.ofMinutes(m))),
                Gens.weighted(2, Gens.integers(1, 24 * 60).map(m -> Duration.ofMinutes(m))));
        Gen<Duration> horizons = Gens.frequency(Gens.weighted(3, Gens.constant(CallbackPlanner.DEFAULT_HORIZON)),
                Gens.weighted(1, Gens.integers(60, 48 * 60).map(m -> Duration.ofMinutes(m))),
                Gens.weighted(2, Gens.integers(1, 30).map(d -> Duration.ofDays(d))));
        Gen<Settings> drafts = Gens.record(p -> new Settings(p.get(0), p.get(1), p.get(2), p.get(3), p.get(4),
                AttemptPolicy.STANDARD), margins, Gens.enums(PromiseRounding.class), leads, quietHours(), horizons);
        return drafts.flatMap(s -> attemptPolicies(s.safetyMargin().plusMinutes(s.rounding().minutes()))
                .map(policy -> new Settings(s.safetyMargin(), s.rounding(), s.reminderLead(), s.quietHours(),
                        s.horizon(), policy)));
    }

    /**
     * A planner's settings, a request and the specification of each candidate's calendar
     * ({@code specs.get(i)} belongs to candidate {@code c<i>}).
     *
     * @param settings the planner's settings
     * @param request the request
     * @param specs the candidates' calendar specifications, in the order of the request's candidates
     */
    public record Scenario(Settings settings, CallbackRequest request, List<CalendarGens.Spec> specs) {

        /**
         * Returns the specification of a candidate's calendar.
         *
         * @param candidate a candidate of the request
         * @return its calendar's specification
         */
        public CalendarGens.Spec spec(Candidate candidate) {
            return specs.get(request.candidates().indexOf(candidate));
        }

        /**
         * Returns the quiet hours that apply: the request's, else the planner's.
         *
         * @return the quiet hours
         */
        public QuietHours quietHours() {
            QuietHours q = request.quietHours();
            return q != null ? q : settings.quietHours();
        }
    }

    /** A request instant: anywhere in 2025-2027, or within 36 hours of a DST change of a zone. */
    private record Moment(Instant anywhere, int minutesFromAChange, boolean nearAChange, long nanos) {
        Instant in(@Nullable ZoneId zone) {
            ZoneOffsetTransition change = zone == null ? null : zone.getRules().nextTransition(anywhere);
            if (!nearAChange || change == null || change.getInstant().isAfter(CalendarGens.TO)) {
                return anywhere.plusNanos(nanos);
            }
            return change.getInstant().plusSeconds(60L * minutesFromAChange).plusNanos(nanos);
        }
    }

    /**
     * Scenarios: 1-3 candidates with random calendars and handoffs, any customer zone (or none), any
     * window (or none), request-level quiet hours half the time, any priority.
     *
     * @return the generator
     */
    public static Gen<Scenario> scenarios() {
        Gen<List<Drawn>> candidates = Gens.integers(1, 3).flatMap(n -> {
            List<Gen<Drawn>> parts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                parts.add(Gens.combine(CalendarGens.specs(), CalendarGens.handoffs(), Drawn::new));
            }
            return Gens.sequence(parts);
        });
        Gen<Moment> moments = Gens.record(p -> new Moment(p.get(0), p.get(1), p.get(2), p.get(3)),
                CalendarGens.minuteInstants(), Gens.integers(-36 * 60, 36 * 60), Gens.booleans(),
                Gens.longs(0, 59_999_999_999L));
        return Gens.record(p -> scenario(p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), p.get(5), p.get(6)),
                settings(), moments, Gens.nullable(Gens.zones()), Gens.nullable(windows()), Gens.nullable(quietHours()),
                Gens.enums(Priority.class), candidates);
    }

    /** A candidate's calendar and handoff, before the candidate is named. */
    private record Drawn(CalendarGens.Spec spec, Handoff handoff) {}

    private static Scenario scenario(Settings settings, Moment moment, @Nullable ZoneId zone,
            @Nullable ContactWindow window, @Nullable QuietHours quiet, Priority priority, List<Drawn> drawn) {
        List<CalendarGens.Spec> specs = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Drawn d : drawn) {
            CalendarGens.Spec spec = d.spec();
            specs.add(spec);
            candidates.add(new Candidate(ActorId.of("c" + candidates.size()), LocalizedText.of(Locale.JAPANESE,
                    "担当" + candidates.size()).and(Locale.ENGLISH, "responder " + candidates.size()), spec.calendar(),
                    d.handoff()));
        }
        Instant requested = moment.in(zone != null ? zone : specs.get(0).zone());
        return new Scenario(settings, new CallbackRequest(requested, zone, window, quiet, priority, candidates),
                List.copyOf(specs));
    }
}
