package io.escalation.lifecycle;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The state machine's rules, for hosts that want to show them: which actions a status allows,
 * which roles may perform an action, and the whole machine as a Mermaid diagram (the README's
 * diagram is this output, checked by a test).
 */
public final class Lifecycle {

    private Lifecycle() {}

    /**
     * Returns the actions allowed in {@code status}, whatever the actor.
     *
     * @param status a status
     * @return the actions
     */
    public static Set<Action> allowedActions(EscalationStatus status) {
        return Action.allowedIn(status);
    }

    /**
     * Returns the roles that may perform {@code action}.
     *
     * @param action an action
     * @return the roles
     */
    public static Set<ActorRole> rolesFor(Action action) {
        io.escalation.internal.validation.Checks.present(Lifecycle.class, "action", action);
        return action.roles();
    }

    /**
     * Renders the state machine as a Mermaid {@code stateDiagram-v2}: one arrow per status change,
     * labelled with the actions that cause it; actions that keep the status are listed in a note.
     *
     * @return the diagram source, lines separated by {@code \n}
     */
    public static String mermaid() {
        StringBuilder out = new StringBuilder("stateDiagram-v2\n");
        out.append("    [*] --> RAISED: RAISE\n");
        Map<String, Set<String>> arrows = new TreeMap<>();
        Set<String> staying = new TreeSet<>();
        for (Action action : Action.values()) {
            if (action.to().isEmpty()) {
                staying.add(action.name());
                continue;
            }
            for (EscalationStatus from : action.from()) {
                arrows.computeIfAbsent(String.format("%02d %s --> %s", from.ordinal(), from, action.to().get()),
                        k -> new TreeSet<>()).add(action.name());
            }
        }
        arrows.forEach((arrow, actions) -> out.append("    ").append(arrow.substring(3)).append(": ")
                .append(String.join(", ", actions)).append('\n'));
        out.append("    CLOSED --> [*]\n");
        out.append("    note right of RAISED\n");
        out.append("        In every open status: ").append(String.join(", ", staying)).append('\n');
        out.append("    end note\n");
        return out.toString();
    }
}
