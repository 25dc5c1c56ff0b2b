package io.escalation.testkit;

import io.escalation.InvalidEscalationException;
import io.escalation.Violation;
import io.escalation.model.RequestKind;
import io.escalation.model.Temperature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
     * @throws InvalidEscalationException naming each field and the rule it breaks
     */
    public SimulatedEscalation {
        List<Violation> broken = new ArrayList<>();
        present(broken, "at", at);
        present(broken, "kind", kind);
        present(broken, "temperature", temperature);
        if (present(broken, "operatorTime", operatorTime)
                && (operatorTime.isNegative() || operatorTime.compareTo(MAX_TIME) > 0)) {
            broken.add(new Violation("operatorTime", "DurationRange", "must be between PT0S and " + MAX_TIME
                    + ", but was " + operatorTime, "Duration"));
        }
        if (present(broken, "handlingTime", handlingTime)
                && (handlingTime.compareTo(Duration.ofMinutes(1)) < 0 || handlingTime.compareTo(MAX_TIME) > 0)) {
            broken.add(new Violation("handlingTime", "DurationRange", "must be between PT1M and " + MAX_TIME
                    + ", but was " + handlingTime, "Duration"));
        }
        if (!broken.isEmpty()) {
            throw new InvalidEscalationException(SimulatedEscalation.class.getSimpleName(), broken);
        }
    }

    private static boolean present(List<Violation> broken, String path, @Nullable Object value) {
        if (value == null) {
            broken.add(new Violation(path, "NotNull", "must not be null", "null"));
        }
        return value != null;
    }
}
