package io.escalation.testkit;

import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.CallbackOption;
import io.escalation.callback.CallbackPlanner;
import io.escalation.callback.CallbackRequest;
import io.escalation.callback.Candidate;
import io.escalation.callback.Handoff;
import io.escalation.model.Category;
import io.escalation.model.CustomerState;
import io.escalation.model.Escalation;
import io.escalation.model.Inquiry;
import io.escalation.model.Tier;
import io.escalation.routing.Presence;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingDecision;
import io.escalation.routing.RoutingMode;
import io.escalation.routing.RoutingPolicy;
import io.escalation.routing.Staffing;
import io.escalation.routing.Thresholds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Replays a {@link SimulatedDay} of escalations against a routing policy, a {@link SimulatedRoster}
 * and the callback planner, and reports per hour and tier what would happen
 * ({@link SimulationReport}); two policies on the same day compare side by side. Deterministic: the
 * same day, roster and policy give the same report. Immutable and thread-safe.
 *
 * <pre>{@code
 * SimulatedDay day = SimulatedDay.generator(LocalDate.of(2026, 11, 24), ZoneId.of("Asia/Tokyo")).generate(7);
 * PolicySimulator simulator = PolicySimulator.builder(roster).build();
 * SimulationComparison c = simulator.compare("standard", RoutingPolicies.standard(),
 *         "rule set", RoutingPolicies.fromJson(json), day);
 * System.out.println(c.toMarkdown());
 * }</pre>
 *
 * <h2>The queue model</h2>
 * <ol>
 *   <li>Escalations are routed one by one in the order they are raised (ties in input order), each
 *       at its own instant, with a context whose roster is the simulated one at that moment: a
 *       responder absent in that hour is {@link Presence#AWAY}, one still handling an earlier
 *       escalation {@link Presence#BUSY}, the others {@link Presence#AVAILABLE}; a responder's load is
 *       the number of escalations assigned to them and not yet finished.</li>
 *   <li>A decision the operator keeps ({@link Staffing#SELF}) never queues. Any other goes to a
 *       responder of the decided tier: the decision's assignee when it names a responder of the
 *       roster, else the responder of that tier who can start first (the first added on ties).</li>
 *   <li>Each responder handles one escalation at a time, first come first served, for the
 *       escalation's handling time. They start at the first instant that is not before the raise,
 *       not before they are free, and in an hour they are present; once started, they finish (work
 *       runs on past a shift's end). The wait is the start minus the raise. An escalation nobody of
 *       its tier can start before the day ends is unserved.</li>
 *   <li>A callback is promised when the decision's mode is {@link RoutingMode#CALL_BACK}, when the
 *       wait would exceed the {@linkplain Builder#holdLimit hold limit} (the customer is not kept on
 *       hold longer), or when the escalation is unserved. The planner plans it at the raise, with the
 *       chosen responder as the candidate (all of the tier's responders for an unserved escalation),
 *       each with a calendar of the hours they are present and a live handoff.</li>
 *   <li>A promise is missed when its deadline comes before the responder starts (for an unserved
 *       escalation: before the day ends; a promise for a later day is not judged). When the planner
 *       finds no option, no promise is made.</li>
 *   <li>Busy time counts in the hours it falls in, up to the end of the day.</li>
 * </ol>
 */
public final class PolicySimulator {

    /** The default hold limit: a customer is kept on hold at most 5 minutes. */
    public static final Duration DEFAULT_HOLD_LIMIT = Duration.ofMinutes(5);

    private final SimulatedRoster roster;
    private final CallbackPlanner planner;
    private final Duration holdLimit;
    private final Thresholds thresholds;

    private PolicySimulator(Builder b) {
        this.roster = b.roster;
        this.planner = b.planner;
        this.holdLimit = b.holdLimit;
        this.thresholds = b.thresholds;
    }

    /**
     * Starts a simulator over a roster, with the default callback planner, a hold limit of
     * {@link #DEFAULT_HOLD_LIMIT 5 minutes} and the default thresholds in the routing context.
     *
     * @param roster who is present when
     * @return a builder
     */
    public static Builder builder(SimulatedRoster roster) {
        return new Builder(Objects.requireNonNull(roster, "roster"));
    }

    /**
     * Compares two policies on the same day.
     *
     * @param firstName the first policy's name in the report
     * @param first the first policy
     * @param secondName the second policy's name
     * @param second the second policy
     * @param day the day
     * @return the comparison, first policy first
     */
    public SimulationComparison compare(String firstName, RoutingPolicy first, String secondName,
            RoutingPolicy second, SimulatedDay day) {
        return run(firstName, first, day).compare(run(secondName, second, day));
    }

    /**
     * Replays the day against the policy.
     *
     * @param name the policy's name in the report
     * @param policy the policy
     * @param day the day
     * @return the report
     * @throws RuntimeException whatever the policy throws: policies must be total, and the simulator
     *     does not hide a policy that is not
     */
    public SimulationReport run(String name, RoutingPolicy policy, SimulatedDay day) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(day, "day");
        return new Run(day).play(name, policy);
    }

    /** One replay: the mutable state of the queues, confined to one call of {@link #run}. */
    private final class Run {
        private final SimulatedDay day;
        private final List<SimulatedRoster.Duty> duties;
        private final List<Candidate> candidates = new ArrayList<>();
        private final Instant[] freeAt;
        private final List<List<Instant>> finishes = new ArrayList<>();
        private final TreeMap<Tier, Tally[]> tallies = new TreeMap<>();

        Run(SimulatedDay day) {
            this.day = day;
            this.duties = roster.duties();
            this.freeAt = new Instant[duties.size()];
            for (int i = 0; i < duties.size(); i++) {
                SimulatedRoster.Duty d = duties.get(i);
                freeAt[i] = day.start();
                finishes.add(new ArrayList<>());
                BusinessCalendar calendar = d.onDuty() ? d.calendar(day.zone()) : null;
                candidates.add(calendar == null ? null : Candidate.of(Responder.available(d.id(), d.tier()),
                        calendar, new Handoff.Live()));
                tally(d.tier(), 0);
            }
        }

        SimulationReport play(String name, RoutingPolicy policy) {
            List<SimulatedEscalation> all = day.escalations();
            for (int i = 0; i < all.size(); i++) {
                one(i, all.get(i), policy);
            }
            List<SimulationReport.Row> rows = new ArrayList<>();
            for (int hour = 0; hour < 24; hour++) {
                for (var e : tallies.entrySet()) {
                    rows.add(e.getValue()[hour].row(hour, e.getKey(), roster.present(e.getKey(), hour)));
                }
            }
            return new SimulationReport(name, day.date(), day.zone(), all.size(), rows);
        }

        private void one(int index, SimulatedEscalation s, RoutingPolicy policy) {
            Instant at = s.at();
            int hour = hourOf(at);
            Escalation escalation = escalationOf(index, s);
            RoutingDecision decision = policy.route(escalation, RoutingContext.builder(at).zone(day.zone())
                    .thresholds(thresholds).roster(rosterAt(at, hour)).build());
            Tier tier = decision.tier();
            Tally tally = tally(tier, hour);
            tally.escalations++;
            if (decision.mode() == RoutingMode.TAKE_OVER) {
                tally.takeOvers++;
            }
            if (decision.staffing() == Staffing.SELF) {
                tally.kept++;
                return;
            }
            int named = assigneeIndex(decision, tier);
            int chosen = earliest(tier, at, named);
            if (chosen < 0 && named >= 0) {
                chosen = earliest(tier, at, -1);
            }
            Instant start = chosen < 0 ? null : firstPresent(duties.get(chosen), later(at, freeAt[chosen])).orElseThrow();
            Duration wait = start == null ? Duration.ZERO : Duration.between(at, start);
            if (start == null) {
                tally.unserved++;
            } else {
                Instant end = start.plus(s.handlingTime());
                freeAt[chosen] = end;
                finishes.get(chosen).add(end);
                busy(tier, start, end);
                if (!wait.isZero()) {
                    tally.waited++;
                    tally.totalWait = tally.totalWait.plus(wait);
                    if (wait.compareTo(tally.longestWait) > 0) {
                        tally.longestWait = wait;
                    }
                }
            }
            if (decision.mode() == RoutingMode.CALL_BACK || start == null || wait.compareTo(holdLimit) > 0) {
                promise(escalation, decision, tier, chosen, start, tally);
            }
        }

        /** The roster index of the decision's assignee when it is a responder of this tier, else -1. */
        private int assigneeIndex(RoutingDecision decision, Tier tier) {
            Responder a = decision.assignee();
            for (int i = 0; a != null && i < duties.size(); i++) {
                if (duties.get(i).tier().equals(tier) && duties.get(i).id().equals(a.id().value())) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * The responder of {@code tier} (only {@code only}, when it is 0 or more) who can start first,
         * the first in the roster on ties; -1 when none can start before the day ends.
         */
        private int earliest(Tier tier, Instant at, int only) {
            int best = -1;
            Instant bestStart = null;
            for (int i = 0; i < duties.size(); i++) {
                SimulatedRoster.Duty d = duties.get(i);
                if (!d.tier().equals(tier) || (only >= 0 && i != only)) {
                    continue;
                }
                Optional<Instant> start = firstPresent(d, later(at, freeAt[i]));
                if (start.isPresent() && (bestStart == null || start.get().isBefore(bestStart))) {
                    best = i;
                    bestStart = start.get();
                }
            }
            return best;
        }

        private void promise(Escalation escalation, RoutingDecision decision, Tier tier, int chosen,
                Instant start, Tally tally) {
            List<Candidate> who = new ArrayList<>();
            if (chosen >= 0) {
                who.add(candidates.get(chosen));
            } else {
                for (int i = 0; i < duties.size(); i++) {
                    if (duties.get(i).tier().equals(tier) && candidates.get(i) != null) {
                        who.add(candidates.get(i));
                    }
                }
            }
            if (who.isEmpty()) {
                return;
            }
            Optional<CallbackOption> best = planner.plan(CallbackRequest.of(escalation, escalation.raisedAt(),
                    decision.priority(), who)).best();
            if (best.isEmpty()) {
                return;
            }
            tally.promisesMade++;
            Instant deadline = best.get().promiseBy();
            if (start != null ? deadline.isBefore(start) : deadline.isBefore(day.end())) {
                tally.promisesMissed++;
            }
        }

        private List<Responder> rosterAt(Instant at, int hour) {
            List<Responder> out = new ArrayList<>(duties.size());
            for (int i = 0; i < duties.size(); i++) {
                SimulatedRoster.Duty d = duties.get(i);
                finishes.get(i).removeIf(end -> !end.isAfter(at));
                Presence presence = !d.presentAt(hour) ? Presence.AWAY
                        : freeAt[i].isAfter(at) ? Presence.BUSY : Presence.AVAILABLE;
                out.add(Responder.builder(d.id(), d.tier()).presence(presence)
                        .load(Math.min(1000, finishes.get(i).size())).build());
            }
            return out;
        }

        /** The first instant from {@code t} on, before the day ends, in an hour the responder is present. */
        private Optional<Instant> firstPresent(SimulatedRoster.Duty d, Instant t) {
            if (!t.isBefore(day.end())) {
                return Optional.empty();
            }
            int hour = hourOf(t);
            if (d.presentAt(hour)) {
                return Optional.of(t);
            }
            for (int h = hour + 1; h < 24; h++) {
                if (d.presentAt(h)) {
                    return Optional.of(hourStart(h));
                }
            }
            return Optional.empty();
        }

        private void busy(Tier tier, Instant start, Instant end) {
            Instant from = start;
            Instant stop = end.isBefore(day.end()) ? end : day.end();
            while (from.isBefore(stop)) {
                int hour = hourOf(from);
                Instant next = hour == 23 ? day.end() : hourStart(hour + 1);
                Instant until = next.isBefore(stop) ? next : stop;
                Tally t = tally(tier, hour);
                t.busy = t.busy.plus(Duration.between(from, until));
                from = until;
            }
        }

        private Tally tally(Tier tier, int hour) {
            return tallies.computeIfAbsent(tier, k -> {
                Tally[] hours = new Tally[24];
                for (int h = 0; h < 24; h++) {
                    hours[h] = new Tally();
                }
                return hours;
            })[hour];
        }

        private int hourOf(Instant t) {
            return t.atZone(day.zone()).getHour();
        }

        private Instant hourStart(int hour) {
            return day.date().atTime(hour, 0).atZone(day.zone()).toInstant();
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * The escalation the policy sees: the seeds' trainee in Tokyo, with the simulated kind,
     * temperature and operator time; no personal data beyond the seed's reference.
     */
    static Escalation escalationOf(int index, SimulatedEscalation s) {
        return EscalationGens.seed(s.at())
                .id(String.format(java.util.Locale.ROOT, "sim-%05d", index + 1))
                .inquiry(Inquiry.builder(s.kind())
                        .category(Category.of("simulated", "シミュレーション"))
                        .decisionWanted("判断してほしい")
                        .build())
                .customerState(CustomerState.of(s.temperature()))
                .handlingTime(s.operatorTime())
                .build();
    }

    /** Counts for one hour of one tier, while a run goes on. */
    private static final class Tally {
        int escalations;
        int kept;
        int takeOvers;
        int waited;
        Duration totalWait = Duration.ZERO;
        Duration longestWait = Duration.ZERO;
        int unserved;
        int promisesMade;
        int promisesMissed;
        Duration busy = Duration.ZERO;

        SimulationReport.Row row(int hour, Tier tier, int present) {
            return new SimulationReport.Row(hour, tier, escalations, kept, takeOvers, waited, totalWait, longestWait,
                    unserved, promisesMade, promisesMissed, busy, present);
        }
    }

    /** Configures a simulator; not thread-safe. */
    public static final class Builder {
        private final SimulatedRoster roster;
        private CallbackPlanner planner = CallbackPlanner.builder().build();
        private Duration holdLimit = DEFAULT_HOLD_LIMIT;
        private Thresholds thresholds = Thresholds.DEFAULTS;

        private Builder(SimulatedRoster roster) {
            this.roster = roster;
        }

        /**
         * Sets the callback planner that computes promises.
         *
         * @param value the planner
         * @return this builder
         */
        public Builder planner(CallbackPlanner value) {
            this.planner = Objects.requireNonNull(value, "planner");
            return this;
        }

        /**
         * Sets how long a customer is kept on hold at most; a longer wait means a callback is promised.
         *
         * @param value zero or more
         * @return this builder
         */
        public Builder holdLimit(Duration value) {
            Objects.requireNonNull(value, "holdLimit");
            if (value.isNegative()) {
                throw new IllegalArgumentException("holdLimit must not be negative, but was " + value);
            }
            this.holdLimit = value;
            return this;
        }

        /**
         * Sets the thresholds of every routing context.
         *
         * @param value the center's thresholds
         * @return this builder
         */
        public Builder thresholds(Thresholds value) {
            this.thresholds = Objects.requireNonNull(value, "thresholds");
            return this;
        }

        /**
         * Builds the simulator.
         *
         * @return the simulator
         */
        public PolicySimulator build() {
            return new PolicySimulator(this);
        }
    }

    @Override
    public String toString() {
        return "PolicySimulator[" + roster + ", hold limit " + holdLimit + "]";
    }
}
