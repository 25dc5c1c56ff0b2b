package io.escalation;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One broken rule: where (a dotted field path such as {@code customer.timeZone} or
 * {@code inquiry.actionsTaken[2]}), which rule ({@code NotNull}, {@code Size}, {@code Pattern},
 * ...), a human-readable message, and the <em>kind</em> of the rejected value.
 *
 * <p>The rejected value itself is never kept: it may be personal data. {@link #rejectedKind()} is
 * {@code "null"} or a type name with, for strings and collections, their length or size.
 *
 * @param path dotted path of the field from the validated object; empty for the object itself
 * @param rule the name of the rule, usually the simple name of a Jakarta constraint
 * @param message what the rule demands, without the rejected value
 * @param rejectedKind the kind of value that was rejected, never the value
 */
public record Violation(String path, String rule, String message, String rejectedKind) {

    /** Checks that every part is present. */
    public Violation {
        if (path == null || rule == null || message == null || rejectedKind == null) {
            List<Violation> missing = new java.util.ArrayList<>();
            for (String[] part : new String[][] {{"path", path}, {"rule", rule}, {"message", message},
                    {"rejectedKind", rejectedKind}}) {
                if (part[1] == null) {
                    missing.add(new Violation(part[0], "NotNull", "must not be null", "null"));
                }
            }
            throw new InvalidEscalationException("Violation", missing);
        }
    }

    /**
     * Returns this violation as seen from an enclosing object, at {@code prefix}.
     *
     * @param prefix path of this violation's root within the enclosing object
     * @return the same violation with the prefix prepended to its path
     */
    public Violation under(String prefix) {
        if (prefix.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? prefix
                : path.startsWith("[") ? prefix + path : prefix + "." + path;
        return new Violation(joined, rule, message, rejectedKind);
    }

    /**
     * Returns this violation as reported for the field a value was built for: a single-value type
     * names its only component {@code value}, and that violation is the field's own; any other path
     * is placed {@link #under(String) under} the field.
     *
     * @param field path of the field the rejected value was meant for; empty for the root
     * @return the violation at the field
     */
    public Violation at(String field) {
        if (!field.isEmpty() && "value".equals(path)) {
            return new Violation(field, rule, message, rejectedKind);
        }
        return under(field);
    }

    /**
     * Describes the kind of a rejected value without revealing it.
     *
     * @param value the rejected value, possibly {@code null}
     * @return {@code "null"}, or the simple type name plus a length or size where meaningful
     */
    public static String kindOf(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence text) {
            return "String(length=" + text.length() + ")";
        }
        if (value instanceof java.util.Collection<?> collection) {
            return "Collection(size=" + collection.size() + ")";
        }
        return value.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "<object>" : path) + ": " + message + " [" + rule + ", got " + rejectedKind + "]";
    }
}
