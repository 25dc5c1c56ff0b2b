package io.escalation.briefing;

import io.escalation.internal.validation.Checks;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A site's rule for the order of a briefing: where the customer's state (temperature, urgency)
 * goes, and the order of the details. The conclusion always opens the briefing; only the
 * customer's state may come before it, and only when the site says so ({@link Placement#START}).
 *
 * @param customerState where the customer's state goes
 * @param detailOrder the order of the details: a permutation of {@link #DETAILS}
 */
public record BriefingPolicy(Placement customerState, List<BriefingPart> detailOrder) {

    /** Where the customer's temperature and urgency go. */
    public enum Placement {
        /** Before the conclusion: "the customer is furious — ..." */
        START,
        /** Right after the conclusion (the default). */
        AFTER_CONCLUSION,
        /** After every detail. */
        END
    }

    /** The default detail order: actions taken, environment, background, history. */
    private static final List<BriefingPart> DEFAULT_ORDER = List.of(BriefingPart.ACTIONS_TAKEN,
            BriefingPart.ENVIRONMENT, BriefingPart.BACKGROUND, BriefingPart.HISTORY);

    /** The detail parts a policy orders. */
    public static final Set<BriefingPart> DETAILS = Set.copyOf(EnumSet.copyOf(DEFAULT_ORDER));

    /** Customer state right after the conclusion; then actions taken, environment, background, history. */
    public static final BriefingPolicy DEFAULT = new BriefingPolicy(Placement.AFTER_CONCLUSION, DEFAULT_ORDER);

    /**
     * Validates the policy.
     *
     * @throws io.escalation.InvalidEscalationException if the placement is missing, or the order is not
     *     a permutation of the details (the conclusion and the customer's state cannot be ordered here)
     */
    public BriefingPolicy {
        Checks.Checker check = Checks.building(BriefingPolicy.class)
                .require(customerState != null, "customerState", "NotNull", "must not be null", null)
                .require(detailOrder != null, "detailOrder", "NotNull", "must not be null", null);
        if (detailOrder != null) {
            check.noNullElements("detailOrder", detailOrder);
            check.require(!Checks.hasNull(detailOrder) && detailOrder.size() == DETAILS.size()
                            && DETAILS.containsAll(detailOrder),
                    "detailOrder", "DetailPermutation", "must list each of " + DEFAULT_ORDER
                            + " exactly once (the conclusion always comes first), but was " + detailOrder,
                    detailOrder);
        }
        check.done();
        detailOrder = List.copyOf(detailOrder);
    }

    /**
     * Returns this policy with the customer's state placed elsewhere.
     *
     * @param placement where the customer's state goes
     * @return the new policy
     */
    public BriefingPolicy withCustomerState(Placement placement) {
        return new BriefingPolicy(placement, detailOrder);
    }

    /**
     * Returns this policy with another detail order.
     *
     * @param order a permutation of {@link #DETAILS}
     * @return the new policy
     */
    public BriefingPolicy withDetailOrder(List<BriefingPart> order) {
        return new BriefingPolicy(customerState, order);
    }

    /**
     * Returns the order of all parts under this policy.
     *
     * @return every part, in speaking order
     */
    public List<BriefingPart> order() {
        List<BriefingPart> out = new ArrayList<>();
        if (customerState == Placement.START) {
            out.add(BriefingPart.CUSTOMER_STATE);
        }
        out.add(BriefingPart.CONCERN);
        out.add(BriefingPart.CATEGORY_AND_DECISION);
        if (customerState == Placement.AFTER_CONCLUSION) {
            out.add(BriefingPart.CUSTOMER_STATE);
        }
        out.addAll(detailOrder);
        if (customerState == Placement.END) {
            out.add(BriefingPart.CUSTOMER_STATE);
        }
        return List.copyOf(out);
    }
}
