package io.escalation.examples.crm;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The CRM's tickets, and escalating one (ticket update and raise in one transaction). */
@RestController
@RequestMapping("/api/tickets")
public class TicketController {

    private final TicketRepository tickets;
    private final EscalationService service;
    private final EscalationController escalations;
    private final StrictBodies bodies;

    /**
     * Creates the controller.
     *
     * @param tickets the ticket table
     * @param service the escalation service
     * @param escalations the escalation controller (for the raise answer)
     * @param bodies the reader of the CRM's own bodies
     */
    public TicketController(TicketRepository tickets, EscalationService service, EscalationController escalations,
            StrictBodies bodies) {
        this.tickets = tickets;
        this.service = service;
        this.escalations = escalations;
        this.bodies = bodies;
    }

    /**
     * The body of a new ticket.
     *
     * @param customerRef the customer's reference
     * @param subject the subject (free text)
     */
    public record NewTicket(@Nullable String customerRef, @Nullable String subject) {
        @Override
        public String toString() {
            return "NewTicket[customerRef=" + customerRef + "]";
        }
    }

    /**
     * Opens a ticket.
     *
     * @param body a {@link NewTicket}
     * @return 201 with the ticket
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Ticket> open(@RequestBody byte[] body) {
        NewTicket t = bodies.read(body, NewTicket.class);
        String customer = t.customerRef();
        if (customer == null || !customer.matches("[A-Za-z0-9._:-]{1,64}")) {
            throw new CrmRequestException(HttpStatus.BAD_REQUEST, "$.customerRef", "pattern",
                    "customerRef must be 1-64 letters, digits or . _ : -");
        }
        String subject = t.subject();
        if (subject == null || subject.isBlank() || subject.length() > 500) {
            throw new CrmRequestException(HttpStatus.BAD_REQUEST, "$.subject", "size",
                    "subject must be 1-500 characters");
        }
        Ticket ticket = new Ticket("t-" + UUID.randomUUID().toString().substring(0, 8), customer, subject,
                Ticket.OPEN, null);
        tickets.insert(ticket);
        return ResponseEntity.created(URI.create("/api/tickets/" + ticket.id())).body(ticket);
    }

    /**
     * Fetches a ticket.
     *
     * @param id the ticket
     * @return the ticket
     */
    @GetMapping("/{id}")
    public Ticket get(@PathVariable String id) {
        return tickets.find(id).orElseThrow(() -> new CrmRequestException(HttpStatus.NOT_FOUND, "id", "exists",
                "no such ticket"));
    }

    /**
     * Escalates a ticket: the ticket is marked escalated and the escalation raised in one transaction.
     *
     * @param id the ticket
     * @param body the escalation's {@code EscalationJson} document
     * @param headers the request's headers (Accept-Language)
     * @return 201 with the escalation
     */
    @PostMapping(path = "/{id}/escalations", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<EscalationController.Raised> escalate(@PathVariable String id, @RequestBody byte[] body,
            @RequestHeader HttpHeaders headers) {
        Locale lang = Languages.pick(headers);
        return escalations.raised(service.escalateTicket(id, body), lang);
    }
}
