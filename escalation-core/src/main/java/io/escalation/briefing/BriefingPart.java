package io.escalation.briefing;

/**
 * The parts of a briefing. The conclusion parts ({@link #CONCERN}, {@link #CATEGORY_AND_DECISION})
 * always come first; {@link #CUSTOMER_STATE} goes where the site's policy puts it; the details
 * follow in the policy's order.
 */
public enum BriefingPart {
    /** What worries the operator (心配な事), for a concern-first opening. */
    CONCERN(true),
    /** The inquiry's category and the decision wanted (質問のカテゴリ・判断して欲しいこと). */
    CATEGORY_AND_DECISION(true),
    /** The customer's temperature and urgency (温度感). */
    CUSTOMER_STATE(false),
    /** What was already done (既に対応した事). */
    ACTIONS_TAKEN(false),
    /** The customer's information and environment (お客様の情報・環境). */
    ENVIRONMENT(false),
    /** Background (背景). */
    BACKGROUND(false),
    /** History (経緯). */
    HISTORY(false);

    private final boolean conclusion;

    BriefingPart(boolean conclusion) {
        this.conclusion = conclusion;
    }

    /**
     * Returns whether this part belongs to the conclusion.
     *
     * @return {@code true} for the concern and the category with the decision
     */
    public boolean isConclusion() {
        return conclusion;
    }
}
