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

    /**
     * Starts a customer state at a temperature, without urgency or a demanded supervisor.
     *
     * @param temperature how upset the customer is
     * @return a builder
     */
    public static Builder builder(Temperature temperature) {
        return new Builder(temperature);
    }

    /** Builds a {@link CustomerState}; not thread-safe. */
    public static final class Builder {
        private final Temperature temperature;
        private Urgency urgency = Urgency.NONE;
        private boolean demandedSupervisor;

        private Builder(Temperature temperature) {
            this.temperature = temperature;
        }

        /**
         * Sets the urgency signals.
         *
         * @param value the urgency, e.g. {@code Urgency.builder().inAHurry().build()}
         * @return this builder
         */
        public Builder urgency(Urgency value) {
            this.urgency = value;
            return this;
        }

        /**
         * The customer demanded a supervisor (上司を出せ).
         *
         * @return this builder
         */
        public Builder demandedSupervisor() {
            this.demandedSupervisor = true;
            return this;
        }

        /**
         * Builds the state.
         *
         * @return the state
         * @throws io.escalation.InvalidEscalationException if a part is missing
         */
        public CustomerState build() {
            return new CustomerState(temperature, urgency, demandedSupervisor);
        }
    }
}
