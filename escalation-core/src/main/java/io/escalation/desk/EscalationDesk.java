package io.escalation.desk;

import io.escalation.briefing.Briefing;
import io.escalation.briefing.BriefingRenderer;
import io.escalation.briefing.HandoverSheet;
import io.escalation.briefing.Script;
import io.escalation.callback.CallbackOption;
import io.escalation.callback.CallbackPlan;
import io.escalation.callback.CallbackPlanner;
import io.escalation.callback.CallbackRequest;
import io.escalation.callback.Candidate;
import io.escalation.callback.OverdueCallbacks;
import io.escalation.callback.PromisedCallback;
import io.escalation.internal.validation.Checks;
import io.escalation.lifecycle.Action;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.ActorRole;
import io.escalation.lifecycle.BusinessTime;
import io.escalation.lifecycle.CallbackRecord;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.lifecycle.SlaClocks;
import io.escalation.lifecycle.UnauthorizedActionException;
import io.escalation.model.ActorId;
import io.escalation.model.CustomerRef;
import io.escalation.model.Escalation;
import io.escalation.model.EscalationRef;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.TenantId;
import io.escalation.model.Tier;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingDecision;
import io.escalation.routing.RoutingPolicies;
import io.escalation.routing.RoutingPolicy;
import io.escalation.sla.SlaDeadline;
import io.escalation.sla.SlaTargets;
import io.escalation.store.CaseLibrary;
import io.escalation.store.EscalationStore;
import io.escalation.store.ResolvedCase;
import io.escalation.store.VersionConflictException;
import io.escalation.text.Texts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facade a host calls all day: raises escalations (routing them with the facts the desk
 * already knows), applies every step of their lifecycle through one write path, and answers the
 * floor's questions (a customer's open escalations, a responder's queue, overdue callbacks, SLA
 * clocks).
 *
 * <pre>{@code
 * EscalationDesk desk = EscalationDesk.builder().store(store).clock(clock).build();
 * EscalationRef ref = desk.raise(escalation, context).state().ref();
 * desk.apply(ref, sato, Change.acknowledged());
 * desk.apply(ref, sato, Change.instructed("設定値を読み上げてもらってください"));
 * }</pre>
 *
 * <p>{@link #apply} loads the escalation, stamps the change with the desk's clock and the next
 * version, lets the state machine check it (status, authority, facts) before anything is stored,
 * and appends it with the loaded version. If another writer got in first, the change is checked
 * again on the fresh state (up to {@value #MAX_ATTEMPTS} attempts). Listeners hear about each
 * stored event. Thread-safe if the store is.
 */
public final class EscalationDesk {

    /** How many times a change is retried after losing a race for a version. */
    public static final int MAX_ATTEMPTS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(EscalationDesk.class);

    private final EscalationStore store;
    private final RoutingPolicy routing;
    private final CallbackPlanner callbacks;
    private final Clock clock;
    private final @Nullable CaseLibrary caseLibrary;
    private final List<EscalationListener> listeners;
    private final Actor system;
    private final Texts texts;
    private final @Nullable SlaTargets slaTargets;

    private EscalationDesk(Builder b) {
        this.store = Objects.requireNonNull(b.store);
        this.routing = b.routing;
        this.callbacks = b.callbacks;
        this.clock = Objects.requireNonNull(b.clock);
        this.caseLibrary = b.caseLibrary;
        this.listeners = List.copyOf(b.listeners);
        this.system = new Actor(b.systemActor, ActorRole.SYSTEM);
        this.texts = b.texts;
        this.slaTargets = b.slaTargets;
    }

    /**
     * Starts building a desk.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------ writing

    /**
     * What {@link #raise} did: the stored state, the routing decision, and whether this call
     * created the escalation (a retry with the same idempotency key returns the first one).
     *
     * @param state the stored state
     * @param decision the routing decision made for it
     * @param created {@code false} when an earlier raise with the same key was returned
     * @param context the routing context the decision was made in, with the facts the desk added
     */
    public record RaiseResult(EscalationState state, RoutingDecision decision, boolean created,
            RoutingContext context) {

        /**
         * Returns the escalation's key.
         *
         * @return the ref
         */
        public EscalationRef ref() {
            return state.ref();
        }

        /**
         * Explains the routing decision to a supervisor in their language: tier and mode, who was
         * chosen and why, who was passed over, every reason.
         *
         * @param locale the supervisor's language
         * @return the lines
         */
        public List<String> explain(Locale locale) {
            return explain(Texts.standard(), locale);
        }

        /**
         * Explains the routing decision with a host's texts (its own languages or wording).
         *
         * @param texts the texts
         * @param locale the supervisor's language
         * @return the lines
         */
        public List<String> explain(Texts texts, Locale locale) {
            return decision.explain(texts, locale, state.escalation(), context);
        }
    }

    /**
     * Raises an escalation: routes it with the desk's policy in {@code context}, adding what the
     * desk knows about the customer's other open escalations (overdue callbacks, chases), stores
     * it idempotently and notifies the listeners.
     *
     * @param escalation the escalation (valid by construction)
     * @param context what routing may know now; take its instant from the same clock as the desk's
     * @return the stored state and the routing decision
     * @throws io.escalation.store.IdempotencyConflictException if its key was used for another escalation
     * @throws io.escalation.InvalidEscalationException if an argument is missing
     */
    public RaiseResult raise(Escalation escalation, RoutingContext context) {
        Checks.building(EscalationDesk.class)
                .require(escalation != null, "escalation", "NotNull", "must not be null", escalation)
                .require(context != null, "context", "NotNull", "must not be null", context)
                .done();
        RoutingContext facts = withCustomerFacts(escalation, context);
        RoutingDecision decision = routing.route(escalation, facts);
        Responder assignee = decision.assignee();
        Actor raisedBy = new Actor(ActorId.of(escalation.operator().id()), ActorRole.OPERATOR);
        EscalationEvent event = new EscalationEvent(escalation.ref(), 1, escalation.raisedAt(), raisedBy,
                new Change.Raised(escalation, decision.tier(), assignee == null ? null : asActor(assignee),
                        decision.priority(), decision.reasons(), decision.clientApprovalRequired()));
        EscalationStore.Created created = store.create(event);
        if (created.created()) {
            notifyListeners(event, created.state());
        }
        return new RaiseResult(created.state(), decision, created.created(), facts);
    }

    /** Adds the callback facts of the customer's open escalations to a routing context. */
    private RoutingContext withCustomerFacts(Escalation escalation, RoutingContext context) {
        int overdue = 0;
        boolean chasing = false;
        for (EscalationState open : store.openByCustomer(escalation.tenant(), escalation.customer().ref())) {
            Optional<CallbackRecord> pending = open.pendingCallback();
            if (pending.isPresent() && pending.get().isOverdue(context.now())) {
                overdue++;
                chasing = true; // calling again while a promised callback is overdue is a chase
            } else if (pending.isPresent() && pending.get().chases() > 0) {
                chasing = true;
            }
        }
        if (overdue <= context.overdueCallbacks() && (!chasing || context.customerChasing())) {
            return context;
        }
        return context.withCallbackFacts(Math.max(overdue, context.overdueCallbacks()),
                chasing || context.customerChasing());
    }

    /**
     * Applies one step of the lifecycle: the one write path for everything after the raise.
     *
     * <p>The change is stamped with the desk's clock (never before the previous event) and the
     * next version, checked by the state machine, and appended. Some changes bring their
     * consequences in the same atomic batch: a {@link Change.CustomerChased} on an escalation with
     * a pending callback also raises its priority as {@link OverdueCallbacks} says (one level per
     * chase, on top of lateness), recorded by the desk's system actor. Resolving files the
     * escalation in the desk's case library, if it has one.
     *
     * @param ref the escalation
     * @param actor who does it
     * @param change what happens
     * @return the state after the step
     * @throws io.escalation.lifecycle.IllegalTransitionException if the status does not allow it
     * @throws UnauthorizedActionException if the actor lacks the authority
     * @throws io.escalation.store.EscalationNotFoundException if there is no such escalation
     * @throws VersionConflictException if other writers won the race {@value #MAX_ATTEMPTS} times
     * @throws io.escalation.InvalidEscalationException if an argument is missing
     */
    public EscalationState apply(EscalationRef ref, Actor actor, Change change) {
        Checks.building(EscalationDesk.class)
                .require(ref != null, "ref", "NotNull", "must not be null", ref)
                .require(actor != null, "actor", "NotNull", "must not be null", actor)
                .require(change != null, "change", "NotNull", "must not be null", change)
                .done();
        VersionConflictException lost = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            try {
                return step(ref, store.load(ref), actor, change);
            } catch (VersionConflictException e) {
                lost = e;
            }
        }
        throw Objects.requireNonNull(lost);
    }

    /**
     * Applies one step of the lifecycle only if the escalation is still at the version the caller
     * saw, for hosts that hand the version to a client (an HTTP {@code ETag}) and must refuse a
     * write based on a stale view instead of replaying it on a newer state. Otherwise exactly as
     * {@link #apply(EscalationRef, Actor, Change)}: consequences in the same append, listeners,
     * case filing.
     *
     * @param ref the escalation
     * @param expectedVersion the version the caller's decision was based on
     * @param actor who does it
     * @param change what happens
     * @return the state after the step
     * @throws VersionConflictException if the escalation is no longer at {@code expectedVersion}
     *         (nothing is written; the caller reloads and decides again)
     * @throws io.escalation.lifecycle.IllegalTransitionException if the status does not allow it
     * @throws UnauthorizedActionException if the actor lacks the authority
     * @throws io.escalation.store.EscalationNotFoundException if there is no such escalation
     * @throws io.escalation.InvalidEscalationException if an argument is missing or the version is below 1
     */
    public EscalationState apply(EscalationRef ref, long expectedVersion, Actor actor, Change change) {
        Checks.building(EscalationDesk.class)
                .require(ref != null, "ref", "NotNull", "must not be null", ref)
                .require(expectedVersion >= 1, "expectedVersion", "Min", "must be at least 1", expectedVersion)
                .require(actor != null, "actor", "NotNull", "must not be null", actor)
                .require(change != null, "change", "NotNull", "must not be null", change)
                .done();
        EscalationState current = store.load(ref);
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(ref, expectedVersion, current.version());
        }
        return step(ref, current, actor, change);
    }

    /** One attempt: the event and its consequences on {@code current}, appended at its version. */
    private EscalationState step(EscalationRef ref, EscalationState current, Actor actor, Change change) {
        Instant now = clock.instant();
        Instant at = now.isBefore(current.updatedAt()) ? current.updatedAt() : now;
        List<EscalationEvent> batch = new ArrayList<>(2);
        EscalationEvent event = new EscalationEvent(ref, current.version() + 1, at, actor, change);
        EscalationState next = current.apply(event); // refuse before touching the store
        batch.add(event);
        if (change instanceof Change.CustomerChased) {
            priorityRaise(next, at).ifPresent(raise -> batch.add(
                    new EscalationEvent(ref, event.version() + 1, at, system, raise)));
        } else if (change instanceof Change.CallbackMissed && next.pendingCallback().isEmpty()
                && next.priority() != Priority.CRITICAL) {
            // the last attempt failed: the promise is broken, and routing must see it
            CallbackRecord spent = next.callbacks().get(next.callbacks().size() - 1);
            batch.add(new EscalationEvent(ref, event.version() + 1, at, system, new Change.PriorityRaised(
                    next.priority().raise(1), Reason.of("attempt-budget-spent", "callback/attempts")
                            .with("budget", spent.attemptBudget()))));
        }
        EscalationState stored = store.append(ref, current.version(), batch);
        for (EscalationEvent e : batch) {
            notifyListeners(e, stored);
        }
        if (change instanceof Change.Resolved && caseLibrary != null) {
            fileCase(caseLibrary, stored);
        }
        return stored;
    }

    /**
     * Returns the actor a responder acts as: a manager from the manager tier up, a supervisor from
     * the supervisor tier up, otherwise an operator.
     *
     * @param responder a responder
     * @return the actor
     */
    public static Actor asActor(Responder responder) {
        Checks.building(EscalationDesk.class)
                .require(responder != null, "responder", "NotNull", "must not be null", responder).done();
        ActorRole role = responder.tier().isAtLeast(Tier.MANAGER) ? ActorRole.MANAGER
                : responder.tier().isAtLeast(Tier.SUPERVISOR) ? ActorRole.SUPERVISOR : ActorRole.OPERATOR;
        return new Actor(responder.id(), role);
    }

    /**
     * Returns the change that gives an escalation to a responder, refusing one who is away.
     *
     * @param ref the escalation (named in the error)
     * @param responder the new owner, as the roster knows them now
     * @return the change, to {@link #apply}
     * @throws UnauthorizedActionException if the responder is away
     */
    public static Change.Reassigned reassignTo(EscalationRef ref, Responder responder) {
        Actor owner = asActor(responder);
        if (!responder.isPresent()) {
            throw new UnauthorizedActionException(ref, Action.REASSIGN, owner.role(),
                    "responder " + responder.id() + " is away and cannot be assigned");
        }
        return new Change.Reassigned(owner);
    }

    /**
     * Returns the change that records the callback option the customer accepted, with the
     * option's attempt budget: each {@link Change.CallbackMissed} uses one attempt (schedule the
     * next with {@code option.attempts().next(missed, at)}), and when the last fails the desk raises
     * the priority with reason {@code attempt-budget-spent}.
     *
     * @param option an option of a {@link #planCallback plan}
     * @return the change, to {@link #apply}
     */
    public static Change.CallbackScheduled promised(CallbackOption option) {
        Checks.building(EscalationDesk.class)
                .require(option != null, "option", "NotNull", "must not be null", option).done();
        return new Change.CallbackScheduled(option.candidate().id(), option.dueAt(), option.promiseBy(),
                option.remindAt(), option.attemptPolicy().budget());
    }

    /**
     * Raises the priority of every escalation of the tenant whose promised callback is overdue now
     * to the priority routing gave it, raised by the levels {@link OverdueCallbacks} gives for its
     * lateness and chases, when that is higher than its current priority. Idempotent: safe to call
     * on every tick of a timer.
     *
     * @param tenant the tenant
     * @return the escalations whose priority rose
     */
    public List<EscalationState> raisePriorityOfOverdueCallbacks(TenantId tenant) {
        Instant now = clock.instant();
        List<EscalationState> raised = new ArrayList<>();
        for (EscalationState s : store.overdueCallbacks(tenant, now)) {
            Optional<Change.PriorityRaised> raise = priorityRaise(s, now);
            if (raise.isPresent()) {
                try {
                    raised.add(apply(s.ref(), system, raise.get()));
                } catch (io.escalation.lifecycle.IllegalTransitionException e) {
                    // another node raised it first, or it moved on: nothing to do
                    LOG.debug("priority of {} not raised: {}", s.ref(), e.getClass().getSimpleName());
                }
            }
        }
        return List.copyOf(raised);
    }

    /** The priority change the pending callback's lateness and chases call for, if above the current one. */
    private static Optional<Change.PriorityRaised> priorityRaise(EscalationState s, Instant now) {
        Optional<CallbackRecord> pending = s.pendingCallback();
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        PromisedCallback promised = new PromisedCallback(s.ref(), pending.get().promiseBy(), pending.get().chases());
        for (OverdueCallbacks.Report r : OverdueCallbacks.check(List.of(promised), now)) {
            // relative to the priority routing gave, so repeated checks raise only as lateness or chases grow
            Priority to = r.raise(s.routedPriority());
            if (to.compareTo(s.priority()) > 0) {
                return Optional.of(new Change.PriorityRaised(to, r.reasons().get(r.reasons().size() - 1)));
            }
        }
        return Optional.empty();
    }

    /**
     * Records the SLA warnings and breaches due now for an escalation ({@link Change.SlaWarned},
     * {@link Change.SlaBreached}), as the desk's system actor, each once however often and from
     * however many nodes this is called: the notices go in one versioned append, and a lost race
     * is retried against the winner's history, which already holds them. A breach raises the
     * priority one level (until {@code CRITICAL}) in the same append, with reason
     * {@code sla-breached}. Call it when {@link #nextSlaNoticeAt} comes (a timer), or periodically.
     *
     * @param ref the escalation
     * @return the state after the notices (unchanged when none was due or no targets are set)
     * @throws io.escalation.store.EscalationNotFoundException if there is none
     */
    public EscalationState recordDueSlaNotices(EscalationRef ref) {
        Checks.building(EscalationDesk.class).require(ref != null, "ref", "NotNull", "must not be null", ref).done();
        VersionConflictException lost = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            EscalationState current = store.load(ref);
            if (slaTargets == null) {
                return current;
            }
            Instant now = clock.instant();
            Instant at = now.isBefore(current.updatedAt()) ? current.updatedAt() : now;
            List<Change> due = slaTargets.due(current, at);
            if (due.isEmpty()) {
                return current;
            }
            List<EscalationEvent> batch = new ArrayList<>(due.size() + 1);
            EscalationState next = current;
            for (Change change : due) {
                EscalationEvent e = new EscalationEvent(ref, next.version() + 1, at, system, change);
                next = next.apply(e);
                batch.add(e);
                if (change instanceof Change.SlaBreached breach && next.priority() != Priority.CRITICAL) {
                    EscalationEvent raise = new EscalationEvent(ref, next.version() + 1, at, system,
                            new Change.PriorityRaised(next.priority().raise(1),
                                    Reason.of("sla-breached", "sla/" + breach.metric().name().toLowerCase(Locale.ROOT))
                                            .with("metric", Reason.Arg.term(breach.metric()))));
                    next = next.apply(raise);
                    batch.add(raise);
                }
            }
            try {
                EscalationState stored = store.append(ref, current.version(), batch);
                for (EscalationEvent e : batch) {
                    notifyListeners(e, stored);
                }
                return stored;
            } catch (VersionConflictException e) {
                lost = e;
            }
        }
        throw Objects.requireNonNull(lost);
    }

    // ------------------------------------------------------------------ reading

    /**
     * Returns where the desk's SLA targets stand for an escalation now: one deadline per target
     * and occurrence, with warning and breach instants (empty when no targets are set).
     *
     * @param ref the escalation
     * @return the deadlines
     */
    public List<SlaDeadline> slaDeadlines(EscalationRef ref) {
        EscalationState s = get(ref);
        return slaTargets == null ? List.of() : slaTargets.deadlines(s, clock.instant());
    }

    /**
     * Returns when the next SLA notice of an escalation falls due, for a host's timer (e.g. the JDBC
     * module's {@code timers()}): the earliest warning or breach not yet recorded, which may be now
     * or past; empty when nothing is ahead while the clocks stand as they do.
     *
     * @param ref the escalation
     * @return the instant, if any
     */
    public Optional<Instant> nextSlaNoticeAt(EscalationRef ref) {
        EscalationState s = get(ref);
        return slaTargets == null ? Optional.empty() : slaTargets.nextNoticeAt(s, clock.instant());
    }

    /**
     * Loads an escalation.
     *
     * @param ref the escalation
     * @return its state
     * @throws io.escalation.store.EscalationNotFoundException if there is none
     */
    public EscalationState get(EscalationRef ref) {
        Checks.building(EscalationDesk.class).require(ref != null, "ref", "NotNull", "must not be null", ref).done();
        return store.load(ref);
    }

    /**
     * Returns the operator's briefing of an escalation, conclusion first, in a supervisor's language.
     *
     * @param ref the escalation
     * @param locale the supervisor's language
     * @return the script
     * @throws io.escalation.briefing.MissingConclusionException if the escalation has neither a
     *     category with a decision wanted nor a concern
     */
    public Script briefing(EscalationRef ref, Locale locale) {
        Checks.present(EscalationDesk.class, "locale", locale);
        return BriefingRenderer.forLocale(locale).withTexts(texts).render(Briefing.from(get(ref).escalation()));
    }

    /**
     * Returns the receiving supervisor's sheet (二次対応の準備) of an escalation now: its question,
     * state, routing (tier, owner, reasons), any pending callback, the customer, what was done.
     *
     * @param ref the escalation
     * @param zone the zone to show times in (the center's)
     * @return the sheet, to render in any language
     */
    public HandoverSheet handoverSheet(EscalationRef ref, ZoneId zone) {
        EscalationState s = get(ref);
        Actor owner = s.owner();
        HandoverSheet.Builder b = HandoverSheet.builder(s.escalation(), clock.instant()).zone(zone)
                .routing(s.tier(), s.routingReasons(), owner == null ? null : owner.id());
        s.pendingCallback().ifPresent(c -> b.callback(c.promiseBy(), c.responder()));
        return b.build();
    }

    /**
     * Plans a callback for the escalation now: one option per candidate, to offer the customer.
     * Nothing is stored; record the option the customer accepted with
     * {@code apply(ref, actor, EscalationDesk.promised(option))}.
     *
     * @param ref the escalation
     * @param candidates who could call back
     * @return the plan
     */
    public CallbackPlan planCallback(EscalationRef ref, List<Candidate> candidates) {
        EscalationState state = get(ref);
        return callbacks.plan(CallbackRequest.of(state.escalation(), clock.instant(), state.priority(), candidates));
    }

    /**
     * Returns a customer's open escalations, newest first: the next operator can open with
     * "is this about ...?" before the customer explains.
     *
     * @param tenant the tenant
     * @param customer the customer
     * @return open escalations, newest first
     */
    public List<EscalationState> openEscalationsOf(TenantId tenant, CustomerRef customer) {
        return store.openByCustomer(tenant, customer);
    }

    /**
     * Returns a responder's queue, by priority then deadline.
     *
     * @param tenant the tenant
     * @param owner the responder
     * @return the queue
     */
    public List<EscalationState> queue(TenantId tenant, ActorId owner) {
        return store.queue(tenant, owner);
    }

    /**
     * Returns the escalations whose promised callback is overdue now (per the desk's clock).
     *
     * @param tenant the tenant
     * @return overdue escalations, most overdue first
     */
    public List<EscalationState> overdueCallbacks(TenantId tenant) {
        return store.overdueCallbacks(tenant, clock.instant());
    }

    /**
     * Returns the SLA clocks of an escalation now (per the desk's clock).
     *
     * @param ref the escalation
     * @param businessTime how business time is measured, e.g. {@code calendar::between}
     * @return the clocks
     */
    public SlaClocks slaClocks(EscalationRef ref, BusinessTime businessTime) {
        return SlaClocks.of(get(ref), clock.instant(), businessTime);
    }

    // ------------------------------------------------------------------ machinery

    /**
     * Calls every listener; a failing listener never undoes the stored transition. Exceptions and
     * errors are logged (ref, action, version, the throwable's class; never its message) and the
     * next listener is called; only a {@link VirtualMachineError} (out of memory, stack overflow)
     * propagates, because the JVM cannot be trusted to go on. The event is stored either way.
     */
    private void notifyListeners(EscalationEvent event, EscalationState state) {
        for (EscalationListener listener : listeners) {
            try {
                listener.onTransition(event, state);
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) {
                LOG.warn("listener {} failed after {} of escalation {} (version {}): {}",
                        listener.getClass().getName(), event.action(), event.ref(), event.version(),
                        e.getClass().getName());
            }
        }
    }

    /** Files a resolved escalation as a case when it has a question to file it under. */
    private static void fileCase(CaseLibrary library, EscalationState resolved) {
        var inquiry = resolved.escalation().inquiry();
        if (inquiry.decisionWanted() != null || inquiry.concern() != null) {
            library.add(ResolvedCase.of(resolved));
        }
    }

    /** Builds an {@link EscalationDesk}; not thread-safe. Each option may be set once. */
    public static final class Builder {
        private @Nullable EscalationStore store;
        private RoutingPolicy routing = RoutingPolicies.standard();
        private boolean routingSet;
        private CallbackPlanner callbacks = CallbackPlanner.builder().build();
        private boolean callbacksSet;
        private @Nullable Clock clock;
        private @Nullable CaseLibrary caseLibrary;
        private ActorId systemActor = ActorId.of("escalation-desk");
        private boolean systemActorSet;
        private final List<EscalationListener> listeners = new ArrayList<>();
        private Texts texts = Texts.standard();
        private boolean textsSet;
        private @Nullable SlaTargets slaTargets;

        /**
         * Sets the SLA targets whose warnings and breaches the desk records (optional).
         *
         * @param value the targets
         * @return this builder
         * @throws io.escalation.InvalidEscalationException if null or already set
         */
        public Builder slaTargets(SlaTargets value) {
            once("slaTargets", slaTargets == null, value);
            this.slaTargets = value;
            return this;
        }

        private Builder() {}

        /**
         * Sets the wording {@link EscalationDesk#briefing} uses (default {@link Texts#standard()}); pass
         * texts with a host's languages or overrides added.
         *
         * @param value the texts
         * @return this builder
         * @throws io.escalation.InvalidEscalationException if null or already set
         */
        public Builder texts(Texts value) {
            once("texts", !textsSet, value);
            this.texts = value;
            this.textsSet = true;
            return this;
        }

        /**
         * Sets the store (required).
         *
         * @param value the store
         * @return this builder
         * @throws io.escalation.InvalidEscalationException if null or already set
         */
        public Builder store(EscalationStore value) {
            once("store", store == null, value);
            this.store = value;
            return this;
        }

        /**
         * Sets the routing policy used by {@link EscalationDesk#raise} (default: the standard policy).
         *
         * @param value the policy
         * @return this builder
         * @throws io.escalation.InvalidEscalationException if null or already set
         */
        public Builder routing(RoutingPolicy value) {
            once("routing", !routingSet, value);
            this.routing = value;
            this.routingSet = true;
            return this;
        }

        /**
         * Sets the callback planner used by {@link EscalationDesk#planCallback} (default: 30 minutes of
         * margin, quarter-hour promises, reminders 15 minutes before).
         *
         * @param value the planner
         * @return this builder
         * @throws io.escalation.InvalidEscalationException if null or already set
         */
        public Builder callbacks(CallbackPlanner value) {
            once("callbacks", !callbacksSet, value);
            this.callbacks = value;
            this.callbacksSet = true;
            return this;
        }

        /**
         * Sets the clock every event's instant comes from (required).
         *
         * @param value the clock
         * @return this builder
         * @throws io.escalation.InvalidEscalationException if null or already set
         */
        public Builder clock(Clock value) {
            once("clock", clock == null, value);
            this.clock = value;
            return this;
        }

        /**
         * Sets the case library resolved escalations are filed in (optional).
         *
         * @param value the library
         * @return this builder
         * @throws io.escalation.InvalidEscalationException if null or already set
         */
        public Builder caseLibrary(CaseLibrary value) {
            once("caseLibrary", caseLibrary == null, value);
            this.caseLibrary = value;
            return this;
        }

        /**
         * Sets the id the desk acts under when it records consequences itself (priority raised by
         * a chase or an overdue callback), in the {@link ActorRole#SYSTEM} role (default
         * {@code escalation-desk}).
         *
         * @param value the id
         * @return this builder
         * @throws io.escalation.InvalidEscalationException if null or already set
         */
        public Builder systemActor(ActorId value) {
            once("systemActor", !systemActorSet, value);
            this.systemActor = value;
            this.systemActorSet = true;
            return this;
        }

        /**
         * Adds a listener; listeners are called in the order added.
         *
         * @param value the listener
         * @return this builder
         * @throws io.escalation.InvalidEscalationException if null
         */
        public Builder listener(EscalationListener value) {
            once("listener", true, value);
            this.listeners.add(value);
            return this;
        }

        private static void once(String option, boolean unset, @Nullable Object value) {
            Checks.building(EscalationDesk.class)
                    .require(value != null, option, "NotNull", "must not be null", value)
                    .require(unset, option, "SetOnce", option + " was already set", null)
                    .done();
        }

        /**
         * Builds the desk.
         *
         * @return the desk
         * @throws io.escalation.InvalidEscalationException if the store or the clock is missing
         */
        public EscalationDesk build() {
            Checks.building(EscalationDesk.class)
                    .require(store != null, "store", "NotNull", "an EscalationDesk needs a store", null)
                    .require(clock != null, "clock", "NotNull", "an EscalationDesk needs a clock", null)
                    .done();
            return new EscalationDesk(this);
        }
    }
}
