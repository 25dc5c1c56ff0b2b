package io.escalation.lifecycle;

import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.EscalationId;
import io.escalation.model.EscalationRef;
import io.escalation.model.FreeText;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.RequestKind;
import io.escalation.model.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The state of an escalation: the fold of its events, and nothing else.
 *
 * <p>Only {@link #fold(List)}, {@link #start(EscalationEvent)} and {@link #apply(EscalationEvent)}
 * produce states; there is no other constructor. {@code apply} checks that the event continues
 * the history, that the status allows its action, that the actor has the authority and that the
 * change fits the facts (one pending callback at a time, approvals before an exception is
 * granted, ...), and returns the next state; on any failure it throws and nothing changed.
 * Folding a history and applying its events one by one give equal states. Immutable and
 * thread-safe; {@link #toString()} shows no personal data.
 */
public final class EscalationState {

    private final Escalation escalation;
    private final EscalationStatus status;
    private final long version;
    private final Tier tier;
    private final @Nullable Actor owner;
    private final Priority priority;
    private final List<Reason> routingReasons;
    private final @Nullable ReferralKind referralKind;
    private final @Nullable Department referredTo;
    private final int referrals;
    private final @Nullable ExplanationOutcome lastExplanation;
    private final List<CallbackRecord> callbacks;
    private final int chases;
    private final Set<String> slaNotices;
    private final boolean managerApproved;
    private final boolean clientApproved;
    private final boolean clientApprovalRequired;
    private final @Nullable FreeText resolution;
    private final @Nullable ExceptionDecision exceptionDecision;
    private final boolean awaitingCustomer;
    private final Instant updatedAt;
    private final List<EscalationEvent> history;

    private EscalationState(Builder b, List<EscalationEvent> history) {
        this.escalation = b.escalation;
        this.status = b.status;
        this.version = b.version;
        this.tier = b.tier;
        this.owner = b.owner;
        this.priority = b.priority;
        this.routingReasons = b.routingReasons;
        this.referralKind = b.referralKind;
        this.referredTo = b.referredTo;
        this.referrals = b.referrals;
        this.lastExplanation = b.lastExplanation;
        this.callbacks = List.copyOf(b.callbacks);
        this.chases = b.chases;
        this.slaNotices = b.slaNotices;
        this.managerApproved = b.managerApproved;
        this.clientApproved = b.clientApproved;
        this.clientApprovalRequired = b.clientApprovalRequired;
        this.resolution = b.resolution;
        this.exceptionDecision = b.exceptionDecision;
        this.awaitingCustomer = b.awaitingCustomer;
        this.updatedAt = b.updatedAt;
        this.history = history;
    }

    // ------------------------------------------------------------------ producing states

    /**
     * Folds a history into a state.
     *
     * @param events the history, starting with the raise
     * @return the state after the last event
     * @throws EventSequenceException if the history is empty, does not start with a raise, or
     *     is not contiguous
     * @throws IllegalTransitionException if an event is not allowed where it stands
     * @throws UnauthorizedActionException if an event's actor lacked the authority
     */
    public static EscalationState fold(List<EscalationEvent> events) {
        if (events == null || events.isEmpty()) {
            throw new EventSequenceException(null, "a history needs at least the raise event");
        }
        EscalationState state = start(events.get(0));
        for (int i = 1; i < events.size(); i++) {
            state = state.apply(events.get(i));
        }
        return state;
    }

    /**
     * Starts a state from its raise event.
     *
     * @param first the first event
     * @return the state after it
     * @throws EventSequenceException if it is not a raise with version 1 for its own escalation
     * @throws UnauthorizedActionException if its actor may not raise
     */
    public static EscalationState start(EscalationEvent first) {
        if (first == null) {
            throw new EventSequenceException(null, "a history needs at least the raise event");
        }
        if (!(first.change() instanceof Change.Raised raised)) {
            throw new EventSequenceException(first.ref(), "a history must start with RAISE, not " + first.action());
        }
        if (first.version() != 1) {
            throw new EventSequenceException(first.ref(), "the raise event must have version 1, not "
                    + first.version());
        }
        if (!first.ref().equals(raised.escalation().ref())) {
            throw new EventSequenceException(first.ref(), "the raise event's ref differs from its escalation's ("
                    + raised.escalation().ref() + ")");
        }
        checkRole(first.ref(), Action.RAISE, first.actor());
        Builder b = new Builder(raised, first);
        return new EscalationState(b, List.of(first));
    }

    /**
     * Returns the state after {@code event}, or throws if the event may not happen now.
     *
     * @param event the next event
     * @return the next state
     * @throws EventSequenceException if the event does not continue this history
     * @throws IllegalTransitionException if the status does not allow the action, or the change
     *     does not fit the facts
     * @throws UnauthorizedActionException if the actor lacks the authority
     */
    public EscalationState apply(EscalationEvent event) {
        checkSequence(event);
        Change change = event.change();
        Action action = change.action();
        if (!action.allowedFrom(status)) {
            throw refused(action, action == Action.RAISE ? "an escalation is raised once" : "");
        }
        checkRole(ref(), action, event.actor());
        Builder b = new Builder(this, event, action.to().orElse(status));
        Builder next = switch (action) {
            case RAISE -> throw refused(action, "an escalation is raised once");
            case ACKNOWLEDGE -> b.owner(event.actor());
            case INSTRUCT -> owner == null ? b.owner(event.actor()) : b;
            case TAKE_OVER -> b.owner(event.actor()).tier(((Change.TakenOver) change).tier());
            case REFER -> {
                Change.Referred r = (Change.Referred) change;
                b.referralKind = r.kind();
                b.referredTo = r.destination();
                b.referrals++;
                yield b;
            }
            case RECORD_ANSWER -> b;
            case EXPLAIN -> {
                b.lastExplanation = ((Change.Explained) change).outcome();
                yield b;
            }
            case RESOLVE -> {
                Change.Resolved r = (Change.Resolved) change;
                requireResolvable(r, event.actor());
                b.resolution = r.resolution();
                b.exceptionDecision = r.exception();
                yield b;
            }
            case REOPEN -> {
                b.resolution = null;
                b.exceptionDecision = null;
                b.lastExplanation = null;
                yield b;
            }
            case CLOSE -> b;
            case WITHDRAW -> {
                Actor who = event.actor();
                if (who.role() == ActorRole.OPERATOR && !who.id().value().equals(escalation.operator().id().value())) {
                    throw new UnauthorizedActionException(ref(), action, ActorRole.OPERATOR,
                            "only the operator who raised it may withdraw it");
                }
                yield b;
            }
            case REASSIGN -> {
                Actor to = ((Change.Reassigned) change).to();
                if (to.role() != ActorRole.OPERATOR && to.role() != ActorRole.SUPERVISOR
                        && to.role() != ActorRole.MANAGER) {
                    throw new UnauthorizedActionException(ref(), action, to.role(),
                            "only operators, supervisors and managers can be assigned");
                }
                yield b.owner(to);
            }
            case SCHEDULE_CALLBACK -> {
                Change.CallbackScheduled c = (Change.CallbackScheduled) change;
                if (pendingCallback().isPresent()) {
                    throw refused(action, "a callback is already pending; record it made or missed first");
                }
                if (c.dueAt().isAfter(c.promiseBy()) || !c.remindAt().isBefore(c.promiseBy())) {
                    throw refused(action, "a callback needs dueAt <= promiseBy and remindAt < promiseBy");
                }
                b.callbacks.add(new CallbackRecord(c.responder(), c.dueAt(), c.promiseBy(), c.remindAt(),
                        event.at(), CallbackOutcome.PENDING, 0, c.attemptBudget(), 0));
                yield b;
            }
            case RECORD_CALLBACK_MADE -> b.settleCallback(CallbackOutcome.MADE);
            case RECORD_CALLBACK_MISSED -> b.missCallbackAttempt();
            case APPROVE_IRREGULAR_HANDLING -> {
                if (escalation.inquiry().kind() != RequestKind.IRREGULAR_HANDLING || managerApproved) {
                    throw refused(action, managerApproved ? "already approved"
                            : "only irregular-handling requests need approval");
                }
                b.managerApproved = true;
                yield b;
            }
            case RECORD_CLIENT_APPROVAL -> {
                if (clientApproved) {
                    throw refused(action, "already recorded");
                }
                b.clientApproved = true;
                yield b;
            }
            case RAISE_PRIORITY -> {
                Priority to = ((Change.PriorityRaised) change).to();
                if (to.compareTo(priority) <= 0) {
                    throw refused(action, "the new priority must be higher than " + priority);
                }
                b.priority = to;
                yield b;
            }
            case AWAIT_CUSTOMER -> {
                if (awaitingCustomer) {
                    throw refused(action, "already waiting for the customer");
                }
                b.awaitingCustomer = true;
                yield b;
            }
            case RECORD_CUSTOMER_RESPONSE -> {
                if (!awaitingCustomer) {
                    throw refused(action, "the escalation is not waiting for the customer");
                }
                b.awaitingCustomer = false;
                yield b;
            }
            case RECORD_CHASE -> b.chased();
            case WARN_SLA -> {
                Change.SlaWarned w = (Change.SlaWarned) change;
                yield b.slaNotice(action, warningKey(w.metric(), w.since(), w.warning()));
            }
            case RECORD_SLA_BREACH -> {
                Change.SlaBreached br = (Change.SlaBreached) change;
                yield b.slaNotice(action, breachKey(br.metric(), br.since()));
            }
        };
        List<EscalationEvent> longer = new ArrayList<>(history.size() + 1);
        longer.addAll(history);
        longer.add(event);
        return new EscalationState(next, List.copyOf(longer));
    }

    private void requireResolvable(Change.Resolved resolved, Actor actor) {
        if (status == EscalationStatus.EXPLAINED && lastExplanation == ExplanationOutcome.NOT_SATISFIED) {
            throw refused(Action.RESOLVE, "the customer was not satisfied with the last explanation; refer it again"
                    + " or explain again");
        }
        if (escalation.inquiry().kind() != RequestKind.IRREGULAR_HANDLING) {
            if (resolved.exception() != null) {
                throw refused(Action.RESOLVE, "only irregular-handling requests carry an exception decision");
            }
            return;
        }
        if (actor.role() == ActorRole.OPERATOR) {
            throw new UnauthorizedActionException(ref(), Action.RESOLVE, actor.role(),
                    "irregular handling is resolved by a supervisor or manager, not the operator");
        }
        if (resolved.exception() == null) {
            throw refused(Action.RESOLVE, "resolving irregular handling must say whether the exception was granted");
        }
        if (resolved.exception() == ExceptionDecision.GRANTED) {
            if (!managerApproved) {
                throw new UnauthorizedActionException(ref(), Action.RESOLVE, actor.role(),
                        "granting an exception needs a manager's recorded approval");
            }
            if (clientApprovalRequired && !clientApproved) {
                throw new UnauthorizedActionException(ref(), Action.RESOLVE, actor.role(),
                        "this outsourced center must also record the client's approval before granting an exception");
            }
        }
    }

    private IllegalTransitionException refused(Action action, String detail) {
        return new IllegalTransitionException(ref(), status, action, allowedActions(), detail);
    }

    private void checkSequence(EscalationEvent event) {
        if (event == null) {
            throw new EventSequenceException(ref(), "the next event is missing");
        }
        if (!event.ref().equals(ref())) {
            throw new EventSequenceException(ref(), "event for escalation " + event.ref() + " applied here");
        }
        if (event.version() != version + 1) {
            throw new EventSequenceException(ref(), "at version " + version + "; the next event must have version "
                    + (version + 1) + ", not " + event.version());
        }
        if (event.at().isBefore(updatedAt)) {
            throw new EventSequenceException(ref(), "event " + event.version() + " at " + event.at()
                    + " is before the previous event at " + updatedAt);
        }
    }

    private static void checkRole(EscalationRef ref, Action action, Actor actor) {
        if (!action.roles().contains(actor.role())) {
            throw new UnauthorizedActionException(ref, action, actor.role(), "requires one of " + action.roles());
        }
    }

    // ------------------------------------------------------------------ reading

    /**
     * Returns the escalation's key.
     *
     * @return the tenant and id
     */
    public EscalationRef ref() {
        return escalation.ref();
    }

    /**
     * Returns the escalation's id within its tenant.
     *
     * @return the id
     */
    public EscalationId id() {
        return escalation.id();
    }

    /**
     * Returns the escalation as raised.
     *
     * @return the escalation
     */
    public Escalation escalation() {
        return escalation;
    }

    /**
     * Returns where it stands.
     *
     * @return the status
     */
    public EscalationStatus status() {
        return status;
    }

    /**
     * Returns the version of the last event.
     *
     * @return the version, 1 or more
     */
    public long version() {
        return version;
    }

    /**
     * Returns the tier that holds it.
     *
     * @return the tier
     */
    public Tier tier() {
        return tier;
    }

    /**
     * Returns who owns it now, if anyone.
     *
     * @return the owner, or {@code null}
     */
    public @Nullable Actor owner() {
        return owner;
    }

    /**
     * Returns how soon it must be handled.
     *
     * @return the priority
     */
    public Priority priority() {
        return priority;
    }

    /**
     * Returns the priority routing gave it when it was raised.
     *
     * @return the routed priority
     */
    public Priority routedPriority() {
        return history.get(0).change(Change.Raised.class).priority();
    }

    /**
     * Returns why routing decided as it did when it was raised.
     *
     * @return the reasons
     */
    public List<Reason> routingReasons() {
        return routingReasons;
    }

    /**
     * Returns whom it was last referred to (department or client), if ever.
     *
     * @return the kind, or {@code null}
     */
    public @Nullable ReferralKind referralKind() {
        return referralKind;
    }

    /**
     * Returns the department (or client code) it was last referred to, if ever.
     *
     * @return the destination, or {@code null}
     */
    public @Nullable Department referredTo() {
        return referredTo;
    }

    /**
     * Returns how often it was referred (2 after "explained, not satisfied, referred again").
     *
     * @return the number of referrals
     */
    public int referrals() {
        return referrals;
    }

    /**
     * Returns whether the customer accepted the last explanation, if one was given since it was
     * raised or reopened.
     *
     * @return the outcome, or {@code null}
     */
    public @Nullable ExplanationOutcome lastExplanation() {
        return lastExplanation;
    }

    /**
     * Returns every promised callback, oldest first.
     *
     * @return the callbacks
     */
    public List<CallbackRecord> callbacks() {
        return callbacks;
    }

    /**
     * Returns how often the customer chased this escalation.
     *
     * @return the number of recorded chases
     */
    public int chases() {
        return chases;
    }

    /**
     * Returns whether the warning {@code warning} of the SLA target on {@code metric} was recorded
     * for the occurrence that started at version {@code since}.
     *
     * @param metric the target's metric
     * @param since the occurrence's first version
     * @param warning the warning's position, from 0
     * @return {@code true} once recorded
     */
    public boolean slaWarned(SlaMetric metric, long since, int warning) {
        return slaNotices.contains(warningKey(metric, since, warning));
    }

    /**
     * Returns whether the breach of the SLA target on {@code metric} was recorded for the
     * occurrence that started at version {@code since}.
     *
     * @param metric the target's metric
     * @param since the occurrence's first version
     * @return {@code true} once recorded
     */
    public boolean slaBreached(SlaMetric metric, long since) {
        return slaNotices.contains(breachKey(metric, since));
    }

    private static String warningKey(@Nullable SlaMetric metric, long since, int warning) {
        return metric + "@" + since + "#" + warning;
    }

    private static String breachKey(@Nullable SlaMetric metric, long since) {
        return metric + "@" + since + "!";
    }

    /**
     * Returns whether a manager approved irregular handling.
     *
     * @return {@code true} once approved
     */
    public boolean managerApproved() {
        return managerApproved;
    }

    /**
     * Returns whether the client's approval was recorded.
     *
     * @return {@code true} once recorded
     */
    public boolean clientApproved() {
        return clientApproved;
    }

    /**
     * Returns whether granting an exception needs the client's approval (outsourced center).
     *
     * @return {@code true} when required
     */
    public boolean clientApprovalRequired() {
        return clientApprovalRequired;
    }

    /**
     * Returns how it was resolved, once resolved (personal data).
     *
     * @return the resolution, or {@code null}
     */
    public @Nullable FreeText resolution() {
        return resolution;
    }

    /**
     * Returns, for a resolved irregular-handling request, whether the exception was granted.
     *
     * @return the decision, or {@code null}
     */
    public @Nullable ExceptionDecision exceptionDecision() {
        return exceptionDecision;
    }

    /**
     * Returns whether it waits for the customer now.
     *
     * @return {@code true} while waiting
     */
    public boolean awaitingCustomer() {
        return awaitingCustomer;
    }

    /**
     * Returns the instant of the last event.
     *
     * @return the instant
     */
    public Instant updatedAt() {
        return updatedAt;
    }

    /**
     * Returns every event, oldest first.
     *
     * @return the history, never empty
     */
    public List<EscalationEvent> history() {
        return history;
    }

    /**
     * Returns the actions the current status allows (whatever the actor).
     *
     * @return the allowed actions
     */
    public Set<Action> allowedActions() {
        return Action.allowedIn(status);
    }

    /**
     * Returns the pending callback, if one is promised and not yet made or missed.
     *
     * @return the pending callback
     */
    public Optional<CallbackRecord> pendingCallback() {
        for (CallbackRecord c : callbacks) {
            if (c.outcome() == CallbackOutcome.PENDING) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Two states are equal when they fold the same history (every derived field is then equal).
     *
     * @param other another object
     * @return {@code true} for states of equal histories
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EscalationState s && s.version == version && s.history.equals(history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ref(), version);
    }

    /**
     * Describes the state without personal data: ref, status, version, tier, owner and priority.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "EscalationState[" + ref() + ", " + status + ", version " + version + ", tier " + tier.code()
                + ", owner " + owner + ", priority " + priority + "]";
    }

    /** Mutable scratch space for one transition; never escapes. */
    private static final class Builder {
        private final Escalation escalation;
        private final EscalationStatus status;
        private final long version;
        private Tier tier;
        private @Nullable Actor owner;
        private Priority priority;
        private final List<Reason> routingReasons;
        private @Nullable ReferralKind referralKind;
        private @Nullable Department referredTo;
        private int referrals;
        private @Nullable ExplanationOutcome lastExplanation;
        private final List<CallbackRecord> callbacks;
        private int chases;
        private Set<String> slaNotices;
        private boolean managerApproved;
        private boolean clientApproved;
        private final boolean clientApprovalRequired;
        private @Nullable FreeText resolution;
        private @Nullable ExceptionDecision exceptionDecision;
        private boolean awaitingCustomer;
        private final Instant updatedAt;
        private final @Nullable EscalationState from;
        private final Action action;

        Builder(Change.Raised raised, EscalationEvent event) {
            this.escalation = raised.escalation();
            this.status = EscalationStatus.RAISED;
            this.version = 1;
            this.tier = raised.tier();
            this.owner = raised.assignee();
            this.priority = raised.priority();
            this.routingReasons = raised.reasons();
            this.callbacks = new ArrayList<>(0);
            this.slaNotices = Set.of();
            this.clientApprovalRequired = raised.clientApprovalRequired();
            this.updatedAt = event.at();
            this.from = null;
            this.action = Action.RAISE;
        }

        Builder(EscalationState from, EscalationEvent event, EscalationStatus status) {
            this.escalation = from.escalation;
            this.status = status;
            this.version = event.version();
            this.tier = from.tier;
            this.owner = from.owner;
            this.priority = from.priority;
            this.routingReasons = from.routingReasons;
            this.referralKind = from.referralKind;
            this.referredTo = from.referredTo;
            this.referrals = from.referrals;
            this.lastExplanation = from.lastExplanation;
            this.callbacks = new ArrayList<>(from.callbacks);
            this.chases = from.chases;
            this.slaNotices = from.slaNotices;
            this.managerApproved = from.managerApproved;
            this.clientApproved = from.clientApproved;
            this.clientApprovalRequired = from.clientApprovalRequired;
            this.resolution = from.resolution;
            this.exceptionDecision = from.exceptionDecision;
            // an escalation that is no longer open waits for nobody
            this.awaitingCustomer = from.awaitingCustomer && status.isOpen();
            this.updatedAt = event.at();
            this.from = from;
            this.action = event.action();
        }

        Builder owner(Actor value) {
            this.owner = value;
            return this;
        }

        Builder tier(Tier value) {
            this.tier = value;
            return this;
        }

        Builder slaNotice(Action action, String key) {
            if (slaNotices.contains(key)) {
                throw Objects.requireNonNull(from).refused(action, "this SLA notice was already recorded");
            }
            Set<String> more = new java.util.HashSet<>(slaNotices);
            more.add(key);
            this.slaNotices = Set.copyOf(more);
            return this;
        }

        Builder chased() {
            chases++;
            for (int i = 0; i < callbacks.size(); i++) {
                if (callbacks.get(i).outcome() == CallbackOutcome.PENDING) {
                    callbacks.set(i, callbacks.get(i).chased());
                }
            }
            return this;
        }

        Builder missCallbackAttempt() {
            for (int i = 0; i < callbacks.size(); i++) {
                if (callbacks.get(i).outcome() == CallbackOutcome.PENDING) {
                    callbacks.set(i, callbacks.get(i).missedOnce());
                    return this;
                }
            }
            EscalationState s = Objects.requireNonNull(from);
            throw new IllegalTransitionException(s.ref(), s.status, action, s.allowedActions(), "no callback is pending");
        }

        Builder settleCallback(CallbackOutcome outcome) {
            for (int i = 0; i < callbacks.size(); i++) {
                if (callbacks.get(i).outcome() == CallbackOutcome.PENDING) {
                    callbacks.set(i, callbacks.get(i).withOutcome(outcome));
                    return this;
                }
            }
            EscalationState s = Objects.requireNonNull(from);
            throw new IllegalTransitionException(s.ref(), s.status, action, s.allowedActions(), "no callback is pending");
        }
    }
}
