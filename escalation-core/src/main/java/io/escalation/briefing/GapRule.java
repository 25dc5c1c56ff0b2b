package io.escalation.briefing;

import io.escalation.model.Escalation;
import java.util.List;

/** One check for missing facts; rules are small and composable, and may apply per category. */
@FunctionalInterface
public interface GapRule {

    /**
     * Returns the gaps this rule finds.
     *
     * @param escalation the escalation
     * @return the gaps, possibly empty
     */
    List<Gap> check(Escalation escalation);
}
