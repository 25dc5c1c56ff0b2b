package io.escalation.jdbc;

import java.util.Objects;
import java.util.UUID;

/**
 * A message to write to the transactional outbox, in the shape of Debezium's outbox event router
 * ({@code id}, {@code aggregatetype}, {@code aggregateid}, {@code type}, {@code payload}).
 *
 * <p>{@code toString()} leaves the payload out: it may hold personal data.
 *
 * @param tenantId the tenant, 1 to 64 characters
 * @param eventId the event's stable id, unique per tenant; becomes the outbox row's {@code id}
 * @param aggregateType the aggregate's type, 1 to 64 characters, e.g. {@code escalation}
 * @param aggregateId the aggregate's id, 1 to 128 characters
 * @param type the event type, 1 to 128 characters
 * @param payloadJson the event as a JSON document, at most 1 MiB of UTF-8, stored as JSON (never as
 *     a JSON string holding it)
 */
public record OutboxMessage(String tenantId, UUID eventId, String aggregateType, String aggregateId, String type,
        String payloadJson) {

    /**
     * Checks that no component is null; lengths are checked when the message is written.
     *
     * @throws NullPointerException when a component is null
     */
    public OutboxMessage {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payloadJson, "payloadJson");
    }

    @Override
    public String toString() {
        return "OutboxMessage[eventId=" + eventId + ", aggregateType=" + aggregateType + ", type=" + type
                + ", payload=<" + payloadJson.length() + " chars>]";
    }
}
