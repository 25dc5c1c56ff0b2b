package io.escalation.briefing;

import io.escalation.EscalationException;
import java.util.List;

/**
 * A briefing cannot open with a conclusion: the escalation has neither a category with a decision
 * wanted nor an operator's concern. Names the missing fields (never their content).
 */
public final class MissingConclusionException extends EscalationException {

    private static final long serialVersionUID = 1L;

    private final List<String> missing;

    /**
     * Creates the exception.
     *
     * @param missing the missing fields, e.g. {@code inquiry.decisionWanted}
     */
    public MissingConclusionException(List<String> missing) {
        super("a briefing must open with a conclusion (category and decision wanted, or the operator's concern);"
                + " missing: " + (missing == null ? "(not given)" : String.join(", ", missing.stream()
                        .map(EscalationException::shown).toList())));
        this.missing = missing == null ? List.of() : missing.stream().filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Returns the missing fields.
     *
     * @return field paths of the inquiry
     */
    public List<String> missing() {
        return missing;
    }
}
