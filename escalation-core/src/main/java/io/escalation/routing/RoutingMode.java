package io.escalation.routing;

/**
 * How the chosen tier handles the escalation. When several rules apply, the mode that comes first
 * in this order wins ({@link #precedence()}): a take-over beats everything, handling it yourself
 * nothing.
 */
public enum RoutingMode {
    /** The higher tier takes the contact over (二次対応・交代). */
    TAKE_OVER(6),
    /** The client company must approve (クライアント承認). */
    NEEDS_CLIENT_APPROVAL(5),
    /** A related department decides (関連部署へ確認). */
    REFER_TO_DEPARTMENT(4),
    /** The customer is called back (折り返し). */
    CALL_BACK(3),
    /** The higher tier answers while the customer holds (保留で確認). */
    ANSWER_WHILE_HOLDING(2),
    /** The operator handles it with what they have (自己解決). */
    HANDLE_YOURSELF(1);

    private final int precedence;

    RoutingMode(int precedence) {
        this.precedence = precedence;
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
