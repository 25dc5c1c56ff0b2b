package io.escalation.testkit;

import io.escalation.lifecycle.Action;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.ExceptionDecision;
import io.escalation.lifecycle.ExplanationOutcome;
import io.escalation.lifecycle.ReferralKind;
import io.escalation.model.ActorId;
import io.escalation.model.Category;
import io.escalation.model.Channel;
import io.escalation.model.CustomerState;
import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.Inquiry;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.RequestKind;
import io.escalation.model.SiteId;
import io.escalation.model.Temperature;
import io.escalation.model.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generators of realistic escalation histories: event lists that {@link io.escalation.lifecycle.EscalationState#fold}
 * accepts and whose tier moves follow the shapes of real help-desk logs (see {@link Shape}).
 *
 * <pre>{@code
 * Property.forAll(TraceGens.histories().shaped(TraceGens.Shape.PING_PONG))
 *         .check(history -> assertTrue(myConsumer.accepts(history)));
 * }</pre>
 *
 * <p>Every history starts with the raise by the escalation's operator; supervisors, managers and
 * the department act in their own roles, department answers take hours, floor steps minutes.
 * Histories shrink toward shorter ones of the same shape: fewer referral rounds, fewer reopenings,
 * no callbacks or chases, no closing event, shorter gaps; every shrink candidate is still valid
 * and still of its shape. Immutable and thread-safe.
 */
public final class TraceGens {

    /** The department generated histories refer to. */
    public static final Department DEPARTMENT = Department.of("refunds");

    private static final Instant DAY = Instant.parse("2026-11-24T00:00:00Z");
    private static final Actor SUPERVISOR = Actor.supervisor("sv-1");
    private static final Actor MANAGER = Actor.manager("mgr-1");
    private static final Actor DEPARTMENT_DESK = Actor.department("dept-refunds");
    private static final Reason GENERATED = Reason.of("generated", "TraceGens");

    private TraceGens() {}

    /**
     * The shapes of real help-desk logs. A history has exactly one shape, decided by
     * {@link #of(List)} in this order: reopened, ping-pong, up-and-back, short.
     */
    public enum Shape {
        /**
         * Plain and short: the supervisor instructs or takes over and it is resolved on the floor,
         * or the operator withdraws it; no referral, no reopening.
         */
        SHORT,
        /**
         * Operator, supervisor (or manager), department and back: referred once, answered, explained
         * to the customer, who accepts.
         */
        UP_AND_BACK,
        /**
         * Ping-pong between the floor and the department: referred again after the answer was
         * explained and the customer was not satisfied, at least twice in all.
         */
        PING_PONG,
        /** Reopened after resolution (the customer came back), then resolved again. */
        REOPENED;

        /**
         * Classifies a history: {@link #REOPENED} when it has a reopening, else {@link #PING_PONG}
         * with two referrals or more, {@link #UP_AND_BACK} with one, {@link #SHORT} otherwise.
         *
         * @param history a history
         * @return its shape
         */
        public static Shape of(List<EscalationEvent> history) {
            int referrals = 0;
            for (EscalationEvent e : history) {
                if (e.action() == Action.REOPEN) {
                    return REOPENED;
                }
                if (e.action() == Action.REFER) {
                    referrals++;
                }
            }
            return referrals >= 2 ? PING_PONG : referrals == 1 ? UP_AND_BACK : SHORT;
        }
    }

    /**
     * Histories of every shape.
     *
     * @return the generator; narrow it with {@link Histories#shaped}
     */
    public static Histories histories() {
        return new Histories(EnumSet.allOf(Shape.class));
    }

    /**
     * A generator of histories of some shapes, chosen uniformly; shrinks toward shorter histories
     * of the same shape.
     */
    public static final class Histories implements Gen<List<EscalationEvent>> {
        private final List<Shape> shapes;
        private final List<Gen<List<EscalationEvent>>> byShape = new ArrayList<>();

        private Histories(Set<Shape> shapes) {
            this.shapes = List.copyOf(shapes);
            for (Shape s : this.shapes) {
                byShape.add(plans(s).map(Plan::play));
            }
        }

        /**
         * Narrows to the given shapes.
         *
         * @param first a shape
         * @param more further shapes
         * @return a generator of histories of these shapes only
         */
        public Histories shaped(Shape first, Shape... more) {
            if (first == null) {
                throw new IllegalArgumentException("shaped: first must not be null");
            }
            EnumSet<Shape> set = EnumSet.of(first);
            for (int i = 0; i < more.length; i++) {
                if (more[i] == null) {
                    throw new IllegalArgumentException("shaped: more[" + i + "] must not be null");
                }
                set.add(more[i]);
            }
            return new Histories(set);
        }

        /**
         * Returns the shapes this generator produces.
         *
         * @return the shapes, in declaration order
         */
        public List<Shape> shapes() {
            return shapes;
        }

        @Override
        public Shrinkable<List<EscalationEvent>> generate(RandomGenerator random, int size) {
            // the shape is drawn without a shrink tree of its own: shrinking never changes the shape
            return byShape.get(random.nextInt(byShape.size())).generate(random, size);
        }
    }

    // ------------------------------------------------------------------ plans

    /** How the supervisor tier first handles it. */
    private enum Floor { INSTRUCT, SUPERVISOR_TAKES_OVER, MANAGER_TAKES_OVER }

    /** Things that happen while the escalation waits (on the department, or on the floor). */
    private enum Extra { CALLBACK_MADE, CALLBACK_MISSED_THEN_MADE, CUSTOMER_CHASED, AWAITING_CUSTOMER }

    /**
     * Everything a history is played from; every component shrinks toward a shorter history.
     *
     * @param shape the shape
     * @param kind the request
     * @param temperature the customer's temperature
     * @param raisedMinute minute of the day it is raised
     * @param floor how the supervisor tier handles it first
     * @param rounds referral rounds (ping-pong: 2 or more; up-and-back: 1; short: 0; reopened: 0 or 1 before)
     * @param reopenings how often it is reopened (reopened: 1 or more)
     * @param extras what happens while it waits
     * @param withdraw for short histories: withdrawn by the operator instead of resolved
     * @param close whether a closing event ends it
     * @param grant for irregular handling: the exception is granted (with the manager's approval)
     * @param gaps minutes between floor steps, used in turn
     * @param answerHours hours the department takes, used in turn
     */
    private record Plan(Shape shape, RequestKind kind, Temperature temperature, int raisedMinute, Floor floor,
            int rounds, int reopenings, List<Extra> extras, boolean withdraw, boolean close, boolean grant,
            List<Integer> gaps, List<Integer> answerHours) {

        List<EscalationEvent> play() {
            return new Player(this).play();
        }
    }

    private static Gen<Plan> plans(Shape shape) {
        Gen<Integer> rounds = switch (shape) {
            case SHORT -> Gens.constant(0);
            case UP_AND_BACK -> Gens.constant(1);
            case PING_PONG -> Gens.integers(2, 5);
            case REOPENED -> Gens.integers(0, 1);
        };
        Gen<Integer> reopenings = shape == Shape.REOPENED ? Gens.integers(1, 3) : Gens.constant(0);
        Gen<RequestKind> kinds = Gens.elements(RequestKind.ADVICE, RequestKind.COMPLAINT, RequestKind.TAKE_OVER,
                RequestKind.IRREGULAR_HANDLING, RequestKind.HARASSMENT);
        return Gens.record(p -> new Plan(shape, p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), p.get(5), p.get(6),
                        // part 7 shrinks toward false: withdrawn, the shorter short history
                        shape == Shape.SHORT && !p.<Boolean>get(7), p.get(8), p.get(9), p.get(10), p.get(11)),
                kinds, Gens.enums(Temperature.class), Gens.integers(8 * 60, 20 * 60), Gens.enums(Floor.class),
                rounds, reopenings, Gens.lists(Gens.enums(Extra.class), 0, 4), Gens.booleans(), Gens.booleans(),
                Gens.booleans(), Gens.lists(Gens.integers(1, 25), 6, 6), Gens.lists(Gens.integers(1, 72), 3, 3));
    }

    /** Plays a plan into events; only ever emits what the lifecycle accepts where it stands. */
    private static final class Player {
        private final Plan plan;
        private final Escalation escalation;
        private final Actor operator;
        private final List<EscalationEvent> events = new ArrayList<>();
        private Instant at;
        private int gap;
        private int answer;
        private int extra;
        private boolean approved;
        private Actor owner;

        Player(Plan plan) {
            this.plan = plan;
            this.at = DAY.plus(Duration.ofMinutes(plan.raisedMinute()));
            this.escalation = EscalationGens.seed(at)
                    .id("trace-" + plan.shape().name().toLowerCase(java.util.Locale.ROOT))
                    .inquiry(Inquiry.builder(plan.kind())
                            .category(Category.of("refund", "返金の可否"))
                            .decisionWanted("返金できるか判断してほしい")
                            .build())
                    .customerState(CustomerState.of(plan.temperature()))
                    .build();
            this.operator = Actor.operator(escalation.operator().id().value());
            this.owner = operator;
        }

        List<EscalationEvent> play() {
            emit(operator, new Change.Raised(escalation, Tier.SUPERVISOR, SUPERVISOR, Priority.NORMAL,
                    List.of(GENERATED), false), Duration.ZERO);
            emit(SUPERVISOR, Change.acknowledged(), step());
            owner = SUPERVISOR;
            if (plan.shape() == Shape.SHORT && plan.withdraw()) {
                extras();
                emit(operator, Change.withdrawn(null), step());
                finish();
                return List.copyOf(events);
            }
            floor();
            extras();
            if (plan.rounds() == 0) {
                resolve();
            } else {
                referrals(plan.rounds());
            }
            for (int i = 0; i < plan.reopenings(); i++) {
                emit(SUPERVISOR, Change.reopened(null), hours(24));
                owner = SUPERVISOR;
                if (i % 2 == 1) {
                    referrals(1);
                } else {
                    emit(SUPERVISOR, Change.instructed("再度のご案内"), step());
                    resolve();
                }
            }
            finish();
            return List.copyOf(events);
        }

        private void floor() {
            switch (plan.floor()) {
                case INSTRUCT -> {
                    emit(SUPERVISOR, Change.instructed("規定どおりご案内してください"), step());
                    owner = plan.kind() == RequestKind.IRREGULAR_HANDLING ? SUPERVISOR : operator;
                }
                case SUPERVISOR_TAKES_OVER -> {
                    emit(SUPERVISOR, Change.takenOver(Tier.SUPERVISOR), step());
                    owner = SUPERVISOR;
                }
                case MANAGER_TAKES_OVER -> {
                    emit(MANAGER, Change.takenOver(Tier.MANAGER), step());
                    owner = MANAGER;
                }
            }
        }

        /** Refers, gets the answer and explains, {@code n} times; the last explanation is accepted. */
        private void referrals(int n) {
            for (int r = 0; r < n; r++) {
                String why = r == 0 ? "refund-decision" : "customer-not-satisfied";
                Actor referrer = owner.role() == io.escalation.lifecycle.ActorRole.OPERATOR ? SUPERVISOR : owner;
                emit(referrer, Change.referred(ReferralKind.DEPARTMENT, DEPARTMENT, why, null), step());
                extras();
                emit(DEPARTMENT_DESK, Change.answerReceived("規定により返金は一部のみ"), hours(answerHours()));
                boolean last = r == n - 1;
                emit(owner, Change.explained(last ? ExplanationOutcome.ACCEPTED : ExplanationOutcome.NOT_SATISFIED,
                        last ? null : "customer-not-satisfied", null), step());
            }
            resolve();
        }

        private void resolve() {
            ExceptionDecision decision = null;
            Actor by = owner;
            if (plan.kind() == RequestKind.IRREGULAR_HANDLING) {
                by = owner.role() == io.escalation.lifecycle.ActorRole.OPERATOR ? SUPERVISOR : owner;
                decision = plan.grant() ? ExceptionDecision.GRANTED : ExceptionDecision.DECLINED;
                if (plan.grant() && !approved) {
                    emit(MANAGER, new Change.IrregularHandlingApproved(), step());
                    approved = true;
                }
            }
            emit(by, Change.resolved("ご納得いただけた", decision), step());
        }

        /** The next extra in the plan, if any is left: one per waiting point. */
        private void extras() {
            if (extra >= plan.extras().size()) {
                return;
            }
            switch (plan.extras().get(extra++)) {
                case CALLBACK_MADE -> {
                    callback(1);
                    emit(SUPERVISOR, new Change.CallbackMade(), step());
                }
                case CALLBACK_MISSED_THEN_MADE -> {
                    callback(2);
                    emit(SUPERVISOR, new Change.CallbackMissed(), step());
                    emit(SUPERVISOR, new Change.CallbackMade(), step());
                }
                case CUSTOMER_CHASED -> emit(operator, Change.customerChased(SiteId.of("tokyo-1"), Channel.PHONE),
                        step());
                case AWAITING_CUSTOMER -> {
                    emit(operator, Change.awaitingCustomer("書類の送付"), step());
                    emit(operator, new Change.CustomerResponded(), hours(2));
                }
            }
        }

        private void callback(int attempts) {
            Instant due = at.plus(Duration.ofMinutes(30));
            emit(SUPERVISOR, new Change.CallbackScheduled(ActorId.of("sv-1"), due, due.plus(Duration.ofMinutes(30)),
                    due.plus(Duration.ofMinutes(15)), attempts), step());
        }

        private void finish() {
            if (plan.close()) {
                emit(SUPERVISOR, Change.closed(), step());
            }
        }

        private Duration step() {
            List<Integer> gaps = plan.gaps();
            return Duration.ofMinutes(gaps.get(gap++ % gaps.size()));
        }

        private int answerHours() {
            List<Integer> hours = plan.answerHours();
            return hours.get(answer++ % hours.size());
        }

        private static Duration hours(int h) {
            return Duration.ofHours(h);
        }

        private void emit(Actor actor, Change change, Duration after) {
            at = at.plus(after);
            events.add(new EscalationEvent(escalation.ref(), events.size() + 1, at, actor, change));
        }
    }
}
