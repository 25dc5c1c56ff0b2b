package io.escalation.lifecycle;

import io.escalation.internal.validation.Checks;
import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.EscalationId;
import io.escalation.model.FreeText;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.Tier;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One step in the life of an escalation: immutable, with the escalation's id, a version (1 for
 * {@link Raised}, then contiguous), the instant (from the desk's clock) and the actor. The state of
 * an escalation is the fold of its events ({@link EscalationState#fold(List)}); nothing else is
 * mutable. The hierarchy is closed: hosts switch over it exhaustively.
 */
public sealed interface EscalationEvent {

    /**
     * Returns the escalation this event belongs to.
     *
     * @return the id
     */
    EscalationId escalationId();

    /**
     * Returns the event's version: 1 for {@link Raised}, then one more per event.
     *
     * @return the version
     */
    long version();

    /**
     * Returns when it happened.
     *
     * @return the instant
     */
    Instant at();

    /**
     * Returns who did it.
     *
     * @return the actor
     */
    Actor actor();

    /**
     * Returns the action this event records.
     *
     * @return the action
     */
    Action action();

    /**
     * Records that the operator raised the escalation; routing chose tier, assignee and priority.
     *
     * @param escalationId the escalation
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     * @param escalation the escalation as raised
     * @param tier the tier routing chose
     * @param assignee the responder routing chose, if any
     * @param priority the priority routing chose
     * @param reasons why routing decided so
     * @param clientApprovalRequired whether resolving needs the client's approval (outsourced irregular handling)
     */
    record Raised(@NotNull EscalationId escalationId,
            @Min(1) long version,
            @NotNull Instant at,
            @NotNull Actor actor,
            @NotNull Escalation escalation,
            @NotNull Tier tier,
            @Nullable Actor assignee,
            @NotNull Priority priority,
            @NotNull List<@NotNull Reason> reasons,
            boolean clientApprovalRequired) implements EscalationEvent {
        /**
         * Validates the event.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
         */
        public Raised {
            if (version < 1 || !Checks.allPresent(escalationId, at, actor, escalation, tier, priority, reasons) || !Checks.isList(reasons, Integer.MAX_VALUE)) {
                Checks.of(Raised.class, escalationId, version, at, actor, escalation, tier, assignee, priority, reasons,
                        clientApprovalRequired).noNullElements("reasons", reasons).done();
            }
            reasons = List.copyOf(reasons);
        }

        @Override
        public Action action() {
            return Action.RAISE;
        }
    }

    /**
     * Records that a supervisor took note and listens in; the actor becomes the owner.
     *
     * @param escalationId the escalation
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     */
    record Acknowledged(@NotNull EscalationId escalationId,
            @Min(1) long version,
            @NotNull Instant at,
            @NotNull Actor actor) implements EscalationEvent {
        /**
         * Validates the event.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
         */
        public Acknowledged {
            if (version < 1 || !Checks.allPresent(escalationId, at, actor)) {
                Checks.validate(Acknowledged.class, escalationId, version, at, actor);
            }
        }

        @Override
        public Action action() {
            return Action.ACKNOWLEDGE;
        }
    }

    /**
     * Records that a supervisor told the operator what to do.
     *
     * @param escalationId the escalation
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     * @param instruction the instruction (personal data)
     */
    record Instructed(@NotNull EscalationId escalationId,
            @Min(1) long version,
            @NotNull Instant at,
            @NotNull Actor actor,
            @NotNull FreeText instruction) implements EscalationEvent {
        /**
         * Validates the event.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
         */
        public Instructed {
            if (version < 1 || !Checks.allPresent(escalationId, at, actor, instruction)) {
                Checks.validate(Instructed.class, escalationId, version, at, actor, instruction);
            }
        }

        @Override
        public Action action() {
            return Action.INSTRUCT;
        }
    }

    /**
     * Records that a higher tier took the contact over; the actor becomes the owner.
     *
     * @param escalationId the escalation
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     * @param tier the tier that holds the contact now
     */
    record TakenOver(@NotNull EscalationId escalationId,
            @Min(1) long version,
            @NotNull Instant at,
            @NotNull Actor actor,
            @NotNull Tier tier) implements EscalationEvent {
        /**
         * Validates the event.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
         */
        public TakenOver {
            if (version < 1 || !Checks.allPresent(escalationId, at, actor, tier)) {
                Checks.validate(TakenOver.class, escalationId, version, at, actor, tier);
            }
        }

        @Override
        public Action action() {
            return Action.TAKE_OVER;
        }
    }

    /**
     * Records that referred to a department or the client.
     *
     * @param escalationId the escalation
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     * @param kind department or client
     * @param destination the department, or the client's code
     */
    record Referred(@NotNull EscalationId escalationId,
            @Min(1) long version,
            @NotNull Instant at,
            @NotNull Actor actor,
            @NotNull ReferralKind kind,
            @NotNull Department destination) implements EscalationEvent {
        /**
         * Validates the event.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
         */
        public Referred {
            if (version < 1 || !Checks.allPresent(escalationId, at, actor, kind, destination)) {
                Checks.validate(Referred.class, escalationId, version, at, actor, kind, destination);
            }
        }

        @Override
        public Action action() {
            return Action.REFER;
        }
    }

    /**
     * Records that the department or client answered.
     *
     * @param escalationId the escalation
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     * @param answer the answer (personal data)
     */
    record AnswerReceived(@NotNull EscalationId escalationId,
            @Min(1) long version,
            @NotNull Instant at,
            @NotNull Actor actor,
            @NotNull FreeText answer) implements EscalationEvent {
        /**
         * Validates the event.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
         */
        public AnswerReceived {
            if (version < 1 || !Checks.allPresent(escalationId, at, actor, answer)) {
                Checks.validate(AnswerReceived.class, escalationId, version, at, actor, answer);
            }
        }

        @Override
        public Action action() {
            return Action.RECORD_ANSWER;
        }
    }

    /**
     * Records that the answer was explained to the customer.
     *
     * @param escalationId the escalation
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     */
    record Explained(@NotNull EscalationId escalationId,
            @Min(1) long version,
            @NotNull Instant at,
            @NotNull Actor actor) implements EscalationEvent {
        /**
         * Validates the event.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
         */
        public Explained {
            if (version < 1 || !Checks.allPresent(escalationId, at, actor)) {
                Checks.validate(Explained.class, escalationId, version, at, actor);
            }
        }

        @Override
        public Action action() {
            return Action.EXPLAIN;
        }
    }

    /**
     * Records that the customer accepted.
     *
     * @param escalationId the escalation
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     * @param resolution how it was resolved, for the case library (personal data)
     */
    record Resolved(@NotNull EscalationId escalationId,
            @Min(1) long version,
            @NotNull Instant at,
            @NotNull Actor actor,
            @NotNull FreeText resolution) implements EscalationEvent {
        /**
         * Validates the event.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
         */
        public Resolved {
            if (version < 1 || !Checks.allPresent(escalationId, at, actor, resolution)) {
                Checks.validate(Resolved.class, escalationId, version, at, actor, resolution);
            }
        }

        @Override
        public Action action() {
            return Action.RESOLVE;
        }
    }

    /**
     * Records that a resolved escalation was reopened.
     *
     * @param escalationId the escalation
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     * @param why why (personal data), if given
     */
    record Reopened(@NotNull EscalationId escalationId,
            @Min(1) long version,
            @NotNull Instant at,
            @NotNull Actor actor,
            @Nullable FreeText why) implements EscalationEvent {
        /**
         * Validates the event.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
         */
        public Reopened {
            if (version < 1 || !Checks.allPresent(escalationId, at, actor)) {
                Checks.validate(Reopened.class, escalationId, version, at, actor, why);
            }
        }

        @Override
        public Action action() {
            return Action.REOPEN;
        }
    }

    /**
     * Records that closed; nothing more can happen.
     *
     * @param escalationId the escalation
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     */
    record Closed(@NotNull EscalationId escalationId,
            @Min(1) long version,
            @NotNull Instant at,
            @NotNull Actor actor) implements EscalationEvent {
        /**
         * Validates the event.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
         */
        public Closed {
            if (version < 1 || !Checks.allPresent(escalationId, at, actor)) {
                Checks.validate(Closed.class, escalationId, version, at, actor);
            }
        }

        @Override
        public Action action() {
            return Action.CLOSE;
        }
    }

    /**
     * Records that the operator solved it after all.
     *
     * @param escalationId the escalation
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     * @param why how, if given (personal data)
     */
    record Withdrawn(@NotNull EscalationId escalationId,
            @Min(1) long version,
            @NotNull Instant at,
            @NotNull Actor actor,
            @Nullable FreeText why) implements EscalationEvent {
        /**
         * Validates the event.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
         */
        public Withdrawn {
            if (version < 1 || !Checks.allPresent(escalationId, at, actor)) {
                Checks.validate(Withdrawn.class, escalationId, version, at, actor, why);
            }
        }

        @Override
        public Action action() {
            return Action.WITHDRAW;
        }
    }

    /**
     * Records that given to another responder.
     *
     * @param escalationId the escalation
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     * @param to the new owner
     */
    record Reassigned(@NotNull EscalationId escalationId,
            @Min(1) long version,
            @NotNull Instant at,
            @NotNull Actor actor,
            @NotNull Actor to) implements EscalationEvent {
        /**
         * Validates the event.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
         */
        public Reassigned {
            if (version < 1 || !Checks.allPresent(escalationId, at, actor, to)) {
                Checks.validate(Reassigned.class, escalationId, version, at, actor, to);
            }
        }

        @Override
        public Action action() {
            return Action.REASSIGN;
        }
    }

    /**
     * Records that a callback was promised to the customer.
     *
     * @param escalationId the escalation
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     * @param responder who will call
     * @param dueAt when the responder can realistically call
     * @param promiseBy what the customer was promised
     * @param remindAt when to remind the responder
     */
    record CallbackScheduled(@NotNull EscalationId escalationId,
            @Min(1) long version,
            @NotNull Instant at,
            @NotNull Actor actor,
            @NotNull Actor responder,
            @NotNull Instant dueAt,
            @NotNull Instant promiseBy,
            @NotNull Instant remindAt) implements EscalationEvent {
        /**
         * Validates the event.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
         */
        public CallbackScheduled {
            if (version < 1 || !Checks.allPresent(escalationId, at, actor, responder, dueAt, promiseBy, remindAt)) {
                Checks.validate(CallbackScheduled.class, escalationId, version, at, actor, responder, dueAt, promiseBy, remindAt);
            }
        }

        @Override
        public Action action() {
            return Action.SCHEDULE_CALLBACK;
        }
    }

    /**
     * Records that the promised callback was made.
     *
     * @param escalationId the escalation
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     */
    record CallbackMade(@NotNull EscalationId escalationId,
            @Min(1) long version,
            @NotNull Instant at,
            @NotNull Actor actor) implements EscalationEvent {
        /**
         * Validates the event.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
         */
        public CallbackMade {
            if (version < 1 || !Checks.allPresent(escalationId, at, actor)) {
                Checks.validate(CallbackMade.class, escalationId, version, at, actor);
            }
        }

        @Override
        public Action action() {
            return Action.RECORD_CALLBACK_MADE;
        }
    }

    /**
     * Records that the promised callback was missed.
     *
     * @param escalationId the escalation
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     */
    record CallbackMissed(@NotNull EscalationId escalationId,
            @Min(1) long version,
            @NotNull Instant at,
            @NotNull Actor actor) implements EscalationEvent {
        /**
         * Validates the event.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
         */
        public CallbackMissed {
            if (version < 1 || !Checks.allPresent(escalationId, at, actor)) {
                Checks.validate(CallbackMissed.class, escalationId, version, at, actor);
            }
        }

        @Override
        public Action action() {
            return Action.RECORD_CALLBACK_MISSED;
        }
    }

    /**
     * Records that a manager approved irregular handling.
     *
     * @param escalationId the escalation
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     */
    record IrregularHandlingApproved(@NotNull EscalationId escalationId,
            @Min(1) long version,
            @NotNull Instant at,
            @NotNull Actor actor) implements EscalationEvent {
        /**
         * Validates the event.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
         */
        public IrregularHandlingApproved {
            if (version < 1 || !Checks.allPresent(escalationId, at, actor)) {
                Checks.validate(IrregularHandlingApproved.class, escalationId, version, at, actor);
            }
        }

        @Override
        public Action action() {
            return Action.APPROVE_IRREGULAR_HANDLING;
        }
    }

    /**
     * Records that the client company's approval was recorded.
     *
     * @param escalationId the escalation
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     */
    record ClientApproved(@NotNull EscalationId escalationId,
            @Min(1) long version,
            @NotNull Instant at,
            @NotNull Actor actor) implements EscalationEvent {
        /**
         * Validates the event.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
         */
        public ClientApproved {
            if (version < 1 || !Checks.allPresent(escalationId, at, actor)) {
                Checks.validate(ClientApproved.class, escalationId, version, at, actor);
            }
        }

        @Override
        public Action action() {
            return Action.RECORD_CLIENT_APPROVAL;
        }
    }

    /**
     * Records that the priority was raised.
     *
     * @param escalationId the escalation
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     * @param to the new priority
     * @param reason why
     */
    record PriorityRaised(@NotNull EscalationId escalationId,
            @Min(1) long version,
            @NotNull Instant at,
            @NotNull Actor actor,
            @NotNull Priority to,
            @NotNull Reason reason) implements EscalationEvent {
        /**
         * Validates the event.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
         */
        public PriorityRaised {
            if (version < 1 || !Checks.allPresent(escalationId, at, actor, to, reason)) {
                Checks.validate(PriorityRaised.class, escalationId, version, at, actor, to, reason);
            }
        }

        @Override
        public Action action() {
            return Action.RAISE_PRIORITY;
        }
    }

    /**
     * Records that the escalation now waits for the customer (to check something, to send a
     * document).
     *
     * @param escalationId the escalation
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     * @param what what the customer is to do, if noted (personal data)
     */
    record AwaitingCustomer(@NotNull EscalationId escalationId,
            @Min(1) long version,
            @NotNull Instant at,
            @NotNull Actor actor,
            @Nullable FreeText what) implements EscalationEvent {
        /**
         * Validates the event.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
         */
        public AwaitingCustomer {
            if (version < 1 || !Checks.allPresent(escalationId, at, actor)) {
                Checks.validate(AwaitingCustomer.class, escalationId, version, at, actor, what);
            }
        }

        @Override
        public Action action() {
            return Action.AWAIT_CUSTOMER;
        }
    }

    /**
     * Records that the customer came back.
     *
     * @param escalationId the escalation
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     */
    record CustomerResponded(@NotNull EscalationId escalationId,
            @Min(1) long version,
            @NotNull Instant at,
            @NotNull Actor actor) implements EscalationEvent {
        /**
         * Validates the event.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
         */
        public CustomerResponded {
            if (version < 1 || !Checks.allPresent(escalationId, at, actor)) {
                Checks.validate(CustomerResponded.class, escalationId, version, at, actor);
            }
        }

        @Override
        public Action action() {
            return Action.RECORD_CUSTOMER_RESPONSE;
        }
    }
}
