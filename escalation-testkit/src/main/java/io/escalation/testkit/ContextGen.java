package io.escalation.testkit;

import io.escalation.model.Department;
import io.escalation.routing.OperatorProfile;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.Thresholds;
import io.escalation.routing.TierLadder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Routing contexts, narrowed in the center's words: {@code contexts().ladder(myLadder)
 * .roster(r -> r.nobodyPresent())}, {@code contexts().in(ZoneId.of("Asia/Tokyo"))}. Immutable.
 * Get one from {@link EscalationGens#contexts()}.
 *
 * <p>Shrinks toward the standard ladder, the empty roster, the default thresholds, no handling time
 * or operator profile of its own (the escalation's are used), no outsourcing and no overdue
 * callbacks, at the earliest instant in {@code Asia/Tokyo}.
 */
public final class ContextGen extends DomainGen<RoutingContext> {

    private final Gen<TierLadder> ladders;
    private final UnaryOperator<RosterGen> roster;
    private final Gen<Instant> nows;
    private final Gen<ZoneId> zones;
    private final Gen<@Nullable Duration> handling;
    private final Gen<@Nullable OperatorProfile> operators;
    private final Gen<Thresholds> thresholds;
    private final Gen<Boolean> outsourced;
    private final Gen<Integer> overdue;
    private final Gen<Boolean> chasing;
    private final Gen<RoutingContext> gen;

    private ContextGen(Gen<TierLadder> ladders, UnaryOperator<RosterGen> roster, Gen<Instant> nows, Gen<ZoneId> zones,
            Gen<@Nullable Duration> handling, Gen<@Nullable OperatorProfile> operators, Gen<Thresholds> thresholds,
            Gen<Boolean> outsourced, Gen<Integer> overdue, Gen<Boolean> chasing) {
        this.ladders = ladders;
        this.roster = roster;
        this.nows = nows;
        this.zones = zones;
        this.handling = handling;
        this.operators = operators;
        this.thresholds = thresholds;
        this.outsourced = outsourced;
        this.overdue = overdue;
        this.chasing = chasing;
        this.gen = ladders.flatMap(this::on);
    }

    static ContextGen any() {
        Gen<Boolean> rarely = Gens.frequency(Gens.weighted(4, Gens.constant(false)), Gens.weighted(1, Gens.constant(true)));
        return new ContextGen(RoutingGens.ladders(), UnaryOperator.identity(), EscalationGens.instants(), Gens.zones(),
                Gens.nullable(Gens.durations(Duration.ZERO, Duration.ofHours(2))),
                Gens.nullable(RoutingGens.operatorProfiles()), RoutingGens.thresholds(), Gens.booleans(),
                Gens.integers(0, 3), rarely);
    }

    /** When and where, and what the context says about the operator. */
    private record Moment(Instant now, ZoneId zone, @Nullable Duration handling, @Nullable OperatorProfile operator) {}

    private Gen<RoutingContext> on(TierLadder ladder) {
        Gen<Moment> moments = Gens.combine(nows, zones, handling, operators, Moment::new);
        return Gens.combine(moments, roster.apply(RoutingGens.rosters(ladder.tiers())), thresholds, outsourced,
                Gens.booleans(), overdue, chasing, (m, people, th, out, departments, late, chase) -> {
                    RoutingContext.Builder b = RoutingContext.builder(m.now()).zone(m.zone()).roster(people)
                            .thresholds(th).outsourced(out).overdueCallbacks(late).customerChasing(chase).ladder(ladder);
                    if (m.handling() != null) {
                        b.handlingTime(m.handling());
                    }
                    if (m.operator() != null) {
                        b.operator(m.operator());
                    }
                    if (departments) {
                        b.department("refund", Department.of("billing"));
                        b.department("cancellation", Department.of("retention"));
                    }
                    List<io.escalation.model.Skill> skills = RoutingGens.SKILLS;
                    return b.skills("mail-setup", Set.of(skills.get(0))).skills("billing", Set.of(skills.get(1)))
                            .skills("network", Set.of(skills.get(2))).build();
                });
    }

    @Override
    Gen<RoutingContext> delegate() {
        return gen;
    }

    /**
     * Only this ladder (and rosters of its tiers).
     *
     * @param ladder the center's ladder
     * @return the narrowed generator
     */
    public ContextGen ladder(TierLadder ladder) {
        return new ContextGen(Gens.constant(Objects.requireNonNull(ladder, "ladder")), roster, nows, zones, handling,
                operators, thresholds, outsourced, overdue, chasing);
    }

    /**
     * Narrows the roster, e.g. {@code roster(r -> r.nobodyPresent())}; the roster keeps the ladder's
     * tiers unless the narrowing picks others.
     *
     * @param narrowing applied to the roster generator of each ladder
     * @return the narrowed generator
     */
    public ContextGen roster(UnaryOperator<RosterGen> narrowing) {
        Objects.requireNonNull(narrowing, "narrowing");
        UnaryOperator<RosterGen> both = r -> narrowing.apply(roster.apply(r));
        return new ContextGen(ladders, both, nows, zones, handling, operators, thresholds, outsourced, overdue, chasing);
    }

    /**
     * Only rosters where everyone is away.
     *
     * @return the narrowed generator
     */
    public ContextGen nobodyPresent() {
        return roster(RosterGen::nobodyPresent);
    }

    /**
     * Only the empty roster.
     *
     * @return the narrowed generator
     */
    public ContextGen emptyRoster() {
        return roster(RosterGen::empty);
    }

    /**
     * Only these thresholds.
     *
     * @param value the center's thresholds
     * @return the narrowed generator
     */
    public ContextGen thresholds(Thresholds value) {
        return new ContextGen(ladders, roster, nows, zones, handling, operators,
                Gens.constant(Objects.requireNonNull(value, "value")), outsourced, overdue, chasing);
    }

    /**
     * Only this zone, e.g. {@code in(ZoneId.of("Asia/Tokyo"))}.
     *
     * @param zone the center's zone
     * @return the narrowed generator
     */
    public ContextGen in(ZoneId zone) {
        return new ContextGen(ladders, roster, nows, Gens.constant(Objects.requireNonNull(zone, "zone")), handling,
                operators, thresholds, outsourced, overdue, chasing);
    }

    /**
     * Only instants in {@code [from, to]}, whole seconds; shrinks toward {@code from}.
     *
     * @param from the earliest
     * @param to the latest
     * @return the narrowed generator
     */
    public ContextGen between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("between needs from <= to, but got " + from + ", " + to);
        }
        return new ContextGen(ladders, roster, Gens.instants(from, to).withEdgeCases(from, to), zones, handling,
                operators, thresholds, outsourced, overdue, chasing);
    }

    /**
     * Contexts that take the handling time and the operator's experience from the escalation.
     *
     * @return the narrowed generator
     */
    public ContextGen factsFromTheEscalation() {
        return new ContextGen(ladders, roster, nows, zones, Gens.constant(null), Gens.constant(null), thresholds,
                outsourced, overdue, chasing);
    }

    /**
     * Contexts without overdue callbacks or a chasing customer.
     *
     * @return the narrowed generator
     */
    public ContextGen noOverdueCallbacks() {
        return new ContextGen(ladders, roster, nows, zones, handling, operators, thresholds, outsourced,
                Gens.constant(0), Gens.constant(false));
    }

    /**
     * Only an outsourced center (or only an in-house one).
     *
     * @param value whether the center is outsourced
     * @return the narrowed generator
     */
    public ContextGen outsourced(boolean value) {
        return new ContextGen(ladders, roster, nows, zones, handling, operators, thresholds, Gens.constant(value),
                overdue, chasing);
    }
}
