package io.escalation.routing;

import io.escalation.internal.routing.Arguments;
import io.escalation.internal.routing.Staffer;
import io.escalation.model.Escalation;

/**
 * Chooses who gets an escalation: among responders of the decided tier who are present
 * (available before busy; never away), the best skill match for the category, then the lowest
 * load, then the highest quality score, then the smallest id — deterministic for the same roster.
 * When nobody of that tier is present, the next tier up is tried, and so on; when nobody at all
 * is present, the escalation waits in the queue of the decided tier. Each outcome adds its reason.
 */
public final class ResponderSelector {

    private static final ResponderSelector STANDARD = new ResponderSelector();
    /** The rule named by every staffing reason. */
    static final String RULE = Staffer.RULE;

    private ResponderSelector() {}

    /**
     * Returns the standard selector.
     *
     * @return the selector
     */
    public static ResponderSelector standard() {
        return STANDARD;
    }

    /**
     * Staffs a decision: keeps {@link RoutingMode#HANDLE_YOURSELF} with the operator, otherwise
     * assigns a present responder of the decided tier (or the next tier up), or queues it. A
     * decided tier that is not on the context's ladder is raised to the next tier that is (or the
     * ladder's top).
     *
     * @param decision an unstaffed decision
     * @param escalation the escalation
     * @param context the roster, ladder and skills
     * @return the staffed decision
     */
    public RoutingDecision staff(RoutingDecision decision, Escalation escalation, RoutingContext context) {
        Arguments.present(ResponderSelector.class, "decision", decision);
        Arguments.present(ResponderSelector.class, "escalation", escalation);
        Arguments.present(ResponderSelector.class, "context", context);
        if (decision.staffing() != Staffing.UNSTAFFED) {
            return decision;
        }
        return Staffer.staff(decision.tier(), decision.mode(), decision.department(), decision.clientApprovalRequired(),
                decision.priority(), decision.reasons(), escalation, context);
    }
}
