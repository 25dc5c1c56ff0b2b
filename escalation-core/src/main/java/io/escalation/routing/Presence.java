package io.escalation.routing;

/** Whether a responder can take an escalation now. */
public enum Presence {
    /** At their desk and free (対応可能). */
    AVAILABLE,
    /** At their desk but on another contact (対応中); can take it after. */
    BUSY,
    /** Not at their desk: break, meeting, off shift (離席). Never assigned. */
    AWAY;
}
