package io.escalation.lifecycle;

/** Whether the customer accepted the answer explained to them (seed flow: accept, or back to the department). */
public enum ExplanationOutcome {
    /** The customer accepted (納得いただけた); the escalation can be resolved. */
    ACCEPTED,
    /** The customer was not satisfied (納得いただけない); refer again or explain again. */
    NOT_SATISFIED
}
