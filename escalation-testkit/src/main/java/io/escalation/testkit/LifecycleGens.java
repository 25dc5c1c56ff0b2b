package io.escalation.testkit;

import io.escalation.lifecycle.Action;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.ActorRole;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.lifecycle.ReferralKind;
import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.FreeText;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Generators for the lifecycle: raise events and random attempts at actions by random actors,
 * for property tests of the state machine and of stores.
 */
public final class LifecycleGens {

    private LifecycleGens() {}

    /**
     * An attempt to perform an action: which action, in which role, and the free choices the event
     * needs. {@link #toEvent(EscalationState)} turns it into the next event of a state, which the
     * state may accept or refuse.
     *
     * @param action the action
     * @param role the actor's role
     * @param sameOperator for operators: whether it is the operator who raised the escalation
     * @param gap time since the previous event
     * @param tierIsManager for take-overs: manager rather than supervisor
     * @param toClient for referrals: the client rather than a department
     * @param priority for priority raises: the new priority
     * @param badCallbackTimes for callbacks: promise before the due time (must be refused)
     * @param followRules whether to pick among the actions the status allows (by {@code choice})
     *     instead of {@code action}, so sequences get far into the life of an escalation
     * @param choice which allowed action to pick
     */
    public record Attempt(Action action, ActorRole role, boolean sameOperator, Duration gap, boolean tierIsManager,
            boolean toClient, Priority priority, boolean badCallbackTimes, boolean followRules, int choice) {

        /**
         * Returns the action this attempt makes in {@code state}.
         *
         * @param state the current state
         * @return {@code action}, or an allowed action when following the rules
         */
        public Action actionIn(EscalationState state) {
            if (!followRules) {
                return action;
            }
            List<Action> allowed = new java.util.ArrayList<>(state.allowedActions());
            if (allowed.isEmpty()) {
                return action;
            }
            java.util.Collections.sort(allowed);
            Action picked = allowed.get(Math.floorMod(choice, allowed.size()));
            return picked;
        }

        /**
         * Returns the role this attempt acts in for {@code action}: when following the rules, a
         * role allowed to perform it (by {@code choice}); otherwise {@code role}.
         */
        private ActorRole roleFor(Action chosen) {
            if (!followRules) {
                return role;
            }
            List<ActorRole> roles = new java.util.ArrayList<>(io.escalation.lifecycle.Lifecycle.rolesFor(chosen));
            java.util.Collections.sort(roles);
            return roles.get(Math.floorMod(choice / 7, roles.size()));
        }

        /**
         * Builds the event this attempt makes as the next event of {@code state}.
         *
         * @param state the current state
         * @return the event; applying it may be refused
         */
        public EscalationEvent toEvent(EscalationState state) {
            long v = state.version() + 1;
            Instant at = state.updatedAt().plus(gap);
            String operatorId = state.escalation().operator().id().value();
            Action chosen = actionIn(state);
            ActorRole actingRole = roleFor(chosen);
            Actor actor = new Actor(actingRole == ActorRole.OPERATOR && sameOperator ? operatorId
                    : actingRole.name().toLowerCase(java.util.Locale.ROOT) + "-1", actingRole);
            var id = state.id();
            return switch (chosen) {
                case RAISE -> raised(state.escalation(), actor, false).again(v, at);
                case ACKNOWLEDGE -> new EscalationEvent.Acknowledged(id, v, at, actor);
                case INSTRUCT -> new EscalationEvent.Instructed(id, v, at, actor, FreeText.of("指示"));
                case TAKE_OVER -> new EscalationEvent.TakenOver(id, v, at, actor,
                        tierIsManager ? Tier.MANAGER : Tier.SUPERVISOR);
                case REFER -> new EscalationEvent.Referred(id, v, at, actor,
                        toClient ? ReferralKind.CLIENT : ReferralKind.DEPARTMENT, Department.of(toClient ? "client" : "dept"));
                case RECORD_ANSWER -> new EscalationEvent.AnswerReceived(id, v, at, actor, FreeText.of("回答"));
                case EXPLAIN -> new EscalationEvent.Explained(id, v, at, actor);
                case RESOLVE -> new EscalationEvent.Resolved(id, v, at, actor, FreeText.of("解決"));
                case REOPEN -> new EscalationEvent.Reopened(id, v, at, actor, null);
                case CLOSE -> new EscalationEvent.Closed(id, v, at, actor);
                case WITHDRAW -> new EscalationEvent.Withdrawn(id, v, at, actor, null);
                case REASSIGN -> new EscalationEvent.Reassigned(id, v, at, actor,
                        tierIsManager ? Actor.manager("mgr-2") : Actor.supervisor("sv-2"));
                case SCHEDULE_CALLBACK -> new EscalationEvent.CallbackScheduled(id, v, at, actor, Actor.supervisor("sv-1"),
                        at.plus(Duration.ofHours(badCallbackTimes ? 3 : 1)), at.plus(Duration.ofHours(2)),
                        at.plus(Duration.ofMinutes(105)));
                case RECORD_CALLBACK_MADE -> new EscalationEvent.CallbackMade(id, v, at, actor);
                case RECORD_CALLBACK_MISSED -> new EscalationEvent.CallbackMissed(id, v, at, actor);
                case APPROVE_IRREGULAR_HANDLING -> new EscalationEvent.IrregularHandlingApproved(id, v, at, actor);
                case RECORD_CLIENT_APPROVAL -> new EscalationEvent.ClientApproved(id, v, at, actor);
                case RAISE_PRIORITY -> new EscalationEvent.PriorityRaised(id, v, at, actor, priority,
                        Reason.of("test", "テスト", "test", "property"));
                case AWAIT_CUSTOMER -> new EscalationEvent.AwaitingCustomer(id, v, at, actor,
                        toClient ? FreeText.of("書類の送付") : null);
                case RECORD_CUSTOMER_RESPONSE -> new EscalationEvent.CustomerResponded(id, v, at, actor);
            };
        }
    }

    /** A raise event whose version can be changed, for attempts to raise twice. */
    private record RaisedWithVersion(EscalationEvent.Raised raised) {
        EscalationEvent.Raised again(long version, Instant at) {
            return new EscalationEvent.Raised(raised.escalationId(), version, at, raised.actor(),
                    raised.escalation(), raised.tier(), raised.assignee(), raised.priority(), raised.reasons(),
                    raised.clientApprovalRequired());
        }
    }

    private static RaisedWithVersion raised(Escalation e, Actor actor, boolean clientApprovalRequired) {
        return new RaisedWithVersion(new EscalationEvent.Raised(e.id(), 1, e.raisedAt(), actor, e, Tier.SUPERVISOR,
                Actor.supervisor("sv-1"), Priority.NORMAL,
                List.of(Reason.of("generated", "生成", "generated", "LifecycleGens")), clientApprovalRequired));
    }

    /**
     * Raise events of generated escalations, by their operator, some needing client approval.
     *
     * @return the generator
     */
    public static Gen<EscalationEvent.Raised> raises() {
        return Gens.combine(EscalationGens.escalations(), Gens.booleans(), (e, client) ->
                raised(e, Actor.operator(e.operator().id().value()), client).raised());
    }

    /**
     * Attempts at any action by any role, with gaps from 0 to 3 days (mostly minutes).
     *
     * @return the generator
     */
    public static Gen<Attempt> attempts() {
        Gen<Duration> gaps = Gens.frequency(Gens.weighted(8, Gens.durations(Duration.ZERO, Duration.ofHours(1))),
                Gens.weighted(2, Gens.durations(Duration.ZERO, Duration.ofDays(3))));
        return Gens.record(p -> new Attempt(p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), p.get(5), p.get(6),
                        p.get(7), p.get(8), p.get(9)),
                Gens.enums(Action.class), Gens.enums(ActorRole.class), Gens.booleans(), gaps, Gens.booleans(),
                Gens.booleans(), Gens.enums(Priority.class), Gens.frequency(Gens.weighted(9, Gens.constant(false)),
                        Gens.weighted(1, Gens.constant(true))),
                Gens.frequency(Gens.weighted(1, Gens.constant(false)), Gens.weighted(4, Gens.constant(true))),
                Gens.integers(0, 1_000_000));
    }

    /**
     * Sequences of up to {@code maxLength} attempts.
     *
     * @param maxLength the most attempts
     * @return the generator
     */
    public static Gen<List<Attempt>> sequences(int maxLength) {
        return Gens.lists(attempts(), 0, maxLength);
    }
}
