package io.escalation.lifecycle;

import io.escalation.internal.validation.Checks;
import static io.escalation.lifecycle.ActorRole.CLIENT;
import static io.escalation.lifecycle.ActorRole.DEPARTMENT;
import static io.escalation.lifecycle.ActorRole.MANAGER;
import static io.escalation.lifecycle.ActorRole.OPERATOR;
import static io.escalation.lifecycle.ActorRole.SUPERVISOR;
import static io.escalation.lifecycle.ActorRole.SYSTEM;
import static io.escalation.lifecycle.EscalationStatus.ACKNOWLEDGED;
import static io.escalation.lifecycle.EscalationStatus.ANSWER_RECEIVED;
import static io.escalation.lifecycle.EscalationStatus.CLOSED;
import static io.escalation.lifecycle.EscalationStatus.EXPLAINED;
import static io.escalation.lifecycle.EscalationStatus.INSTRUCTED;
import static io.escalation.lifecycle.EscalationStatus.RAISED;
import static io.escalation.lifecycle.EscalationStatus.REFERRED;
import static io.escalation.lifecycle.EscalationStatus.RESOLVED;
import static io.escalation.lifecycle.EscalationStatus.TAKEN_OVER;
import static io.escalation.lifecycle.EscalationStatus.WITHDRAWN;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle's vocabulary, defined once: every action, the {@link Change} record that records
 * it, its stable JSON type name, the statuses it may start from, the status it leads to, and the
 * roles allowed to perform it. The state machine, the JSON mapping, the generators of the test
 * kit, the stores and the README's diagram all read this table.
 *
 * <p>Adding an action touches three places: its record in {@link Change}, its row here, and its
 * case in {@link EscalationState}'s exhaustive switch (which does not compile until it is there).
 */
public enum Action {
    /** Raise the escalation. */
    RAISE(Change.Raised.class, "raised", Set.of(), RAISED, OPERATOR, SUPERVISOR, MANAGER, SYSTEM),
    /** A supervisor acknowledges and listens in. */
    ACKNOWLEDGE(Change.Acknowledged.class, "acknowledged", EnumSet.of(RAISED), ACKNOWLEDGED, SUPERVISOR, MANAGER),
    /** A supervisor instructs the operator. */
    INSTRUCT(Change.Instructed.class, "instructed", EnumSet.of(RAISED, ACKNOWLEDGED, INSTRUCTED), INSTRUCTED,
            SUPERVISOR, MANAGER),
    /** A higher tier takes the contact over. */
    TAKE_OVER(Change.TakenOver.class, "takenOver", EnumSet.of(RAISED, ACKNOWLEDGED, INSTRUCTED), TAKEN_OVER,
            SUPERVISOR, MANAGER),
    /** Refer to a department or the client (again, when the customer was not satisfied). */
    REFER(Change.Referred.class, "referred", EnumSet.of(ACKNOWLEDGED, INSTRUCTED, TAKEN_OVER, ANSWER_RECEIVED,
            EXPLAINED), REFERRED, SUPERVISOR, MANAGER),
    /** Record the department's or client's answer. */
    RECORD_ANSWER(Change.AnswerReceived.class, "answerReceived", EnumSet.of(REFERRED), ANSWER_RECEIVED,
            DEPARTMENT, CLIENT, SUPERVISOR, MANAGER),
    /** Explain the answer to the customer, who accepts it or not. */
    EXPLAIN(Change.Explained.class, "explained", EnumSet.of(ANSWER_RECEIVED, INSTRUCTED, TAKEN_OVER, EXPLAINED),
            EXPLAINED, OPERATOR, SUPERVISOR, MANAGER),
    /** The customer accepted: resolved. */
    RESOLVE(Change.Resolved.class, "resolved", EnumSet.of(EXPLAINED, INSTRUCTED, TAKEN_OVER), RESOLVED,
            OPERATOR, SUPERVISOR, MANAGER),
    /** Reopen a resolved escalation. */
    REOPEN(Change.Reopened.class, "reopened", EnumSet.of(RESOLVED), ACKNOWLEDGED, SUPERVISOR, MANAGER),
    /** Close a resolved or withdrawn escalation. */
    CLOSE(Change.Closed.class, "closed", EnumSet.of(RESOLVED, WITHDRAWN), CLOSED, SUPERVISOR, MANAGER, SYSTEM),
    /** The operator withdraws it (solved after all). */
    WITHDRAW(Change.Withdrawn.class, "withdrawn", EnumSet.of(RAISED, ACKNOWLEDGED, INSTRUCTED), WITHDRAWN,
            OPERATOR, SUPERVISOR, MANAGER),
    /** Give it to another responder. */
    REASSIGN(Change.Reassigned.class, "reassigned", Status.OPEN, null, SUPERVISOR, MANAGER, SYSTEM),
    /** Promise a callback. */
    SCHEDULE_CALLBACK(Change.CallbackScheduled.class, "callbackScheduled", Status.OPEN, null,
            OPERATOR, SUPERVISOR, MANAGER, SYSTEM),
    /** Record that the promised callback was made. */
    RECORD_CALLBACK_MADE(Change.CallbackMade.class, "callbackMade", Status.OPEN, null,
            OPERATOR, SUPERVISOR, MANAGER, SYSTEM),
    /** Record that the promised callback was missed. */
    RECORD_CALLBACK_MISSED(Change.CallbackMissed.class, "callbackMissed", Status.OPEN, null,
            OPERATOR, SUPERVISOR, MANAGER, SYSTEM),
    /** A manager approves irregular handling. */
    APPROVE_IRREGULAR_HANDLING(Change.IrregularHandlingApproved.class, "irregularHandlingApproved", Status.OPEN,
            null, MANAGER),
    /** Record the client company's approval. */
    RECORD_CLIENT_APPROVAL(Change.ClientApproved.class, "clientApproved", Status.OPEN, null, CLIENT, MANAGER),
    /** Raise the priority (overdue callback, chase, breached SLA). */
    RAISE_PRIORITY(Change.PriorityRaised.class, "priorityRaised", Status.OPEN, null, SUPERVISOR, MANAGER, SYSTEM),
    /** Wait for the customer (to check something, to send a document); pauses SLA clocks by default. */
    AWAIT_CUSTOMER(Change.AwaitingCustomer.class, "awaitingCustomer", Status.OPEN, null,
            OPERATOR, SUPERVISOR, MANAGER, SYSTEM),
    /** The customer came back; SLA clocks run again. */
    RECORD_CUSTOMER_RESPONSE(Change.CustomerResponded.class, "customerResponded", Status.OPEN, null,
            OPERATOR, SUPERVISOR, MANAGER, SYSTEM),
    /** Record that the customer chased the escalation or its callback. */
    RECORD_CHASE(Change.CustomerChased.class, "customerChased", Status.OPEN, null,
            OPERATOR, SUPERVISOR, MANAGER, SYSTEM),
    /** Record that an SLA target's warning fired (once per target, occurrence and warning). */
    WARN_SLA(Change.SlaWarned.class, "slaWarned", Status.OPEN, null, SYSTEM),
    /** Record that an SLA target was breached (once per target and occurrence). */
    RECORD_SLA_BREACH(Change.SlaBreached.class, "slaBreached", Status.OPEN, null, SYSTEM);

    /** Status sets used by several rows. */
    private static final class Status {
        static final Set<EscalationStatus> OPEN = EnumSet.of(RAISED, ACKNOWLEDGED, INSTRUCTED, TAKEN_OVER, REFERRED,
                ANSWER_RECEIVED, EXPLAINED);
    }

    private static final Map<Class<?>, Action> BY_TYPE = new HashMap<>();
    private static final Map<String, Action> BY_JSON_NAME = new HashMap<>();

    static {
        for (Action a : values()) {
            BY_TYPE.put(a.changeType, a);
            BY_JSON_NAME.put(a.jsonName, a);
        }
    }

    private final Class<? extends Change> changeType;
    private final String jsonName;
    private final Set<EscalationStatus> from;
    private final @Nullable EscalationStatus to;
    private final Set<ActorRole> roles;

    Action(Class<? extends Change> changeType, String jsonName, Set<EscalationStatus> from,
            @Nullable EscalationStatus to, ActorRole... roles) {
        this.changeType = changeType;
        this.jsonName = jsonName;
        this.from = from.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(from));
        this.to = to;
        EnumSet<ActorRole> r = EnumSet.noneOf(ActorRole.class);
        Collections.addAll(r, roles);
        this.roles = Collections.unmodifiableSet(r);
    }

    /**
     * Returns the record that records this action.
     *
     * @return the change type
     */
    public Class<? extends Change> changeType() {
        return changeType;
    }

    /**
     * Returns the stable lowerCamel name of this action's change in JSON and in stores, e.g.
     * {@code takenOver}. Never changes once released.
     *
     * @return the JSON type name
     */
    public String jsonName() {
        return jsonName;
    }

    /**
     * Returns the statuses this action may start from (none for {@link #RAISE}).
     *
     * @return an immutable set
     */
    public Set<EscalationStatus> from() {
        return from;
    }

    /**
     * Returns the status this action leads to, or empty when the status stays.
     *
     * @return the next status
     */
    public Optional<EscalationStatus> to() {
        return Optional.ofNullable(to);
    }

    /**
     * Returns the roles allowed to perform this action.
     *
     * @return an immutable set
     */
    public Set<ActorRole> roles() {
        return roles;
    }

    /**
     * Returns whether this action may happen in {@code status}.
     *
     * @param status a status
     * @return {@code true} when the table allows it
     */
    public boolean allowedFrom(EscalationStatus status) {
        return from.contains(status);
    }

    /**
     * Returns the action a change performs.
     *
     * @param change a change
     * @return its action
     */
    static Action of(Change change) {
        return BY_TYPE.get(change.getClass());
    }

    /**
     * Returns the action with this JSON type name.
     *
     * @param jsonName a name such as {@code takenOver}
     * @return the action, or empty when no action has that name
     */
    public static Optional<Action> byJsonName(String jsonName) {
        return Optional.ofNullable(BY_JSON_NAME.get(jsonName));
    }

    /**
     * Returns the actions allowed in {@code status}, whatever the actor.
     *
     * @param status a status
     * @return the actions, in table order
     */
    public static Set<Action> allowedIn(EscalationStatus status) {
        Checks.present(Action.class, "status", status);
        EnumSet<Action> out = EnumSet.noneOf(Action.class);
        for (Action a : values()) {
            if (a.from.contains(status)) {
                out.add(a);
            }
        }
        return Collections.unmodifiableSet(out);
    }
}
