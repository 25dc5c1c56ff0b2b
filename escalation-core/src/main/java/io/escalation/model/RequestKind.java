package io.escalation.model;

/** What the operator asks the higher tier for. */
public enum RequestKind {
    /** A question the operator needs advice or a decision on (判断を仰ぐ質問). */
    ADVICE,
    /** The higher tier should take the contact over (二次対応・交代). */
    TAKE_OVER,
    /** Special treatment for this customer, an exception to policy (イレギュラー対応). */
    IRREGULAR_HANDLING,
    /** A complaint (苦情・クレーム). */
    COMPLAINT,
    /** Abusive customer behaviour (カスハラ); the organisation must absorb it, not the operator. */
    HARASSMENT;
}
