package io.escalation.routing;

import io.escalation.model.Labeled;

/**
 * How the chosen tier handles the escalation. When several rules apply, the mode that comes first
 * in this order wins ({@link #precedence()}): a take-over beats everything, handling it yourself
 * nothing.
 */
public enum RoutingMode implements Labeled {
    /** The higher tier takes the contact over (二次対応・交代). */
    TAKE_OVER("対応交代", "take the contact over", 6),
    /** The client company must approve (クライアント承認). */
    NEEDS_CLIENT_APPROVAL("クライアント承認が必要", "needs client approval", 5),
    /** A related department decides (関連部署へ確認). */
    REFER_TO_DEPARTMENT("関連部署へ確認", "refer to the department", 4),
    /** The customer is called back (折り返し). */
    CALL_BACK("折り返し", "call the customer back", 3),
    /** The higher tier answers while the customer holds (保留で確認). */
    ANSWER_WHILE_HOLDING("保留中に回答", "answer while the customer holds", 2),
    /** The operator handles it with what they have (自己解決). */
    HANDLE_YOURSELF("自己解決", "handle it yourself", 1);

    private final String japanese;
    private final String english;
    private final int precedence;

    RoutingMode(String japanese, String english, int precedence) {
        this.japanese = japanese;
        this.english = english;
        this.precedence = precedence;
    }

    @Override
    public String japanese() {
        return japanese;
    }

    @Override
    public String english() {
        return english;
    }

    /**
     * Returns how strongly this mode wins over others when rules combine (higher wins).
     *
     * @return 1 for {@link #HANDLE_YOURSELF} up to 6 for {@link #TAKE_OVER}
     */
    public int precedence() {
        return precedence;
    }

    /**
     * Returns the stronger of this mode and {@code other}.
     *
     * @param other another mode
     * @return the mode with the higher precedence
     */
    public RoutingMode strongest(RoutingMode other) {
        return other.precedence > precedence ? other : this;
    }
}
