package io.escalation.lifecycle;

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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The state machine as data: for each action, the statuses it may start from, the status it
 * leads to ({@code null}: stays) and the roles allowed to perform it. The Mermaid diagram in the
 * README is generated from this table.
 */
final class Transitions {

    /**
     * One row of the table.
     *
     * @param from statuses the action may start from
     * @param to the status after the action, or {@code null} to stay
     * @param roles roles allowed to perform it
     */
    record Rule(Set<EscalationStatus> from, @Nullable EscalationStatus to, Set<ActorRole> roles) {}

    private static final Set<EscalationStatus> OPEN = EnumSet.of(RAISED, ACKNOWLEDGED, INSTRUCTED, TAKEN_OVER,
            REFERRED, ANSWER_RECEIVED, EXPLAINED);

    static final Map<Action, Rule> RULES;

    static {
        Map<Action, Rule> m = new EnumMap<>(Action.class);
        m.put(Action.RAISE, new Rule(Set.of(), RAISED, EnumSet.of(OPERATOR, SUPERVISOR, MANAGER, SYSTEM)));
        m.put(Action.ACKNOWLEDGE, new Rule(EnumSet.of(RAISED), ACKNOWLEDGED, EnumSet.of(SUPERVISOR, MANAGER)));
        m.put(Action.INSTRUCT, new Rule(EnumSet.of(RAISED, ACKNOWLEDGED, INSTRUCTED), INSTRUCTED,
                EnumSet.of(SUPERVISOR, MANAGER)));
        m.put(Action.TAKE_OVER, new Rule(EnumSet.of(RAISED, ACKNOWLEDGED, INSTRUCTED), TAKEN_OVER,
                EnumSet.of(SUPERVISOR, MANAGER)));
        m.put(Action.REFER, new Rule(EnumSet.of(ACKNOWLEDGED, INSTRUCTED, TAKEN_OVER, ANSWER_RECEIVED, EXPLAINED),
                REFERRED, EnumSet.of(SUPERVISOR, MANAGER)));
        m.put(Action.RECORD_ANSWER, new Rule(EnumSet.of(REFERRED), ANSWER_RECEIVED,
                EnumSet.of(DEPARTMENT, CLIENT, SUPERVISOR, MANAGER)));
        m.put(Action.EXPLAIN, new Rule(EnumSet.of(ANSWER_RECEIVED, INSTRUCTED, TAKEN_OVER), EXPLAINED,
                EnumSet.of(OPERATOR, SUPERVISOR, MANAGER)));
        m.put(Action.RESOLVE, new Rule(EnumSet.of(EXPLAINED, INSTRUCTED, TAKEN_OVER), RESOLVED,
                EnumSet.of(OPERATOR, SUPERVISOR, MANAGER)));
        m.put(Action.REOPEN, new Rule(EnumSet.of(RESOLVED), ACKNOWLEDGED, EnumSet.of(SUPERVISOR, MANAGER)));
        m.put(Action.CLOSE, new Rule(EnumSet.of(RESOLVED, WITHDRAWN), CLOSED, EnumSet.of(SUPERVISOR, MANAGER, SYSTEM)));
        m.put(Action.WITHDRAW, new Rule(EnumSet.of(RAISED, ACKNOWLEDGED, INSTRUCTED), WITHDRAWN,
                EnumSet.of(OPERATOR, SUPERVISOR, MANAGER)));
        m.put(Action.REASSIGN, new Rule(OPEN, null, EnumSet.of(SUPERVISOR, MANAGER, SYSTEM)));
        m.put(Action.SCHEDULE_CALLBACK, new Rule(OPEN, null, EnumSet.of(OPERATOR, SUPERVISOR, MANAGER, SYSTEM)));
        m.put(Action.RECORD_CALLBACK_MADE, new Rule(OPEN, null, EnumSet.of(OPERATOR, SUPERVISOR, MANAGER, SYSTEM)));
        m.put(Action.RECORD_CALLBACK_MISSED, new Rule(OPEN, null, EnumSet.of(OPERATOR, SUPERVISOR, MANAGER, SYSTEM)));
        m.put(Action.APPROVE_IRREGULAR_HANDLING, new Rule(OPEN, null, EnumSet.of(MANAGER)));
        m.put(Action.RECORD_CLIENT_APPROVAL, new Rule(OPEN, null, EnumSet.of(CLIENT, MANAGER)));
        m.put(Action.RAISE_PRIORITY, new Rule(OPEN, null, EnumSet.of(SUPERVISOR, MANAGER, SYSTEM)));
        m.put(Action.AWAIT_CUSTOMER, new Rule(OPEN, null, EnumSet.of(OPERATOR, SUPERVISOR, MANAGER, SYSTEM)));
        m.put(Action.RECORD_CUSTOMER_RESPONSE, new Rule(OPEN, null, EnumSet.of(OPERATOR, SUPERVISOR, MANAGER, SYSTEM)));
        RULES = Collections.unmodifiableMap(m);
    }

    private Transitions() {}

    static Set<Action> allowedFrom(EscalationStatus status) {
        Set<Action> out = EnumSet.noneOf(Action.class);
        RULES.forEach((action, rule) -> {
            if (rule.from().contains(status)) {
                out.add(action);
            }
        });
        return out;
    }
}
