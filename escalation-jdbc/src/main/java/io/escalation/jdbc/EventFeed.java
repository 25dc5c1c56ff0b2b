package io.escalation.jdbc;

import java.util.List;

/**
 * The transactional outbox and the per-tenant event feed read from it. Thread-safe; obtained from
 * {@link JdbcEscalations#events()}.
 *
 * <h2>Writing</h2>
 * {@link #publish(OutboxMessage)} writes a row in the caller's transaction (see {@link
 * JdbcEscalations} for how the module joins a host transaction), so the row commits or rolls back
 * with the change it announces. Debezium's outbox event router can read the table directly.
 *
 * <h2>Ordering</h2>
 * Rows are written without a feed position. Before reading, {@link #after(String, long, int)}
 * runs a sequencing step: it locks the tenant's sequencer row ({@code SELECT ... FOR UPDATE}),
 * numbers the tenant's committed, unnumbered rows in insertion order with {@code last_seq + 1,
 * last_seq + 2, ...}, and commits. Sequencing steps are serialised by the lock and see committed
 * rows only, so numbers are assigned once, without gaps, and a row that commits late gets a
 * number after every number already read: a reader that asks for entries after its checkpoint
 * never skips one (unlike reading an identity column, where a late commit lands behind a reader).
 * Events of one aggregate keep their order whenever the write of version N+1 starts after version
 * N committed, which the escalation store guarantees through its version check.
 *
 * <h2>Delivery</h2>
 * At least once: a consumer saves its {@link #saveCheckpoint checkpoint} after handling entries;
 * one that crashes before saving reads them again, and de-duplicates by {@link FeedEntry#eventId()}.
 */
public interface EventFeed {

    /** The most entries one {@link #after(String, long, int)} call returns. */
    int MAX_BATCH = 1000;

    /**
     * Writes a message to the outbox, in the caller's transaction when one is open on the
     * connection, otherwise in a transaction of its own.
     *
     * @param message the message
     * @throws JdbcUsageException when a component is blank or too long
     * @throws DocumentTooLargeException when the payload is over 1 MiB
     * @throws JdbcConstraintException when the tenant already has an event with the id
     * @throws JdbcSqlException when the database fails the write
     */
    void publish(OutboxMessage message);

    /**
     * Numbers newly committed entries, then returns the tenant's entries after {@code seq}, in feed
     * order.
     *
     * @param tenantId the tenant
     * @param seq the last position already handled, 0 for the start of the feed
     * @param limit the most entries to return, 1 to {@link #MAX_BATCH}
     * @return the entries with positions {@code seq + 1, seq + 2, ...}; empty when there are none yet
     * @throws JdbcUsageException when an argument is out of range
     * @throws JdbcSqlException when the database fails
     */
    List<FeedEntry> after(String tenantId, long seq, int limit);

    /**
     * Returns a consumer's checkpoint: the last feed position it saved.
     *
     * @param tenantId the tenant
     * @param consumer the consumer's name, 1 to 64 characters
     * @return the saved position, 0 when the consumer never saved one
     * @throws JdbcSqlException when the database fails
     */
    long checkpoint(String tenantId, String consumer);

    /**
     * Saves a consumer's checkpoint. A checkpoint never moves backwards: saving a position lower
     * than the saved one changes nothing.
     *
     * @param tenantId the tenant
     * @param consumer the consumer's name, 1 to 64 characters
     * @param seq the last position handled, 0 or more
     * @return the checkpoint now saved: {@code seq}, or the higher one already saved
     * @throws JdbcSqlException when the database fails
     */
    long saveCheckpoint(String tenantId, String consumer, long seq);
}
