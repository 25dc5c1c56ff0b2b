package io.escalation.examples.crm;

import io.escalation.jdbc.JdbcEscalations;
import io.escalation.lifecycle.EscalationState;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A ticket listener that fails, after both writes, for customers whose reference starts with {@code rollback-}:
 * the failure the ticket transaction must roll back. Before failing it records what the transaction could see, so
 * a test can tell that both writes had happened.
 */
@TestConfiguration(proxyBeanMethods = false)
class FailingTicketListener {

    /** Per ticket: "ticket status|escalation found" as seen inside the transaction just before the failure. */
    static final Map<String, String> SEEN = new ConcurrentHashMap<>();

    @Bean
    TicketListener failAfterBothWrites(TicketRepository tickets, JdbcEscalations jdbc) {
        return (Ticket ticket, EscalationState escalation) -> {
            if (ticket.customerRef().startsWith("rollback-")) {
                String status = tickets.find(ticket.id()).map(Ticket::status).orElse("none");
                boolean stored = jdbc.store().find(escalation.ref()).isPresent();
                SEEN.put(ticket.id(), status + "|" + stored);
                throw new IllegalStateException("the CRM's next step failed");
            }
        };
    }
}
