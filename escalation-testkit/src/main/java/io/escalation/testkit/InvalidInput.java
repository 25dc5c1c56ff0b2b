package io.escalation.testkit;

import java.util.Objects;

/**
 * An attempt to build a model value from input that breaks exactly one rule, with the violation
 * the model must report: the type that rejects it, the field path and the rule.
 *
 * @param description what is wrong, for reports
 * @param expectedType simple name of the type that must reject the input
 * @param expectedPath the field path the violation must name
 * @param expectedRule the rule the violation must name
 * @param attempt builds the value; must throw {@link io.escalation.InvalidEscalationException}
 */
public record InvalidInput(String description, String expectedType, String expectedPath, String expectedRule,
        Runnable attempt) {

    /** Checks that every part is present. */
    public InvalidInput {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(expectedType, "expectedType");
        Objects.requireNonNull(expectedPath, "expectedPath");
        Objects.requireNonNull(expectedRule, "expectedRule");
        Objects.requireNonNull(attempt, "attempt");
    }

    @Override
    public String toString() {
        return description + " -> " + expectedType + "." + expectedPath + " [" + expectedRule + "]";
    }
}
