package io.escalation.routing;

import io.escalation.EscalationException;
import org.jspecify.annotations.Nullable;

/**
 * A declarative rule set could not be loaded: names the rule (index and name, when known), the
 * JSON pointer of the offending value and what is wrong with it.
 */
public final class RuleSetException extends EscalationException {

    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final int ruleIndex;
    private final @Nullable String ruleName;

    /**
     * Creates the exception.
     *
     * @param pointer JSON pointer of the offending value, e.g. {@code /rules/2/when/temperatureAtLeast}
     * @param ruleIndex index of the rule, or -1 outside the rules
     * @param ruleName name of the rule, if known
     * @param problem what is wrong
     */
    public RuleSetException(String pointer, int ruleIndex, @Nullable String ruleName, String problem) {
        super("rule set error at " + (pointer == null || pointer.isEmpty() ? "/" : pointer)
                + (ruleIndex >= 0 ? " (rule " + ruleIndex + (ruleName == null ? "" : " " + quoted(ruleName)) + ")" : "")
                + ": " + problem);
        this.pointer = pointer == null ? "" : pointer;
        this.ruleIndex = ruleIndex;
        this.ruleName = ruleName;
    }

    private static String quoted(String name) {
        return name.length() <= 64 && name.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f)
                ? "'" + name + "'" : io.escalation.Violation.kindOf(name);
    }

    /**
     * Returns the JSON pointer of the offending value.
     *
     * @return the pointer, empty for the whole document
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns the index of the offending rule.
     *
     * @return the index, or -1 outside the rules
     */
    public int ruleIndex() {
        return ruleIndex;
    }

    /**
     * Returns the name of the offending rule, if known.
     *
     * @return the name, or {@code null}
     */
    public @Nullable String ruleName() {
        return ruleName;
    }
}
