package io.escalation.routing;

/** Who ends up with the escalation, and whether the first choice of tier could be staffed. */
public enum Staffing {
    /** The operator keeps it (the decided tier is the operator's own). */
    SELF,
    /** A present responder of the decided tier is assigned. */
    ASSIGNED,
    /** Nobody of the wanted tier was present; a responder of the next tier up is assigned. */
    NEXT_TIER_UP,
    /** Nobody present at or above the wanted tier; it waits in the queue of that tier. */
    QUEUED,
    /** Not staffed yet: a policy's raw decision before responder selection. */
    UNSTAFFED
}
