package io.escalation.lifecycle;

/**
 * Where an escalation stands in its life (the seed flow): raised, acknowledged by a supervisor who
 * listens in, instructed or taken over, referred to a department or the client, answered,
 * explained to the customer, resolved if the customer accepts, closed. An operator who solves it
 * after all withdraws it.
 */
public enum EscalationStatus {
    /** The operator raised it (手上げ). */
    RAISED(true),
    /** A supervisor took note and listens in (モニタリング). */
    ACKNOWLEDGED(true),
    /** The supervisor told the operator what to do (指示). */
    INSTRUCTED(true),
    /** A higher tier took the contact over (二次対応). */
    TAKEN_OVER(true),
    /** Waiting on a related department or the client (関連部署・クライアント確認中). */
    REFERRED(true),
    /** The department or client answered; the answer is not yet explained to the customer. */
    ANSWER_RECEIVED(true),
    /** The answer was explained to the customer (ご説明済み). */
    EXPLAINED(true),
    /** The customer accepted (解決). */
    RESOLVED(false),
    /** The operator solved it after all (取り下げ). */
    WITHDRAWN(false),
    /** Done; nothing more can happen (完了). */
    CLOSED(false);

    private final boolean open;

    EscalationStatus(boolean open) {
        this.open = open;
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
