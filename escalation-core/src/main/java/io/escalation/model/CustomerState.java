package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotNull;

/**
 * How the customer is right now: temperature, urgency, and whether they demanded a supervisor
 * ("上司を出せ").
 *
 * @param temperature how upset the customer is
 * @param urgency signals that the customer cannot wait
 * @param demandedSupervisor the customer demanded to speak to a supervisor
 */
public record CustomerState(@NotNull Temperature temperature, @NotNull Urgency urgency, boolean demandedSupervisor) {

    /** A calm customer with no urgency who did not ask for a supervisor. */
    public static final CustomerState CALM = new CustomerState(Temperature.CALM, Urgency.NONE, false);

    /**
     * Validates the state.
     *
     * @throws io.escalation.InvalidEscalationException if a part is missing
     */
    public CustomerState {
        if (!Checks.allPresent(temperature, urgency)) {
            Checks.validate(CustomerState.class, temperature, urgency, demandedSupervisor);
        }
    }

    /**
     * Returns the state with this temperature and no other signal.
     *
     * @param temperature the temperature
     * @return the state
     */
    public static CustomerState of(Temperature temperature) {
        return new CustomerState(temperature, Urgency.NONE, false);
    }
}
