package io.escalation.examples.crm;

import io.escalation.lifecycle.Action;
import java.util.Arrays;
import java.util.Optional;

/** The actions the API offers a supervisor, by the names requests use, each the SDK action it records. */
public enum CrmAction {
    /** The supervisor listens in ({@code acknowledge}). */
    ACKNOWLEDGE("acknowledge", Action.ACKNOWLEDGE),
    /** The supervisor tells the operator what to do ({@code instruct}, with {@code instruction}). */
    INSTRUCT("instruct", Action.INSTRUCT),
    /** The supervisor or manager takes the contact over, at their tier ({@code take-over}). */
    TAKE_OVER("take-over", Action.TAKE_OVER),
    /** A callback is promised: the callback plan's option of {@code candidate} (default: the actor). */
    SCHEDULE_CALLBACK("schedule-callback", Action.SCHEDULE_CALLBACK);

    private final String apiName;
    private final Action action;

    CrmAction(String apiName, Action action) {
        this.apiName = apiName;
        this.action = action;
    }

    /**
     * Returns the name requests use.
     *
     * @return e.g. {@code take-over}
     */
    public String apiName() {
        return apiName;
    }

    /**
     * Returns the SDK's action.
     *
     * @return the action
     */
    public Action action() {
        return action;
    }

    /**
     * Finds an action by its request name.
     *
     * @param name the name
     * @return the action, if any
     */
    public static Optional<CrmAction> named(String name) {
        return Arrays.stream(values()).filter(a -> a.apiName.equals(name)).findFirst();
    }
}
