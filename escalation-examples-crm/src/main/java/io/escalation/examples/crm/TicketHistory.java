package io.escalation.examples.crm;

import io.escalation.lifecycle.EscalationState;
import org.springframework.stereotype.Component;

/** Records an escalated ticket in the ticket's history, in the same transaction. */
@Component
public class TicketHistory implements TicketListener {

    private final TicketRepository tickets;

    /**
     * Writes to the ticket tables.
     *
     * @param tickets the ticket tables
     */
    public TicketHistory(TicketRepository tickets) {
        this.tickets = tickets;
    }

    @Override
    public void escalated(Ticket ticket, EscalationState escalation) {
        tickets.record(ticket.id(), "escalated", escalation.id().value());
    }
}
