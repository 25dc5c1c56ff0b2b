package io.escalation.lifecycle;

import io.escalation.callback.CallbackOption;
import io.escalation.callback.CallbackPlan;
import io.escalation.callback.CallbackPlanner;
import io.escalation.callback.CallbackRequest;
import io.escalation.callback.Candidate;
import io.escalation.callback.OverdueCallbacks;
import io.escalation.callback.PromisedCallback;
import io.escalation.model.CustomerRef;
import io.escalation.model.Escalation;
import io.escalation.model.Department;
import io.escalation.model.EscalationId;
import io.escalation.model.FreeText;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.TenantId;
import io.escalation.model.Tier;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingDecision;
import io.escalation.routing.RoutingPolicies;
import io.escalation.routing.RoutingPolicy;
import io.escalation.store.CaseLibrary;
import io.escalation.store.ConcurrentModificationException;
import io.escalation.store.EscalationStore;
import io.escalation.store.ResolvedCase;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facade a host calls all day: raises, moves and records escalations through a store, and
 * answers the questions of the floor (a customer's open escalations, a responder's queue, overdue
 * callbacks, SLA clocks).
 *
 * <p>Every action loads the escalation, builds the next event with the desk's clock, and appends
 * it with the loaded version. The state machine checks the action and the actor's authority
 * before anything is stored; if another writer got in first, the action is decided again on the
 * fresh state (up to {@value #MAX_ATTEMPTS} attempts). Listeners hear about the transition after
 * it is stored. Thread-safe if the store is.
 */
public final class EscalationDesk {

    /** How many times an action is retried after losing a race for a version. */
    public static final int MAX_ATTEMPTS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(EscalationDesk.class);

    private final EscalationStore store;
    private final RoutingPolicy routing;
    private final CallbackPlanner callbacks;
    private final Clock clock;
    private final @Nullable CaseLibrary caseLibrary;
    private final List<EscalationListener> listeners;

    private EscalationDesk(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.routing = b.routing;
        this.callbacks = b.callbacks;
        this.clock = Objects.requireNonNull(b.clock, "clock");
        this.caseLibrary = b.caseLibrary;
        this.listeners = List.copyOf(b.listeners);
    }

    /**
     * Starts building a desk.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------ actions

    /**
     * What {@link #raise} did: the stored state, the routing decision, and whether this call
     * created the escalation (a retry with the same idempotency key returns the first one).
     *
     * @param state the stored state
     * @param decision the routing decision made for it
     * @param created {@code false} when an earlier raise with the same key was returned
     */
    public record Raised(EscalationState state, RoutingDecision decision, boolean created) {}

    /**
     * Raises an escalation: validates it (it is valid by construction), routes it with the desk's
     * policy in {@code context}, stores it idempotently and notifies the listeners.
     *
     * @param escalation the escalation
     * @param context what routing may know now; take its instant from the same clock as the desk's
     * @return the stored state and the routing decision
     * @throws io.escalation.store.IdempotencyConflictException if its key was used for another escalation
     */
    public Raised raise(Escalation escalation, RoutingContext context) {
        RoutingDecision decision = routing.route(escalation, context);
        Responder assignee = decision.assignee();
        EscalationEvent.Raised event = new EscalationEvent.Raised(escalation.id(), 1, escalation.raisedAt(),
                Actor.operator(escalation.operator().id().value()), escalation, decision.tier(),
                assignee == null ? null : asActor(assignee), decision.priority(), decision.reasons(),
                decision.clientApprovalRequired());
        EscalationStore.Created created = store.create(event);
        if (created.created()) {
            notifyListeners(event, created.state());
        }
        return new Raised(created.state(), decision, created.created());
    }

    /**
     * Returns the actor a responder acts as: a manager from the manager tier up, a supervisor from
     * the supervisor tier up, otherwise an operator.
     *
     * @param responder a responder
     * @return the actor
     */
    public static Actor asActor(Responder responder) {
        ActorRole role = responder.tier().isAtLeast(Tier.MANAGER) ? ActorRole.MANAGER
                : responder.tier().isAtLeast(Tier.SUPERVISOR) ? ActorRole.SUPERVISOR : ActorRole.OPERATOR;
        return new Actor(responder.id(), role);
    }

    /**
     * Gives the escalation to another responder.
     *
     * @param tenant the tenant
     * @param id the escalation
     * @param who who reassigns it
     * @param to the new owner, as the roster knows them now
     * @return the state after the action
     * @throws UnauthorizedActionException if {@code to} is away
     */
    public EscalationState reassign(TenantId tenant, EscalationId id, Actor who, Responder to) {
        if (!to.isPresent()) {
            throw new UnauthorizedActionException(id, Action.REASSIGN, who.role(),
                    "responder " + to.id() + " is away and cannot be assigned");
        }
        Actor owner = asActor(to);
        return act(tenant, id, (s, v, at) -> new EscalationEvent.Reassigned(id, v, at, who, owner));
    }

    /**
     * A supervisor acknowledges the escalation and listens in; they become its owner.
     *
     * @param tenant the tenant
     * @param id the escalation
     * @param supervisor who acknowledges
     * @return the state after the action
     */
    public EscalationState acknowledge(TenantId tenant, EscalationId id, Actor supervisor) {
        return act(tenant, id, (s, v, at) -> new EscalationEvent.Acknowledged(id, v, at, supervisor));
    }

    /**
     * A supervisor tells the operator what to do.
     *
     * @param tenant the tenant
     * @param id the escalation
     * @param supervisor who instructs
     * @param instruction the instruction (personal data; never logged)
     * @return the state after the action
     */
    public EscalationState instruct(TenantId tenant, EscalationId id, Actor supervisor, String instruction) {
        FreeText text = FreeText.of(instruction);
        return act(tenant, id, (s, v, at) -> new EscalationEvent.Instructed(id, v, at, supervisor, text));
    }

    /**
     * A higher tier takes the contact over; the actor becomes the owner.
     *
     * @param tenant the tenant
     * @param id the escalation
     * @param who who takes over
     * @param tier the tier that holds the contact now
     * @return the state after the action
     */
    public EscalationState takeOver(TenantId tenant, EscalationId id, Actor who, Tier tier) {
        return act(tenant, id, (s, v, at) -> new EscalationEvent.TakenOver(id, v, at, who, tier));
    }

    /**
     * Refers the escalation to a department or to the client.
     *
     * @param tenant the tenant
     * @param id the escalation
     * @param who who refers it
     * @param kind department or client
     * @param destination the department (or the client's code)
     * @return the state after the action
     */
    public EscalationState refer(TenantId tenant, EscalationId id, Actor who, ReferralKind kind,
            Department destination) {
        return act(tenant, id, (s, v, at) -> new EscalationEvent.Referred(id, v, at, who, kind, destination));
    }

    /**
     * Records the department's or client's answer.
     *
     * @param tenant the tenant
     * @param id the escalation
     * @param who who answered (or records the answer)
     * @param answer the answer (personal data; never logged)
     * @return the state after the action
     */
    public EscalationState recordAnswer(TenantId tenant, EscalationId id, Actor who, String answer) {
        FreeText text = FreeText.of(answer);
        return act(tenant, id, (s, v, at) -> new EscalationEvent.AnswerReceived(id, v, at, who, text));
    }

    /**
     * Records that the answer was explained to the customer.
     *
     * @param tenant the tenant
     * @param id the escalation
     * @param who who explained
     * @return the state after the action
     */
    public EscalationState explain(TenantId tenant, EscalationId id, Actor who) {
        return act(tenant, id, (s, v, at) -> new EscalationEvent.Explained(id, v, at, who));
    }

    /**
     * The customer accepted: resolves the escalation and, when the desk has a case library, files
     * it as a case for the next operator.
     *
     * @param tenant the tenant
     * @param id the escalation
     * @param who who resolves it
     * @param resolution how it was resolved (personal data; never logged)
     * @return the state after the action
     */
    public EscalationState resolve(TenantId tenant, EscalationId id, Actor who, String resolution) {
        FreeText text = FreeText.of(resolution);
        EscalationState resolved = act(tenant, id, (s, v, at) -> new EscalationEvent.Resolved(id, v, at, who, text));
        if (caseLibrary != null) {
            fileCase(caseLibrary, resolved);
        }
        return resolved;
    }

    /**
     * Reopens a resolved escalation (the customer came back).
     *
     * @param tenant the tenant
     * @param id the escalation
     * @param who who reopens it
     * @param why why, or {@code null}
     * @return the state after the action
     */
    public EscalationState reopen(TenantId tenant, EscalationId id, Actor who, @Nullable String why) {
        FreeText text = why == null ? null : FreeText.of(why);
        return act(tenant, id, (s, v, at) -> new EscalationEvent.Reopened(id, v, at, who, text));
    }

    /**
     * Closes a resolved or withdrawn escalation.
     *
     * @param tenant the tenant
     * @param id the escalation
     * @param who who closes it
     * @return the state after the action
     */
    public EscalationState close(TenantId tenant, EscalationId id, Actor who) {
        return act(tenant, id, (s, v, at) -> new EscalationEvent.Closed(id, v, at, who));
    }

    /**
     * The operator solved it after all and withdraws the escalation.
     *
     * @param tenant the tenant
     * @param id the escalation
     * @param who the operator who raised it (or a supervisor)
     * @param why how it was solved, or {@code null}
     * @return the state after the action
     */
    public EscalationState withdraw(TenantId tenant, EscalationId id, Actor who, @Nullable String why) {
        FreeText text = why == null ? null : FreeText.of(why);
        return act(tenant, id, (s, v, at) -> new EscalationEvent.Withdrawn(id, v, at, who, text));
    }

    /**
     * Plans a callback for the escalation now: one option per candidate, to offer the customer.
     * Nothing is stored; record the option the customer accepted with {@link #scheduleCallback}.
     *
     * @param tenant the tenant
     * @param id the escalation
     * @param candidates who could call back
     * @return the plan
     */
    public CallbackPlan planCallback(TenantId tenant, EscalationId id, List<Candidate> candidates) {
        EscalationState state = store.load(tenant, id);
        return callbacks.plan(CallbackRequest.of(state.escalation(), clock.instant(), state.priority(), candidates));
    }

    /**
     * Records the callback promised to the customer.
     *
     * @param tenant the tenant
     * @param id the escalation
     * @param who who promised it
     * @param responder who will call
     * @param option the option the customer accepted (from {@link #planCallback})
     * @return the state after the action
     */
    public EscalationState scheduleCallback(TenantId tenant, EscalationId id, Actor who, Actor responder,
            CallbackOption option) {
        return act(tenant, id, (s, v, at) -> new EscalationEvent.CallbackScheduled(id, v, at, who, responder,
                option.dueAt(), option.promiseBy(), option.remindAt()));
    }

    /**
     * Raises the priority of every escalation whose promised callback is overdue now to the
     * priority routing gave it raised by the levels {@link OverdueCallbacks} gives, when that is
     * higher than its current priority; safe to call on every tick of a timer.
     *
     * @param tenant the tenant
     * @param system the actor the host's timer acts as
     * @return the escalations whose priority rose
     */
    public List<EscalationState> raisePriorityOfOverdueCallbacks(TenantId tenant, Actor system) {
        Instant now = clock.instant();
        List<EscalationState> raised = new ArrayList<>();
        for (EscalationState s : store.overdueCallbacks(tenant, now)) {
            var pending = s.pendingCallback().orElseThrow();
            for (OverdueCallbacks.Report r : OverdueCallbacks.check(
                    List.of(new PromisedCallback(s.id().value(), pending.promiseBy(), 0)), now)) {
                // relative to the priority routing gave, so repeated checks raise only as lateness grows
                Priority base = ((EscalationEvent.Raised) s.history().get(0)).priority();
                Priority to = r.raise(base);
                if (to.compareTo(s.priority()) > 0) {
                    raised.add(raisePriority(tenant, s.id(), system, to, r.reasons().get(0)));
                }
            }
        }
        return List.copyOf(raised);
    }

    /**
     * Records that the escalation waits for the customer (SLA clocks pause by default).
     *
     * @param tenant the tenant
     * @param id the escalation
     * @param who who records it
     * @param what what the customer is to do, or {@code null}
     * @return the state after the action
     */
    public EscalationState awaitCustomer(TenantId tenant, EscalationId id, Actor who, @Nullable String what) {
        FreeText text = what == null ? null : FreeText.of(what);
        return act(tenant, id, (s, v, at) -> new EscalationEvent.AwaitingCustomer(id, v, at, who, text));
    }

    /**
     * Records that the customer came back.
     *
     * @param tenant the tenant
     * @param id the escalation
     * @param who who records it
     * @return the state after the action
     */
    public EscalationState recordCustomerResponse(TenantId tenant, EscalationId id, Actor who) {
        return act(tenant, id, (s, v, at) -> new EscalationEvent.CustomerResponded(id, v, at, who));
    }

    /**
     * Records that the promised callback was made.
     *
     * @param tenant the tenant
     * @param id the escalation
     * @param who who called
     * @return the state after the action
     */
    public EscalationState recordCallbackMade(TenantId tenant, EscalationId id, Actor who) {
        return act(tenant, id, (s, v, at) -> new EscalationEvent.CallbackMade(id, v, at, who));
    }

    /**
     * Records that the promised callback was missed.
     *
     * @param tenant the tenant
     * @param id the escalation
     * @param who who records it
     * @return the state after the action
     */
    public EscalationState recordCallbackMissed(TenantId tenant, EscalationId id, Actor who) {
        return act(tenant, id, (s, v, at) -> new EscalationEvent.CallbackMissed(id, v, at, who));
    }

    /**
     * A manager approves irregular handling.
     *
     * @param tenant the tenant
     * @param id the escalation
     * @param manager the approving manager
     * @return the state after the action
     */
    public EscalationState approveIrregularHandling(TenantId tenant, EscalationId id, Actor manager) {
        return act(tenant, id, (s, v, at) -> new EscalationEvent.IrregularHandlingApproved(id, v, at, manager));
    }

    /**
     * Records the client company's approval.
     *
     * @param tenant the tenant
     * @param id the escalation
     * @param who the client, or a manager recording the client's consent
     * @return the state after the action
     */
    public EscalationState recordClientApproval(TenantId tenant, EscalationId id, Actor who) {
        return act(tenant, id, (s, v, at) -> new EscalationEvent.ClientApproved(id, v, at, who));
    }

    /**
     * Raises the priority, with the reason (an overdue callback, a repeat chase).
     *
     * @param tenant the tenant
     * @param id the escalation
     * @param who who raises it (the host's timer is a {@link ActorRole#SYSTEM} actor)
     * @param to the new, higher priority
     * @param reason why
     * @return the state after the action
     */
    public EscalationState raisePriority(TenantId tenant, EscalationId id, Actor who, Priority to, Reason reason) {
        return act(tenant, id, (s, v, at) -> new EscalationEvent.PriorityRaised(id, v, at, who, to, reason));
    }

    // ------------------------------------------------------------------ queries

    /**
     * Loads an escalation.
     *
     * @param tenant the tenant
     * @param id the escalation
     * @return its state
     * @throws io.escalation.store.EscalationNotFoundException if there is none
     */
    public EscalationState get(TenantId tenant, EscalationId id) {
        return store.load(tenant, id);
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
     * @param responderId the responder
     * @return the queue
     */
    public List<EscalationState> queue(TenantId tenant, String responderId) {
        return store.queue(tenant, responderId);
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
     * @param tenant the tenant
     * @param id the escalation
     * @param businessTime how business time is measured, e.g. {@code calendar::between}
     * @return the clocks
     */
    public SlaClocks slaClocks(TenantId tenant, EscalationId id, BusinessTime businessTime) {
        return SlaClocks.of(store.load(tenant, id), clock.instant(), businessTime);
    }

    // ------------------------------------------------------------------ machinery

    /** Builds the next event from the current state, its next version and the instant. */
    @FunctionalInterface
    interface NextEvent {
        EscalationEvent next(EscalationState state, long version, Instant at);
    }

    EscalationState act(TenantId tenant, EscalationId id, NextEvent decide) {
        ConcurrentModificationException lost = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            EscalationState current = store.load(tenant, id);
            Instant now = clock.instant();
            Instant at = now.isBefore(current.updatedAt()) ? current.updatedAt() : now;
            EscalationEvent event = decide.next(current, current.version() + 1, at);
            current.apply(event); // refuse before touching the store
            try {
                EscalationState stored = store.append(tenant, id, current.version(), List.of(event));
                notifyListeners(event, stored);
                return stored;
            } catch (ConcurrentModificationException e) {
                lost = e;
            }
        }
        throw Objects.requireNonNull(lost);
    }

    void notifyListeners(EscalationEvent event, EscalationState state) {
        for (EscalationListener listener : listeners) {
            try {
                listener.onTransition(event, state);
            } catch (RuntimeException e) {
                LOG.warn("listener {} failed after {} of escalation {} (version {}): {}",
                        listener.getClass().getName(), event.action(), event.escalationId(), event.version(),
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

    /** Builds an {@link EscalationDesk}; not thread-safe. */
    public static final class Builder {
        private @Nullable EscalationStore store;
        private RoutingPolicy routing = RoutingPolicies.standard();
        private CallbackPlanner callbacks = CallbackPlanner.builder().build();
        private @Nullable Clock clock;
        private @Nullable CaseLibrary caseLibrary;
        private final List<EscalationListener> listeners = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the store (required).
         *
         * @param value the store
         * @return this builder
         */
        public Builder store(EscalationStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /**
         * Sets the routing policy used by {@link EscalationDesk#raise} (default: the standard policy).
         *
         * @param value the policy
         * @return this builder
         */
        public Builder routing(RoutingPolicy value) {
            this.routing = Objects.requireNonNull(value, "routing");
            return this;
        }

        /**
         * Sets the callback planner used by {@link EscalationDesk#planCallback} (default: 30 minutes of
         * margin, quarter-hour promises, reminders 15 minutes before).
         *
         * @param value the planner
         * @return this builder
         */
        public Builder callbacks(CallbackPlanner value) {
            this.callbacks = Objects.requireNonNull(value, "callbacks");
            return this;
        }

        /**
         * Sets the clock every event's instant comes from (required).
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets the case library resolved escalations are filed in (optional).
         *
         * @param value the library
         * @return this builder
         */
        public Builder caseLibrary(CaseLibrary value) {
            this.caseLibrary = Objects.requireNonNull(value, "caseLibrary");
            return this;
        }

        /**
         * Adds a listener; listeners are called in the order added.
         *
         * @param value the listener
         * @return this builder
         */
        public Builder listener(EscalationListener value) {
            this.listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /**
         * Builds the desk.
         *
         * @return the desk
         * @throws IllegalStateException if the store or the clock is missing
         */
        public EscalationDesk build() {
            if (store == null || clock == null) {
                throw new IllegalStateException("an EscalationDesk needs a store and a clock; missing: "
                        + (store == null ? "store " : "") + (clock == null ? "clock" : ""));
            }
            return new EscalationDesk(this);
        }
    }
}
