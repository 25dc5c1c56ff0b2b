package io.escalation.lifecycle;

import io.escalation.model.Labeled;

/**
 * Where an escalation stands in its life (the seed flow): raised, acknowledged by a supervisor who
 * listens in, instructed or taken over, referred to a department or the client, answered,
 * explained to the customer, resolved if the customer accepts, closed. An operator who solves it
 * after all withdraws it.
 */
public enum EscalationStatus implements Labeled {
    /** The operator raised it (手上げ). */
    RAISED("エスカレーション中", "raised", true),
    /** A supervisor took note and listens in (モニタリング). */
    ACKNOWLEDGED("SV確認中", "acknowledged", true),
    /** The supervisor told the operator what to do (指示). */
    INSTRUCTED("指示済み", "instructed", true),
    /** A higher tier took the contact over (二次対応). */
    TAKEN_OVER("二次対応中", "taken over", true),
    /** Waiting on a related department or the client (関連部署・クライアント確認中). */
    REFERRED("部署確認中", "referred", true),
    /** The department or client answered; the answer is not yet explained to the customer. */
    ANSWER_RECEIVED("回答受領", "answer received", true),
    /** The answer was explained to the customer (ご説明済み). */
    EXPLAINED("ご説明済み", "explained", true),
    /** The customer accepted (解決). */
    RESOLVED("解決", "resolved", false),
    /** The operator solved it after all (取り下げ). */
    WITHDRAWN("取り下げ", "withdrawn", false),
    /** Done; nothing more can happen (完了). */
    CLOSED("完了", "closed", false);

    private final String japanese;
    private final String english;
    private final boolean open;

    EscalationStatus(String japanese, String english, boolean open) {
        this.japanese = japanese;
        this.english = english;
        this.open = open;
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
     * Returns whether work is still pending: callbacks can be scheduled and the escalation shows
     * in queues.
     *
     * @return {@code true} for every status before resolved, withdrawn or closed
     */
    public boolean isOpen() {
        return open;
    }
}
