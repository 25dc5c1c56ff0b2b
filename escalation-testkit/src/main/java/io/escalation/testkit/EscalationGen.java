package io.escalation.testkit;

import io.escalation.model.CallState;
import io.escalation.model.Channel;
import io.escalation.model.Customer;
import io.escalation.model.CustomerState;
import io.escalation.model.Escalation;
import io.escalation.model.EscalationId;
import io.escalation.model.ExperienceLevel;
import io.escalation.model.FaultAttribution;
import io.escalation.model.IdempotencyKey;
import io.escalation.model.Inquiry;
import io.escalation.model.Operator;
import io.escalation.model.OperatorId;
import io.escalation.model.RequestKind;
import io.escalation.model.SiteId;
import io.escalation.model.Temperature;
import io.escalation.model.TenantId;
import io.escalation.model.Urgency;
import io.escalation.routing.Thresholds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Valid escalations, narrowed in the domain's words: {@code escalations().onlyTrainees()
 * .temperatureAtLeast(Temperature.UPSET)}. Immutable: every narrowing returns a new generator and
 * leaves this one as it was. Get one from {@link EscalationGens#escalations()}.
 *
 * <p>Shrinks toward what a person reads fastest: the lowest temperature allowed, no urgency, no
 * demanded supervisor, the first request kind allowed, no optional parts, shorter text, no
 * handling time (or the shortest allowed) and the earliest instant. Edge cases include a handling
 * time exactly at each take-over threshold of {@link Thresholds#DEFAULTS} and one second before.
 */
public final class EscalationGen extends DomainGen<Escalation> {

    private final Gen<EscalationId> ids;
    private final Gen<TenantId> tenants;
    private final Gen<@Nullable IdempotencyKey> keys;
    private final Gen<Instant> raisedAt;
    private final Gen<Channel> channels;
    private final List<ExperienceLevel> experience;
    private final Gen<Customer> customers;
    private final Gen<Inquiry> inquiries;
    private final List<RequestKind> kinds;
    private final List<Temperature> temperatures;
    private final Gen<Urgency> urgencies;
    private final Gen<Boolean> demanded;
    private final Gen<FaultAttribution> faults;
    private final Gen<CallState> callStates;
    private final Gen<Duration> handlingTimes;
    private final Gen<Escalation> gen;

    private EscalationGen(Gen<EscalationId> ids, Gen<TenantId> tenants, Gen<@Nullable IdempotencyKey> keys,
            Gen<Instant> raisedAt, Gen<Channel> channels, List<ExperienceLevel> experience, Gen<Customer> customers,
            Gen<Inquiry> inquiries, List<RequestKind> kinds, List<Temperature> temperatures, Gen<Urgency> urgencies,
            Gen<Boolean> demanded, Gen<FaultAttribution> faults, Gen<CallState> callStates,
            Gen<Duration> handlingTimes) {
        this.ids = ids;
        this.tenants = tenants;
        this.keys = keys;
        this.raisedAt = raisedAt;
        this.channels = channels;
        this.experience = experience;
        this.customers = customers;
        this.inquiries = inquiries;
        this.kinds = kinds;
        this.temperatures = temperatures;
        this.urgencies = urgencies;
        this.demanded = demanded;
        this.faults = faults;
        this.callStates = callStates;
        this.handlingTimes = handlingTimes;
        this.gen = build();
    }

    static EscalationGen any() {
        return new EscalationGen(EscalationGens.escalationIds(), EscalationGens.tenants(),
                Gens.nullable(EscalationGens.codes().map(IdempotencyKey::new)), EscalationGens.instants(),
                Gens.enums(Channel.class), List.of(ExperienceLevel.values()), EscalationGens.customers(),
                EscalationGens.inquiries(), List.of(RequestKind.values()), List.of(Temperature.values()),
                EscalationGens.urgencies(), Gens.booleans(), Gens.enums(FaultAttribution.class),
                EscalationGens.callStates(), EscalationGens.handlingTimes());
    }

    /** The parts drawn first: who raised it, when, for whom. */
    private record Head(EscalationId id, TenantId tenant, @Nullable IdempotencyKey key, Instant raisedAt,
            Channel channel, Operator operator, Customer customer) {}

    private Gen<Escalation> build() {
        Gen<Operator> operators = Gens.combine(EscalationGens.codes().map(OperatorId::new), Gens.elements(experience),
                EscalationGens.codes().map(SiteId::new), Operator::new);
        Gen<CustomerState> states = Gens.combine(Gens.elements(temperatures), urgencies, demanded, CustomerState::new);
        Gen<Inquiry> asked = kinds.size() == RequestKind.values().length ? inquiries
                : Gens.combine(inquiries, Gens.elements(kinds), (q, k) -> q.toBuilder().kind(k).build());
        Gen<Head> heads = Gens.combine(ids, tenants, keys, raisedAt, channels, operators, customers, Head::new);
        return Gens.combine(heads, asked, states, faults, callStates, handlingTimes,
                (h, inquiry, state, fault, call, handling) -> new Escalation(h.id(), h.tenant(), h.key(),
                        h.raisedAt(), h.channel(), h.operator(), h.customer(), inquiry, state, fault, call, handling));
    }

    @Override
    Gen<Escalation> delegate() {
        return gen;
    }

    // ---------------------------------------------------------------- the operator

    /**
     * Only escalations raised by trainees (新人).
     *
     * @return the narrowed generator
     */
    public EscalationGen onlyTrainees() {
        return experience(ExperienceLevel.TRAINEE);
    }

    /**
     * Only escalations raised by veterans (ベテラン).
     *
     * @return the narrowed generator
     */
    public EscalationGen onlyVeterans() {
        return experience(ExperienceLevel.VETERAN);
    }

    /**
     * Only escalations raised by operators of these experience levels; shrinks toward the first.
     *
     * @param levels at least one
     * @return the narrowed generator
     */
    public EscalationGen experience(ExperienceLevel... levels) {
        return new EscalationGen(ids, tenants, keys, raisedAt, channels, nonEmpty("experience", levels), customers,
                inquiries, kinds, temperatures, urgencies, demanded, faults, callStates, handlingTimes);
    }

    // ---------------------------------------------------------------- the customer

    /**
     * Only customers at least this upset, e.g. {@code temperatureAtLeast(Temperature.UPSET)}; shrinks
     * toward {@code temperature}.
     *
     * @param temperature the coolest temperature generated
     * @return the narrowed generator
     */
    public EscalationGen temperatureAtLeast(Temperature temperature) {
        Objects.requireNonNull(temperature, "temperature");
        return temperatures(temperatures.stream().filter(t -> t.isAtLeast(temperature)).toList(),
                "temperatureAtLeast(" + temperature + ")");
    }

    /**
     * Only customers at most this upset; shrinks toward the coolest allowed.
     *
     * @param temperature the hottest temperature generated
     * @return the narrowed generator
     */
    public EscalationGen temperatureAtMost(Temperature temperature) {
        Objects.requireNonNull(temperature, "temperature");
        return temperatures(temperatures.stream().filter(t -> temperature.isAtLeast(t)).toList(),
                "temperatureAtMost(" + temperature + ")");
    }

    /**
     * Only customers at one of these temperatures; shrinks toward the coolest.
     *
     * @param allowed at least one
     * @return the narrowed generator
     */
    public EscalationGen temperature(Temperature... allowed) {
        return temperatures(nonEmpty("temperature", allowed).stream().sorted().distinct().toList(), "temperature");
    }

    private EscalationGen temperatures(List<Temperature> allowed, String what) {
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException(what + " leaves no temperature of " + temperatures);
        }
        return new EscalationGen(ids, tenants, keys, raisedAt, channels, experience, customers, inquiries, kinds,
                allowed, urgencies, demanded, faults, callStates, handlingTimes);
    }

    /**
     * Only customers who demanded a supervisor (上司を出せ).
     *
     * @return the narrowed generator
     */
    public EscalationGen demandingASupervisor() {
        return new EscalationGen(ids, tenants, keys, raisedAt, channels, experience, customers, inquiries, kinds,
                temperatures, urgencies, Gens.constant(true), faults, callStates, handlingTimes);
    }

    /**
     * Only customers who did not demand a supervisor.
     *
     * @return the narrowed generator
     */
    public EscalationGen notDemandingASupervisor() {
        return new EscalationGen(ids, tenants, keys, raisedAt, channels, experience, customers, inquiries, kinds,
                temperatures, urgencies, Gens.constant(false), faults, callStates, handlingTimes);
    }

    /**
     * Only customers without urgency signals.
     *
     * @return the narrowed generator
     */
    public EscalationGen withoutUrgency() {
        return new EscalationGen(ids, tenants, keys, raisedAt, channels, experience, customers, inquiries, kinds,
                temperatures, Gens.constant(Urgency.NONE), demanded, faults, callStates, handlingTimes);
    }

    /**
     * Customers from another generator (say, always with a name and a phone number).
     *
     * @param gen the customers
     * @return the narrowed generator
     */
    public EscalationGen customers(Gen<Customer> gen) {
        return new EscalationGen(ids, tenants, keys, raisedAt, channels, experience, Objects.requireNonNull(gen, "gen"),
                inquiries, kinds, temperatures, urgencies, demanded, faults, callStates, handlingTimes);
    }

    // ---------------------------------------------------------------- the inquiry

    /**
     * Only inquiries of these kinds, e.g. {@code kind(RequestKind.HARASSMENT)}; shrinks toward the
     * first.
     *
     * @param allowed at least one
     * @return the narrowed generator
     */
    public EscalationGen kind(RequestKind... allowed) {
        return new EscalationGen(ids, tenants, keys, raisedAt, channels, experience, customers, inquiries,
                nonEmpty("kind", allowed), temperatures, urgencies, demanded, faults, callStates, handlingTimes);
    }

    /**
     * Only escalations where the fault is one of these.
     *
     * @param allowed at least one
     * @return the narrowed generator
     */
    public EscalationGen fault(FaultAttribution... allowed) {
        return new EscalationGen(ids, tenants, keys, raisedAt, channels, experience, customers, inquiries, kinds,
                temperatures, urgencies, demanded, Gens.elements(nonEmpty("fault", allowed)), callStates,
                handlingTimes);
    }

    /**
     * Inquiries from another generator; {@link #kind} still applies on top.
     *
     * @param gen the inquiries
     * @return the narrowed generator
     */
    public EscalationGen inquiries(Gen<Inquiry> gen) {
        return new EscalationGen(ids, tenants, keys, raisedAt, channels, experience, customers,
                Objects.requireNonNull(gen, "gen"), kinds, temperatures, urgencies, demanded, faults, callStates,
                handlingTimes);
    }

    // ---------------------------------------------------------------- time

    /**
     * Only handling times in {@code [min, max]}, whole seconds; shrinks toward {@code min}; the
     * bounds are edge cases.
     *
     * @param min the shortest, zero or more
     * @param max the longest, at most {@link Escalation#MAX_HANDLING_TIME}
     * @return the narrowed generator
     */
    public EscalationGen handlingTimeBetween(Duration min, Duration max) {
        if (min.isNegative() || max.compareTo(min) < 0 || max.compareTo(Escalation.MAX_HANDLING_TIME) > 0) {
            throw new IllegalArgumentException("handlingTimeBetween needs 0 <= min <= max <= "
                    + Escalation.MAX_HANDLING_TIME + ", but got " + min + ", " + max);
        }
        return handlingTimes(Gens.durations(min, max));
    }

    /**
     * Only handling times exactly at one of the take-over thresholds, or one second before or after
     * (10, 15 and 20 minutes by default): the cases where an off-by-one shows.
     *
     * @param thresholds the center's thresholds
     * @return the narrowed generator
     */
    public EscalationGen handlingTimeAtAThreshold(Thresholds thresholds) {
        List<Duration> at = new ArrayList<>();
        for (ExperienceLevel level : ExperienceLevel.values()) {
            Duration limit = thresholds.takeOverAfter(level);
            at.addAll(List.of(limit, limit.minusSeconds(1), limit.plusSeconds(1)));
        }
        return handlingTimes(Gens.elements(at.stream().distinct().sorted().toList()));
    }

    private EscalationGen handlingTimes(Gen<Duration> gen) {
        return new EscalationGen(ids, tenants, keys, raisedAt, channels, experience, customers, inquiries, kinds,
                temperatures, urgencies, demanded, faults, callStates, gen);
    }

    /**
     * Only escalations raised in {@code [from, to]}, at whole seconds; shrinks toward {@code from}.
     *
     * @param from the earliest
     * @param to the latest, not before {@code from}
     * @return the narrowed generator
     */
    public EscalationGen raisedBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("raisedBetween needs from <= to, but got " + from + ", " + to);
        }
        return new EscalationGen(ids, tenants, keys, Gens.instants(from, to).withEdgeCases(from, to), channels,
                experience, customers, inquiries, kinds, temperatures, urgencies, demanded, faults, callStates,
                handlingTimes);
    }

    /**
     * Only customers still on the line (live or on hold).
     *
     * @return the narrowed generator
     */
    public EscalationGen onTheLine() {
        return new EscalationGen(ids, tenants, keys, raisedAt, channels, experience, customers, inquiries, kinds,
                temperatures, urgencies, demanded, faults,
                Gens.oneOf(Gens.constant(CallState.live()), EscalationGens.instants().map(CallState::onHold)),
                handlingTimes);
    }

    @SafeVarargs
    @SuppressWarnings("varargs")
    private static <T> List<T> nonEmpty(String what, T... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException(what + " needs at least one value");
        }
        return List.copyOf(Arrays.asList(values));
    }
}
