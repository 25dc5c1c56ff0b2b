package io.escalation.callback;

import io.escalation.EscalationException;

/**
 * A business calendar, its working hours or its holidays were given impossible input (a missing
 * argument, overlapping or empty intervals, an unknown zone, no working time at all), or a
 * computation would leave the supported range. Names the field (the parameter, or a path inside it
 * such as {@code hours[MONDAY][1]}) and the rule ({@code NotNull}, {@code NoOverlap},
 * {@code SupportedRange}, ...). The message describes oversized or free text by its kind
 * ({@code String(length=100000)}), never by its content.
 */
public final class CalendarException extends EscalationException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;
    private final String detail;

    /**
     * Creates the exception.
     *
     * @param field the offending field, e.g. {@code hours[MONDAY][1]}
     * @param rule the rule, e.g. {@code NoOverlap}
     * @param message what is wrong, with the non-personal values involved
     */
    public CalendarException(String field, String rule, String message) {
        super(field + ": " + message + " [" + rule + "]");
        this.field = field;
        this.rule = rule;
        this.detail = message;
    }

    /**
     * Returns the offending field.
     *
     * @return the field
     */
    public String field() {
        return field;
    }

    /**
     * Returns the broken rule.
     *
     * @return the rule
     */
    public String rule() {
        return rule;
    }

    /** The same problem, reported for the field {@code prefix} that held the rejected value. */
    CalendarException under(String prefix) {
        return new CalendarException(prefix + "." + field, rule, detail);
    }
}
