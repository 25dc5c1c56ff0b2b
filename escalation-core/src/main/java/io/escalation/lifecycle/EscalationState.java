package io.escalation.lifecycle;

import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.EscalationId;
import io.escalation.model.FreeText;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.RequestKind;
import io.escalation.model.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The state of an escalation: the fold of its events, and nothing else.
 *
 * <p>Immutable. {@link #apply(EscalationEvent)} checks that the event continues the history, that
 * the status allows its action and that the actor has the authority, and returns the next state;
 * on any failure it throws and this state is unchanged (it cannot change). Folding a history and
 * applying its events one by one give equal states.
 *
 * @param escalation the escalation as raised
 * @param status where it stands
 * @param version the version of the last event
 * @param tier the tier that holds it
 * @param owner who owns it now, if anyone
 * @param priority how soon it must be handled
 * @param routingReasons why routing decided as it did when it was raised
 * @param referralKind department or client, while or after it was referred
 * @param referredTo the department (or client code) it was last referred to
 * @param callbacks every promised callback, oldest first
 * @param managerApproved a manager approved irregular handling
 * @param clientApproved the client's approval was recorded
 * @param clientApprovalRequired resolving irregular handling needs the client's approval
 * @param resolution how it was resolved, once resolved
 * @param awaitingCustomer whether it waits for the customer now
 * @param updatedAt the instant of the last event
 * @param history every event, oldest first
 */
public record EscalationState(
        Escalation escalation,
        EscalationStatus status,
        long version,
        Tier tier,
        @Nullable Actor owner,
        Priority priority,
        List<Reason> routingReasons,
        @Nullable ReferralKind referralKind,
        @Nullable Department referredTo,
        List<CallbackRecord> callbacks,
        boolean managerApproved,
        boolean clientApproved,
        boolean clientApprovalRequired,
        @Nullable FreeText resolution,
        boolean awaitingCustomer,
        Instant updatedAt,
        List<EscalationEvent> history) {

    /** Copies the lists. */
    public EscalationState {
        routingReasons = List.copyOf(routingReasons);
        callbacks = List.copyOf(callbacks);
        history = List.copyOf(history);
    }

    /**
     * Folds a history into a state.
     *
     * @param events the history, starting with {@link EscalationEvent.Raised}
     * @return the state after the last event
     * @throws EventSequenceException if the history is empty, does not start with a raise, or
     *     is not contiguous
     * @throws IllegalTransitionException if an event is not allowed where it stands
     * @throws UnauthorizedActionException if an event's actor lacked the authority
     */
    public static EscalationState fold(List<? extends EscalationEvent> events) {
        if (events.isEmpty()) {
            throw new EventSequenceException("a history needs at least the raise event");
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
     * @throws EventSequenceException if it is not a raise with version 1
     * @throws UnauthorizedActionException if its actor may not raise
     */
    public static EscalationState start(EscalationEvent first) {
        if (!(first instanceof EscalationEvent.Raised raised)) {
            throw new EventSequenceException("a history must start with RAISE, not " + first.action());
        }
        if (raised.version() != 1) {
            throw new EventSequenceException("the raise event must have version 1, not " + raised.version());
        }
        if (!raised.escalationId().equals(raised.escalation().id())) {
            throw new EventSequenceException("the raise event's id differs from its escalation's id");
        }
        checkRole(raised.escalationId(), Action.RAISE, raised.actor());
        return new EscalationState(raised.escalation(), EscalationStatus.RAISED, 1, raised.tier(), raised.assignee(),
                raised.priority(), raised.reasons(), null, null, List.of(), false, false,
                raised.clientApprovalRequired(), null, false, raised.at(), List.of(raised));
    }

    /**
     * Returns the escalation's id.
     *
     * @return the id
     */
    public EscalationId id() {
        return escalation.id();
    }

    /**
     * Returns the actions the current status allows (whatever the actor).
     *
     * @return the allowed actions
     */
    public Set<Action> allowedActions() {
        return Transitions.allowedFrom(status);
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
     * Returns the state after {@code event}, or throws if the event may not happen now.
     *
     * @param event the next event
     * @return the next state
     * @throws EventSequenceException if the event does not continue this history
     * @throws IllegalTransitionException if the status does not allow the action
     * @throws UnauthorizedActionException if the actor lacks the authority
     */
    public EscalationState apply(EscalationEvent event) {
        checkSequence(event);
        Action action = event.action();
        Transitions.Rule rule = Transitions.RULES.get(action);
        if (!rule.from().contains(status)) {
            throw new IllegalTransitionException(id(), status, action, allowedActions(), "");
        }
        checkRole(id(), action, event.actor());
        EscalationStatus next = rule.to() == null ? status : rule.to();
        Builder b = new Builder(this, event, next);
        if (event instanceof EscalationEvent.Raised) {
            throw new IllegalTransitionException(id(), status, action,
                    allowedActions(), "an escalation is raised once");
        } else if (event instanceof EscalationEvent.Acknowledged a) {
            b.owner = a.actor();
        } else if (event instanceof EscalationEvent.Instructed i) {
            if (owner == null) {
                b.owner = i.actor();
            }
        } else if (event instanceof EscalationEvent.TakenOver t) {
            b.owner = t.actor();
            b.tier = t.tier();
        } else if (event instanceof EscalationEvent.Referred r) {
            b.referralKind = r.kind();
            b.referredTo = r.destination();
        } else if (event instanceof EscalationEvent.AnswerReceived) {
            // no change besides the status
        } else if (event instanceof EscalationEvent.Explained) {
            // no change besides the status
        } else if (event instanceof EscalationEvent.Resolved r) {
            requireApprovals(action, r.actor());
            b.resolution = r.resolution();
        } else if (event instanceof EscalationEvent.Reopened) {
            b.resolution = null;
        } else if (event instanceof EscalationEvent.Closed) {
            // no change besides the status
        } else if (event instanceof EscalationEvent.Withdrawn w) {
            if (w.actor().role() == ActorRole.OPERATOR && !w.actor().id().equals(escalation.operator().id().value())) {
                throw new UnauthorizedActionException(id(), action, ActorRole.OPERATOR,
                        "only the operator who raised it may withdraw it");
            }
        } else if (event instanceof EscalationEvent.Reassigned r) {
            if (r.to().role() != ActorRole.OPERATOR && r.to().role() != ActorRole.SUPERVISOR
                    && r.to().role() != ActorRole.MANAGER) {
                throw new UnauthorizedActionException(id(), action, r.to().role(),
                        "only operators, supervisors and managers can be assigned");
            }
            b.owner = r.to();
        } else if (event instanceof EscalationEvent.CallbackScheduled c) {
            if (pendingCallback().isPresent()) {
                throw new IllegalTransitionException(id(), status, action, allowedActions(),
                        "a callback is already pending; record it made or missed first");
            }
            if (c.dueAt().isAfter(c.promiseBy()) || !c.remindAt().isBefore(c.promiseBy())) {
                throw new IllegalTransitionException(id(), status, action, allowedActions(),
                        "a callback needs dueAt <= promiseBy and remindAt < promiseBy");
            }
            b.callbacks.add(new CallbackRecord(c.responder(), c.dueAt(), c.promiseBy(), c.remindAt(), c.at(),
                    CallbackOutcome.PENDING));
        } else if (event instanceof EscalationEvent.CallbackMade) {
            b.settleCallback(CallbackOutcome.MADE);
        } else if (event instanceof EscalationEvent.CallbackMissed) {
            b.settleCallback(CallbackOutcome.MISSED);
        } else if (event instanceof EscalationEvent.IrregularHandlingApproved) {
            if (escalation.inquiry().kind() != RequestKind.IRREGULAR_HANDLING || managerApproved) {
                throw new IllegalTransitionException(id(), status, action, allowedActions(),
                        managerApproved ? "already approved" : "only irregular-handling requests need approval");
            }
            b.managerApproved = true;
        } else if (event instanceof EscalationEvent.ClientApproved) {
            if (clientApproved) {
                throw new IllegalTransitionException(id(), status, action, allowedActions(), "already recorded");
            }
            b.clientApproved = true;
        } else if (event instanceof EscalationEvent.AwaitingCustomer) {
            if (awaitingCustomer) {
                throw new IllegalTransitionException(id(), status, action, allowedActions(),
                        "already waiting for the customer");
            }
            b.awaitingCustomer = true;
        } else if (event instanceof EscalationEvent.CustomerResponded) {
            if (!awaitingCustomer) {
                throw new IllegalTransitionException(id(), status, action, allowedActions(),
                        "the escalation is not waiting for the customer");
            }
            b.awaitingCustomer = false;
        } else if (event instanceof EscalationEvent.PriorityRaised p) {
            if (p.to().compareTo(priority) <= 0) {
                throw new IllegalTransitionException(id(), status, action, allowedActions(),
                        "the new priority must be higher than " + priority);
            }
            b.priority = p.to();
        }
        return b.build();
    }

    private void requireApprovals(Action action, Actor actor) {
        if (escalation.inquiry().kind() != RequestKind.IRREGULAR_HANDLING) {
            return;
        }
        if (actor.role() == ActorRole.OPERATOR) {
            throw new UnauthorizedActionException(id(), action, actor.role(),
                    "irregular handling is resolved by a supervisor or manager, not the operator");
        }
        if (managerApproved && clientApprovalRequired && !clientApproved) {
            throw new UnauthorizedActionException(id(), action, actor.role(),
                    "the manager approved an exception, which this outsourced center must also have the client approve");
        }
    }

    private void checkSequence(EscalationEvent event) {
        if (!event.escalationId().equals(id())) {
            throw new EventSequenceException("event for escalation " + event.escalationId() + " applied to " + id());
        }
        if (event.version() != version + 1) {
            throw new EventSequenceException("escalation " + id() + " is at version " + version + "; the next event"
                    + " must have version " + (version + 1) + ", not " + event.version());
        }
        if (event.at().isBefore(updatedAt)) {
            throw new EventSequenceException("escalation " + id() + ": event " + event.version() + " at " + event.at()
                    + " is before the previous event at " + updatedAt);
        }
    }

    private static void checkRole(EscalationId id, Action action, Actor actor) {
        Set<ActorRole> roles = Transitions.RULES.get(action).roles();
        if (!roles.contains(actor.role())) {
            throw new UnauthorizedActionException(id, action, actor.role(), "requires one of " + roles);
        }
    }

    /** Mutable scratch space for one transition; never escapes. */
    private static final class Builder {
        private final EscalationState from;
        private final EscalationEvent event;
        private final EscalationStatus status;
        private Tier tier;
        private @Nullable Actor owner;
        private Priority priority;
        private @Nullable ReferralKind referralKind;
        private @Nullable Department referredTo;
        private final List<CallbackRecord> callbacks;
        private boolean managerApproved;
        private boolean clientApproved;
        private @Nullable FreeText resolution;
        private boolean awaitingCustomer;

        Builder(EscalationState from, EscalationEvent event, EscalationStatus status) {
            this.from = from;
            this.event = event;
            this.status = status;
            this.tier = from.tier;
            this.owner = from.owner;
            this.priority = from.priority;
            this.referralKind = from.referralKind;
            this.referredTo = from.referredTo;
            this.callbacks = new ArrayList<>(from.callbacks);
            this.managerApproved = from.managerApproved;
            this.clientApproved = from.clientApproved;
            this.resolution = from.resolution;
            // an escalation that is no longer open waits for nobody
            this.awaitingCustomer = from.awaitingCustomer && status.isOpen();
        }

        void settleCallback(CallbackOutcome outcome) {
            for (int i = 0; i < callbacks.size(); i++) {
                if (callbacks.get(i).outcome() == CallbackOutcome.PENDING) {
                    callbacks.set(i, callbacks.get(i).withOutcome(outcome));
                    return;
                }
            }
            throw new IllegalTransitionException(from.id(), from.status, event.action(), from.allowedActions(),
                    "no callback is pending");
        }

        EscalationState build() {
            List<EscalationEvent> history = new ArrayList<>(from.history.size() + 1);
            history.addAll(from.history);
            history.add(event);
            return new EscalationState(from.escalation, status, event.version(), tier, owner, priority,
                    from.routingReasons, referralKind, referredTo, callbacks, managerApproved, clientApproved,
                    from.clientApprovalRequired, resolution, awaitingCustomer, event.at(), history);
        }
    }
}
