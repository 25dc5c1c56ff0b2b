package io.escalation.routing;

/** Authorities an operator may hold beyond the default for their experience. */
public enum Authority {
    /** May handle complaints that are not severe without a supervisor. */
    HANDLE_COMPLAINTS,
    /** May answer questions without advice (veterans usually hold it). */
    ANSWER_WITHOUT_ADVICE
}
