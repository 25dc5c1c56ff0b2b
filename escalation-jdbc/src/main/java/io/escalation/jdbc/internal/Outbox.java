package io.escalation.jdbc.internal;

import io.escalation.jdbc.OutboxMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Writes outbox rows on a connection inside the caller's transaction. The escalation store calls
 * {@link #insert} in the same transaction as its event insert, so the row commits with the event.
 */
public final class Outbox {

    private final Context context;

    /**
     * Creates a writer.
     *
     * @param context the module's context
     */
    public Outbox(Context context) {
        this.context = context;
    }

    /**
     * Checks a message's components.
     *
     * @param operation the operation
     * @param message the message
     */
    public static void check(String operation, OutboxMessage message) {
        Checks.tenant(operation, message.tenantId());
        Checks.id(operation, "aggregateType", message.aggregateType(), Checks.SHORT_ID);
        Checks.id(operation, "aggregateId", message.aggregateId(), Checks.LONG_ID);
        Checks.id(operation, "type", message.type(), Checks.LONG_ID);
        Checks.requiredJson(operation, "payloadJson", message.payloadJson());
    }

    /**
     * Inserts a row without a feed position; the caller has checked the message.
     *
     * @param connection the connection, inside the caller's transaction
     * @param message the message
     * @param createdAt the row's creation time
     * @throws SQLException when the insert fails
     */
    public void insert(Connection connection, OutboxMessage message, Instant createdAt) throws SQLException {
        insert(connection, List.of(message), createdAt);
    }

    /**
     * Inserts rows without a feed position, in one batch and in the order given (the feed numbers
     * committed rows in insertion order); the caller has checked the messages.
     *
     * @param connection the connection, inside the caller's transaction
     * @param messages the messages
     * @param createdAt the rows' creation time
     * @throws SQLException when an insert fails
     */
    public void insert(Connection connection, List<OutboxMessage> messages, Instant createdAt) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(context.sql().outboxInsert)) {
            for (OutboxMessage message : messages) {
                ps.setString(1, message.tenantId());
                ps.setString(2, message.eventId().toString());
                ps.setString(3, message.aggregateType());
                ps.setString(4, message.aggregateId());
                ps.setString(5, message.type());
                context.binder().json(ps, 6, message.payloadJson());
                context.binder().instant(ps, 7, createdAt);
                if (messages.size() == 1) {
                    ps.executeUpdate();
                } else {
                    ps.addBatch();
                }
            }
            if (messages.size() > 1) {
                Batches.execute(ps);
            }
        }
    }
}
