package io.escalation.callback;

import io.escalation.EscalationException;

/**
 * A business calendar was built from impossible input (overlapping or empty intervals, an unknown
 * zone, no working time at all), or asked about an instant outside its supported range. Names the
 * field and the rule.
 */
public final class CalendarException extends EscalationException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;

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
}
