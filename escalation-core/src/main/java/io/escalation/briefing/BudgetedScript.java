package io.escalation.briefing;

import io.escalation.internal.validation.Checks;
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

    /**
     * Checks the parts and copies the list.
     *
     * @throws io.escalation.InvalidEscalationException if a part is missing
     */
    public BudgetedScript {
        Checks.building(BudgetedScript.class)
                .require(script != null, "script", "NotNull", "must not be null", null)
                .require(omitted != null, "omitted", "NotNull", "must not be null", null)
                .noNullElements("omitted", omitted)
                .require(estimate != null, "estimate", "NotNull", "must not be null", null)
                .require(budget != null, "budget", "NotNull", "must not be null", null).done();
        omitted = List.copyOf(omitted);
    }
}
