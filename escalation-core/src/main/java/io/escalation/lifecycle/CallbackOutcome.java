package io.escalation.lifecycle;

/** What became of a promised callback. */
public enum CallbackOutcome {
    /** Not yet made. */
    PENDING,
    /** The responder called the customer. */
    MADE,
    /** The promise passed without a call. */
    MISSED
}
