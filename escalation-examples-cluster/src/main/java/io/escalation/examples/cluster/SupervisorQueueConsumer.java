package io.escalation.examples.cluster;

import io.escalation.json.EscalationJson;
import io.escalation.lifecycle.EscalationEvent;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamSubscription;
import io.nats.client.Message;
import io.nats.client.PullSubscribeOptions;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import io.nats.client.impl.Headers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps a {@link SupervisorQueue} from the event stream, on a node other than the relay's: a durable
 * pull consumer with explicit acks. Each message is applied, then acknowledged; a message that was
 * applied but not acknowledged (the node stopped in between) is delivered again and skipped by its
 * event id, which the relay sent as the message id ({@code Nats-Msg-Id}).
 *
 * <p>The durable name keeps the consumer's position on the server: a consumer that reconnects with
 * the same name continues where the last one acknowledged. Not thread-safe: poll from one thread.
 */
public final class SupervisorQueueConsumer implements AutoCloseable {

    private static final EscalationJson JSON = EscalationJson.create();

    private final JetStreamSubscription subscription;
    private final SupervisorQueue queue;
    private final Map<UUID, Integer> deliveries = new HashMap<>();

    private SupervisorQueueConsumer(JetStreamSubscription subscription, SupervisorQueue queue) {
        this.subscription = subscription;
        this.queue = queue;
    }

    /**
     * Subscribes a durable pull consumer to the stream's subject, creating it on the server the
     * first time (from the start of the stream).
     *
     * @param jetStream the node's JetStream context
     * @param stream the stream's name
     * @param subject the subject the relay publishes to
     * @param durable the consumer's durable name, e.g. {@code supervisor-console}
     * @param queue the projection to keep
     * @return the consumer
     * @throws ConsumerException when the server refuses the subscription
     */
    public static SupervisorQueueConsumer subscribe(JetStream jetStream, String stream, String subject, String durable,
            SupervisorQueue queue) {
        Objects.requireNonNull(queue, "queue");
        ConsumerConfiguration config = ConsumerConfiguration.builder().durable(durable)
                .ackPolicy(AckPolicy.Explicit).deliverPolicy(DeliverPolicy.All).ackWait(Duration.ofSeconds(30))
                .build();
        PullSubscribeOptions options = PullSubscribeOptions.builder().stream(stream).configuration(config).build();
        try {
            return new SupervisorQueueConsumer(jetStream.subscribe(subject, options), queue);
        } catch (IOException | JetStreamApiException e) {
            throw new ConsumerException("cannot subscribe durable consumer " + durable + " to stream " + stream, e);
        }
    }

    /**
     * Fetches up to {@code max} messages, waiting at most {@code wait} for the first, applies each
     * and acknowledges it.
     *
     * @param max how many messages at most, 1 or more
     * @param wait how long to wait for messages
     * @return how many messages were fetched (applied or skipped as already applied)
     * @throws ConsumerException when a message carries no event id or no event; it is left
     *     unacknowledged, so the broker delivers it again after the ack wait
     */
    public int poll(int max, Duration wait) {
        List<Message> messages = subscription.fetch(max, wait);
        for (Message m : messages) {
            UUID eventId = eventId(m);
            deliveries.merge(eventId, 1, Integer::sum);
            EscalationEvent event;
            try {
                event = JSON.readEvent(new String(m.getData(), StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                throw new ConsumerException("message " + eventId + " holds no escalation event ("
                        + e.getClass().getSimpleName() + ")", e);
            }
            if (!event.eventId().equals(eventId)) {
                throw new ConsumerException("message " + eventId + " holds event " + event.eventId());
            }
            queue.apply(event);
            m.ack();
        }
        return messages.size();
    }

    /**
     * Polls until {@code total} distinct events were applied or {@code timeout} passed.
     *
     * @param total how many distinct events to wait for
     * @param timeout how long at most
     * @return whether all of them arrived
     */
    public boolean awaitApplied(int total, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (queue.appliedEventIds().size() < total) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            poll(256, Duration.ofMillis(200));
        }
        return true;
    }

    /**
     * Returns how often the broker delivered each event to this consumer (1 unless a message was
     * redelivered after a missing ack).
     *
     * @return a copy, by event id
     */
    public Map<UUID, Integer> deliveries() {
        return Map.copyOf(deliveries);
    }

    private static UUID eventId(Message m) {
        Headers headers = m.getHeaders();
        String id = headers == null ? null : headers.getFirst("Nats-Msg-Id");
        if (id == null) {
            throw new ConsumerException("a message on " + m.getSubject() + " has no Nats-Msg-Id");
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ConsumerException("a message on " + m.getSubject() + " has a Nats-Msg-Id that is no event id", e);
        }
    }

    /** Stops fetching; the durable consumer and its position stay on the server. */
    @Override
    public void close() {
        subscription.unsubscribe();
    }
}
