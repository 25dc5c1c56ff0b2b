package io.escalation.examples.crm;

import org.jspecify.annotations.Nullable;

/**
 * A supervisor's action on an escalation, the body of {@code POST /api/escalations/{id}/actions}.
 *
 * @param action {@code acknowledge}, {@code instruct}, {@code take-over} or {@code schedule-callback}
 * @param actor who acts: a responder of the roster (a real CRM takes this from the signed-in user)
 * @param instruction for {@code instruct}: what the operator should do (free text)
 * @param candidate for {@code schedule-callback}: who calls back; default the actor
 */
public record ActionRequest(@Nullable String action, @Nullable String actor, @Nullable String instruction,
        @Nullable String candidate) {

    @Override
    public String toString() {
        return "ActionRequest[action=" + action + ", actor=" + actor + "]"; // the instruction is free text
    }
}
