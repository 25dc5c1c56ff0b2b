package io.escalation.lifecycle;

import io.escalation.internal.validation.Checks;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When the SLA clock stands still: in some statuses (by default while referred to a department
 * or the client) and, optionally, while the escalation waits for the customer.
 *
 * @param pausedStatuses statuses during which the clock is paused
 * @param pauseWhileAwaitingCustomer whether waiting for the customer pauses the clock
 */
public record SlaPolicy(Set<EscalationStatus> pausedStatuses, boolean pauseWhileAwaitingCustomer) {

    /** Paused while referred and while waiting for the customer. */
    public static final SlaPolicy DEFAULT = new SlaPolicy(EnumSet.of(EscalationStatus.REFERRED), true);

    /** The clock always runs. */
    public static final SlaPolicy NEVER_PAUSED = new SlaPolicy(Set.of(), false);

    /** Copies the statuses. */
    public SlaPolicy {
        Checks.building(SlaPolicy.class)
                .require(pausedStatuses != null, "pausedStatuses", "NotNull", "must not be null", null)
                .noNullElements("pausedStatuses", pausedStatuses == null ? null : new java.util.ArrayList<>(pausedStatuses))
                .done();
        pausedStatuses = pausedStatuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(pausedStatuses));
    }

    /**
     * Returns whether the clock stands still in {@code state}.
     *
     * @param state a state
     * @return {@code true} when paused
     */
    public boolean pauses(EscalationState state) {
        Checks.present(SlaPolicy.class, "state", state);
        return pauses(state.status(), state.awaitingCustomer());
    }

    /**
     * Returns whether the clock stands still in {@code status}, waiting for the customer or not.
     *
     * @param status a status
     * @param awaitingCustomer whether the escalation waits for the customer
     * @return {@code true} when paused
     */
    public boolean pauses(EscalationStatus status, boolean awaitingCustomer) {
        Checks.present(SlaPolicy.class, "status", status);
        return pausedStatuses.contains(status) || (pauseWhileAwaitingCustomer && awaitingCustomer);
    }
}
