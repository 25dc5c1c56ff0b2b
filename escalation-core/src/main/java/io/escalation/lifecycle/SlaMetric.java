package io.escalation.lifecycle;

/**
 * What an SLA target measures, each over one stretch of an escalation's history (an
 * <em>occurrence</em>, named by the version of the event that started it).
 */
public enum SlaMetric {
    /** From the raise until someone above picks it up (the first step out of {@code RAISED}); once. */
    ACKNOWLEDGEMENT,
    /** From the raise until it is resolved or withdrawn (time after a reopen counts again); once. */
    RESOLUTION,
    /** While referred to a department or the client, until their answer; once per referral. */
    UPDATE_WHILE_REFERRED
}
