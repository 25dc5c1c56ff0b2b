package io.escalation.testkit;

import io.escalation.model.RequestKind;
import io.escalation.model.Temperature;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One escalation of a {@link SimulatedDay}: when the operator raises it, what is asked, how upset
 * the customer is, how long the operator had handled the contact before escalating, and how long
 * the higher tier's responder is busy with it. Holds no personal data.
 *
 * @param at when it is raised
 * @param kind what the operator asks for
 * @param temperature the customer's temperature
 * @param operatorTime how long the operator handled the contact before raising it (0 to 8 hours)
 * @param handlingTime how long a responder of the higher tier is busy with it (1 minute to 8 hours)
 */
public record SimulatedEscalation(Instant at, RequestKind kind, Temperature temperature, Duration operatorTime,
        Duration handlingTime) {

    /** The longest operator or handling time. */
    public static final Duration MAX_TIME = Duration.ofHours(8);

    /**
     * Validates the values.
     *
     * @throws IllegalArgumentException naming the field and the rule it breaks
     */
    public SimulatedEscalation {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(temperature, "temperature");
        Objects.requireNonNull(operatorTime, "operatorTime");
        Objects.requireNonNull(handlingTime, "handlingTime");
        if (operatorTime.isNegative() || operatorTime.compareTo(MAX_TIME) > 0) {
            throw new IllegalArgumentException("operatorTime must be between PT0S and " + MAX_TIME + ", but was "
                    + operatorTime);
        }
        if (handlingTime.compareTo(Duration.ofMinutes(1)) < 0 || handlingTime.compareTo(MAX_TIME) > 0) {
            throw new IllegalArgumentException("handlingTime must be between PT1M and " + MAX_TIME + ", but was "
                    + handlingTime);
        }
    }
}
