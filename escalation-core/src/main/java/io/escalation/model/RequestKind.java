package io.escalation.model;

/** What the operator asks the higher tier for. */
public enum RequestKind implements Labeled {
    /** A question the operator needs advice or a decision on (判断を仰ぐ質問). */
    ADVICE("判断を仰ぐ質問", "question needing advice"),
    /** The higher tier should take the contact over (二次対応・交代). */
    TAKE_OVER("対応交代", "take-over"),
    /** Special treatment for this customer, an exception to policy (イレギュラー対応). */
    IRREGULAR_HANDLING("イレギュラー対応", "irregular handling"),
    /** A complaint (苦情・クレーム). */
    COMPLAINT("苦情", "complaint"),
    /** Abusive customer behaviour (カスハラ); the organisation must absorb it, not the operator. */
    HARASSMENT("カスハラ", "harassment");

    private final String japanese;
    private final String english;

    RequestKind(String japanese, String english) {
        this.japanese = japanese;
        this.english = english;
    }

    @Override
    public String japanese() {
        return japanese;
    }

    @Override
    public String english() {
        return english;
    }
}
