package io.escalation.examples.cluster;

import java.util.UUID;

/**
 * The relay could not get a feed entry acknowledged by the broker. Nothing after the last saved
 * checkpoint counts as relayed: the next {@link OutboxRelay#relayOnce()} sends the batch again and
 * the broker's duplicate window drops what it already stored.
 */
public final class RelayException extends ClusterException {

    private static final long serialVersionUID = 1L;

    private final long seq;
    private final UUID eventId;

    RelayException(long seq, UUID eventId, String what, Throwable cause) {
        super("feed entry " + seq + " (event " + eventId + ") was not acknowledged by the broker: " + what, cause);
        this.seq = seq;
        this.eventId = eventId;
    }

    /**
     * Returns the feed position of the first entry that was not acknowledged.
     *
     * @return the position
     */
    public long seq() {
        return seq;
    }

    /**
     * Returns the event id of that entry.
     *
     * @return the id
     */
    public UUID eventId() {
        return eventId;
    }
}
