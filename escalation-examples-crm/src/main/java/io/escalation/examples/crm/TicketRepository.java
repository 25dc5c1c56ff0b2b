package io.escalation.examples.crm;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The CRM's ticket table ({@code <prefix>ticket}) and its history ({@code <prefix>ticket_history}), created at
 * start-up when missing. Written through Spring's {@link JdbcTemplate}, so inside a {@code @Transactional}
 * method it uses the transaction's connection, the same one the SDK joins.
 */
@Repository
public class TicketRepository {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String tickets;
    private final String history;

    /**
     * Creates the tables if they are missing.
     *
     * @param jdbc the application's template
     * @param properties the table prefix
     * @param clock the clock for history rows
     */
    public TicketRepository(JdbcTemplate jdbc, CrmProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        String prefix = properties.tablePrefix();
        if (!prefix.matches("[a-z][a-z0-9_]{0,20}")) {
            throw new CrmRequestException(org.springframework.http.HttpStatus.INTERNAL_SERVER_ERROR,
                    "crm.table-prefix", "pattern", "crm.table-prefix must match [a-z][a-z0-9_]{0,20}");
        }
        this.tickets = prefix + "ticket";
        this.history = prefix + "ticket_history";
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + tickets + " (id VARCHAR(64) PRIMARY KEY,"
                + " customer_ref VARCHAR(64) NOT NULL, subject VARCHAR(500) NOT NULL, status VARCHAR(16) NOT NULL,"
                + " escalation_id VARCHAR(64))");
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + history + " (ticket_id VARCHAR(64) NOT NULL,"
                + " at_time TIMESTAMP NOT NULL, what VARCHAR(32) NOT NULL, escalation_id VARCHAR(64))");
    }

    /**
     * Stores a new ticket.
     *
     * @param ticket the ticket
     */
    public void insert(Ticket ticket) {
        jdbc.update("INSERT INTO " + tickets + " (id, customer_ref, subject, status, escalation_id) VALUES (?, ?, ?, ?, ?)",
                ticket.id(), ticket.customerRef(), ticket.subject(), ticket.status(), ticket.escalationId());
    }

    /**
     * Finds a ticket.
     *
     * @param id the ticket's id
     * @return the ticket, if any
     */
    public Optional<Ticket> find(String id) {
        List<Ticket> found = jdbc.query("SELECT id, customer_ref, subject, status, escalation_id FROM " + tickets
                + " WHERE id = ?", (rs, n) -> new Ticket(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5)), id);
        return found.stream().findFirst();
    }

    /**
     * Marks an open ticket escalated, if it is still open.
     *
     * @param id the ticket's id
     * @param escalationId the escalation raised for it
     * @return whether the ticket was open (and is now escalated)
     */
    public boolean markEscalated(String id, String escalationId) {
        return jdbc.update("UPDATE " + tickets + " SET status = ?, escalation_id = ? WHERE id = ? AND status = ?",
                Ticket.ESCALATED, escalationId, id, Ticket.OPEN) == 1;
    }

    /**
     * Records a step of a ticket's history.
     *
     * @param ticketId the ticket
     * @param what what happened, a code
     * @param escalationId the escalation concerned
     */
    public void record(String ticketId, String what, String escalationId) {
        jdbc.update("INSERT INTO " + history + " (ticket_id, at_time, what, escalation_id) VALUES (?, ?, ?, ?)",
                ticketId, Timestamp.from(clock.instant()), what, escalationId);
    }

    /**
     * Counts a ticket's history rows.
     *
     * @param ticketId the ticket
     * @return how many
     */
    public int historySize(String ticketId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + history + " WHERE ticket_id = ?", Integer.class,
                ticketId);
        return n == null ? 0 : n;
    }
}
