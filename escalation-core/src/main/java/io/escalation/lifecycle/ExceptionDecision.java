package io.escalation.lifecycle;

/**
 * How an irregular-handling request (イレギュラー対応) ended: whether the exception was made.
 * Granting needs a manager's recorded approval and, in an outsourced center, the client's.
 */
public enum ExceptionDecision {
    /** The exception was granted (the refund, the special treatment was made). */
    GRANTED,
    /** The exception was declined; the customer was handled by the normal rules. */
    DECLINED
}
