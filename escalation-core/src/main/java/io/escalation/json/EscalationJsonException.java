package io.escalation.json;

import io.escalation.EscalationException;
import io.escalation.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * JSON input could not be read into a model value.
 *
 * <p>Names the {@link #problem() kind of problem} and the {@link #jsonPath() JSON path} where it
 * was found (e.g. {@code $.customer.timeZone} or {@code $.inquiry.actionsTaken[2]}); for values that
 * broke a model rule, also every {@link #violations() violation}. The message never contains
 * input text: neither values nor excerpts of the document. Field names are structure, not data,
 * and appear in paths, but only when they look like identifiers; any other name is withheld. No
 * Jackson exception is attached as the cause, because Jackson's messages may quote the input.
 */
public final class EscalationJsonException extends EscalationException {

    private static final long serialVersionUID = 1L;

    /** The kinds of problem. */
    public enum Problem {
        /** The input is not well-formed JSON. */
        MALFORMED,
        /** The input ended in the middle of a value. */
        TRUNCATED,
        /** The input is larger than {@link EscalationJson#MAX_DOCUMENT_BYTES}. */
        TOO_LARGE,
        /** The input nests deeper than {@link EscalationJson#MAX_NESTING_DEPTH}. */
        TOO_DEEP,
        /** An object has a field the model does not know. */
        UNKNOWN_FIELD,
        /** A value has the wrong JSON type or format (a number for a string, a bad instant, ...). */
        WRONG_TYPE,
        /** A value is well-typed but breaks a model rule (missing, blank, too long, ...). */
        INVALID_VALUE,
        /** An object names the same field twice; readers would disagree on which one counts. */
        DUPLICATE_KEY,
        /** The bytes are not UTF-8, start with a byte-order mark, or a string holds a lone surrogate. */
        INVALID_ENCODING,
        /** A number has more digits than any field accepts. */
        NUMBER_TOO_LARGE
    }

    private final Problem problem;
    private final String jsonPath;
    private final List<Violation> violations;

    EscalationJsonException(Problem problem, String jsonPath, String detail, List<Violation> violations) {
        super(describe(problem, jsonPath, detail, violations));
        this.problem = problem;
        this.jsonPath = jsonPath;
        this.violations = List.copyOf(violations);
    }

    /**
     * Returns the kind of problem.
     *
     * @return the problem
     */
    public Problem problem() {
        return problem;
    }

    /**
     * Returns where in the document the problem was found, as a JSON path from the root
     * ({@code $}).
     *
     * @return e.g. {@code $.customer.timeZone}
     */
    public String jsonPath() {
        return jsonPath;
    }

    /**
     * Returns the model rules the input broke, with paths from the document root; empty unless
     * the problem is {@link Problem#INVALID_VALUE}.
     *
     * @return an immutable list
     */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(Problem problem, String path, String detail, List<Violation> violations) {
        String text = "JSON " + problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " at " + path
                + (detail.isEmpty() ? "" : ": " + detail);
        return violations.isEmpty() ? text
                : text + ": " + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
