package io.escalation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A value of the escalation model was built from input that breaks its rules.
 *
 * <p>Lists every violation found at once, each with its field path and rule. The message names
 * paths, rules and the kinds of rejected values, never the values themselves.
 */
public class InvalidEscalationException extends EscalationException {

    private static final long serialVersionUID = 1L;

    /** Stands in when no violation was given: the exception never has an empty list. */
    private static final Violation NONE = new Violation("", "Unspecified", "no violation was named", "null");

    private final String type;
    private final List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param type simple name of the type that rejected its input, e.g. {@code Customer}
     * @param violations every violation found; an empty list is reported as one unspecified violation
     */
    public InvalidEscalationException(String type, List<Violation> violations) {
        super(describe(String.valueOf(type), violations == null || violations.isEmpty() ? List.of(NONE)
                : violations.stream().filter(java.util.Objects::nonNull).toList()));
        this.type = String.valueOf(type);
        List<Violation> given = violations == null ? List.of()
                : violations.stream().filter(java.util.Objects::nonNull).toList();
        this.violations = given.isEmpty() ? List.of(NONE) : given;
    }

    /**
     * Returns the simple name of the type that rejected its input.
     *
     * @return e.g. {@code Escalation} or {@code Customer}
     */
    public String type() {
        return type;
    }

    /**
     * Returns every violation, in a stable order (by path, then rule).
     *
     * @return an immutable, non-empty list
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Returns the paths of all violations, for quick assertions.
     *
     * @return the distinct paths in order
     */
    public List<String> paths() {
        return violations.stream().map(Violation::path).distinct().toList();
    }

    private static String describe(String type, List<Violation> violations) {
        return type + " is invalid: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
