package io.escalation.examples.crm;

import io.escalation.lifecycle.EscalationState;

/**
 * Called inside the ticket's transaction after the ticket was marked escalated and the escalation was raised:
 * what the CRM does next in the same transaction (its own history, notifications to its outbox). A listener that
 * throws rolls back the whole transaction, the ticket change and the escalation with it.
 */
@FunctionalInterface
public interface TicketListener {

    /**
     * Hears of an escalated ticket.
     *
     * @param ticket the ticket as it was before
     * @param escalation the raised escalation
     */
    void escalated(Ticket ticket, EscalationState escalation);
}
