package io.escalation.lifecycle;

/** Every action that can happen to an escalation; each event records exactly one. */
public enum Action {
    /** Raise the escalation. */
    RAISE,
    /** A supervisor acknowledges and listens in. */
    ACKNOWLEDGE,
    /** A supervisor instructs the operator. */
    INSTRUCT,
    /** A higher tier takes the contact over. */
    TAKE_OVER,
    /** Refer to a department or the client. */
    REFER,
    /** Record the department's or client's answer. */
    RECORD_ANSWER,
    /** Explain the answer to the customer. */
    EXPLAIN,
    /** The customer accepted: resolved. */
    RESOLVE,
    /** Reopen a resolved escalation. */
    REOPEN,
    /** Close a resolved or withdrawn escalation. */
    CLOSE,
    /** The operator withdraws it (solved after all). */
    WITHDRAW,
    /** Give it to another responder. */
    REASSIGN,
    /** Promise a callback. */
    SCHEDULE_CALLBACK,
    /** Record that the promised callback was made. */
    RECORD_CALLBACK_MADE,
    /** Record that the promised callback was missed. */
    RECORD_CALLBACK_MISSED,
    /** A manager approves irregular handling. */
    APPROVE_IRREGULAR_HANDLING,
    /** Record the client company's approval. */
    RECORD_CLIENT_APPROVAL,
    /** Raise the priority (overdue callback, repeat chase). */
    RAISE_PRIORITY,
    /** Wait for the customer (to check something, to send a document); pauses SLA clocks by default. */
    AWAIT_CUSTOMER,
    /** The customer came back; SLA clocks run again. */
    RECORD_CUSTOMER_RESPONSE
}
