package io.escalation.briefing;

import java.time.Duration;
import java.util.List;

/**
 * A script cut to a speaking-time budget: what to say, what was left out, how long it takes,
 * and whether even the conclusion alone is over the budget (it is kept anyway).
 *
 * @param script the lines kept, in speaking order
 * @param omitted the parts left out, in policy order
 * @param estimate how long the kept script takes to say
 * @param budget the budget
 * @param conclusionOverBudget whether the conclusion alone exceeds the budget
 */
public record BudgetedScript(Script script, List<BriefingPart> omitted, Duration estimate, Duration budget,
        boolean conclusionOverBudget) {

    /** Copies the list. */
    public BudgetedScript {
        omitted = List.copyOf(omitted);
    }
}
