package io.escalation.examples.crm;

import org.jspecify.annotations.Nullable;

/**
 * A ticket of the CRM's own: the customer's case as the CRM tracks it, linked to the escalation raised for it.
 *
 * @param id the ticket's id
 * @param customerRef the customer's reference in the CRM, the same the escalation carries
 * @param subject the subject as the operator typed it: free text, personal data; never in logs or {@code toString()}
 * @param status {@code OPEN} or {@code ESCALATED}
 * @param escalationId the escalation raised for it, once escalated
 */
public record Ticket(String id, String customerRef, String subject, String status, @Nullable String escalationId) {

    /** A ticket nobody escalated yet. */
    public static final String OPEN = "OPEN";

    /** A ticket an escalation was raised for. */
    public static final String ESCALATED = "ESCALATED";

    @Override
    public String toString() {
        return "Ticket[id=" + id + ", status=" + status + ", escalationId=" + escalationId + "]";
    }
}
