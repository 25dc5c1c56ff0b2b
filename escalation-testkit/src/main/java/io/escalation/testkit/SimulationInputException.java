package io.escalation.testkit;

import io.escalation.EscalationException;

/**
 * A simulated day's CSV could not be read: names the line, the column and the rule broken, never
 * the cell's content (only its kind, such as {@code String(length=7)}).
 */
public final class SimulationInputException extends EscalationException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String columnName;
    private final String rule;

    /**
     * Creates the exception.
     *
     * @param line the line, from 1 (the header is line 1)
     * @param column the column, from 1, or 0 when the whole line is at fault
     * @param columnName the column's name from the header, or {@code "line"}
     * @param rule the rule broken, such as {@code Timestamp} or {@code ColumnCount}
     * @param detail what the rule asks for, without the rejected value
     */
    SimulationInputException(int line, int column, String columnName, String rule, String detail) {
        super("line " + line + (column > 0 ? ", column " + column + " (" + columnName + ")" : "") + ": " + detail
                + " [" + rule + "]");
        this.line = line;
        this.column = column;
        this.columnName = columnName;
        this.rule = rule;
    }

    /**
     * Returns the line at fault, from 1 (the header).
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column at fault, from 1, or 0 when the whole line is.
     *
     * @return the column
     */
    public int column() {
        return column;
    }

    /**
     * Returns the name of the column at fault, or {@code "line"} when the whole line is.
     *
     * @return the column's name
     */
    public String columnName() {
        return columnName;
    }

    /**
     * Returns the rule broken.
     *
     * @return a rule name such as {@code Timestamp}, {@code OnTheDay}, {@code Kind}, {@code Minutes}
     */
    public String rule() {
        return rule;
    }
}
