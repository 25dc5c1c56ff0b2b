package io.escalation.jdbc;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a tenant's event feed, as {@link EventFeed#after(String, long, int)} returns it.
 *
 * <p>{@code toString()} leaves the payload out: it may hold personal data.
 *
 * @param seq the entry's position in the tenant's feed: 1, 2, 3, ... without gaps
 * @param eventId the event's stable id; consumers de-duplicate by it (delivery is at least once)
 * @param aggregateId the id of the aggregate the event belongs to (an escalation id)
 * @param type the event type
 * @param payloadJson the event as a JSON document
 * @param createdAt when the entry was written, truncated to microseconds
 */
public record FeedEntry(long seq, UUID eventId, String aggregateId, String type, String payloadJson,
        Instant createdAt) {

    @Override
    public String toString() {
        return "FeedEntry[seq=" + seq + ", eventId=" + eventId + ", type=" + type + ", payload=<"
                + payloadJson.length() + " chars>]";
    }
}
