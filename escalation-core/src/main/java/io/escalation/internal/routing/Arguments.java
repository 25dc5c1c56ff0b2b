package io.escalation.internal.routing;

import io.escalation.internal.validation.Checks;
import io.escalation.InvalidEscalationException;
import io.escalation.Violation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Typed argument checks for routing's factories, builders and combinators: a missing argument is
 * an {@link InvalidEscalationException} naming the type and the parameter, never a bare
 * {@link NullPointerException}.
 */
public final class Arguments {

    private Arguments() {}

    /**
     * Returns {@code value}, or throws if it is {@code null}.
     *
     * @param <T> the value's type
     * @param type the type whose factory or builder received the value
     * @param path the parameter's name
     * @param value the value
     * @return the value
     * @throws InvalidEscalationException with a {@code NotNull} violation at {@code path}
     */
    public static <T> T present(Class<?> type, String path, @Nullable T value) {
        if (value == null) {
            throw invalid(type, path, "NotNull", "must not be null", null);
        }
        return value;
    }

    /**
     * Checks the arguments of a routing call.
     *
     * @param type the policy's type, named in the error
     * @param escalation the escalation
     * @param context the context
     * @throws InvalidEscalationException naming the missing argument
     */
    public static void routed(Class<?> type, @Nullable Object escalation, @Nullable Object context) {
        if (escalation == null || context == null) {
            Checks.building(type)
                    .require(escalation != null, "escalation", "NotNull", "must not be null", null)
                    .require(context != null, "context", "NotNull", "must not be null", null)
                    .done();
        }
    }

    /**
     * Returns the exception for one broken rule.
     *
     * @param type the type that rejected its input
     * @param path the parameter's name
     * @param rule the rule's name
     * @param message what the rule demands; may state a non-personal value given
     * @param rejected the rejected value; only its kind is kept
     * @return the exception, to throw
     */
    public static InvalidEscalationException invalid(Class<?> type, String path, String rule, String message,
            @Nullable Object rejected) {
        return new InvalidEscalationException(type.getSimpleName(),
                List.of(new Violation(path, rule, message, Violation.kindOf(rejected))));
    }
}
