package io.escalation.examples.cluster;

import io.escalation.jdbc.EventFeed;
import io.escalation.jdbc.FeedEntry;
import io.nats.client.JetStream;
import io.nats.client.PublishOptions;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Relays one tenant's event feed to a JetStream subject: reads the entries after its checkpoint,
 * publishes each with the event id as the message id ({@code Nats-Msg-Id}), waits for the broker's
 * acknowledgements, and only then saves the checkpoint.
 *
 * <p>Delivery to the stream is exactly once as long as a resend falls within the stream's duplicate
 * window ({@link Broker}): a relay that stops between publishing and saving the checkpoint (a crash,
 * a lost ack, a killed thread) reads the same entries again on its next run, and the broker answers
 * every message it already stored with a duplicate ack instead of storing it twice. The headers
 * carry what a consumer routes on without parsing the payload: {@value #TYPE_HEADER},
 * {@value #AGGREGATE_HEADER} and {@value #SEQ_HEADER}. Payloads are never logged.
 *
 * <p>An interrupt of the relay's thread stops the batch at the next entry (a {@link RelayException},
 * the interrupt status kept) without saving the checkpoint.
 *
 * <p>Run one relay per tenant and stream at a time (several are safe, thanks to the duplicate
 * window, but waste work). Not thread-safe: call {@link #relayOnce()} from one thread.
 */
public final class OutboxRelay {

    /** The header with the event's type (its action's JSON name). */
    public static final String TYPE_HEADER = "Escalation-Event-Type";
    /** The header with the escalation id. */
    public static final String AGGREGATE_HEADER = "Escalation-Id";
    /** The header with the entry's position in the tenant's feed. */
    public static final String SEQ_HEADER = "Escalation-Feed-Seq";

    /** Hears about every entry the broker acknowledged, before the checkpoint is saved. */
    @FunctionalInterface
    public interface Listener {
        /**
         * Called once per acknowledged entry, in feed order. An exception thrown here stops the
         * batch before its checkpoint is saved, as a crash would.
         *
         * @param entry the entry
         * @param ack the broker's acknowledgement ({@link PublishAck#isDuplicate()} for a resend)
         */
        void acknowledged(FeedEntry entry, PublishAck ack);
    }

    /**
     * What one {@link #relayOnce()} did.
     *
     * @param read how many entries it read from the feed
     * @param stored how many the broker stored
     * @param duplicates how many the broker had already stored (resends within the duplicate window)
     * @param checkpoint the checkpoint saved afterwards
     */
    public record Batch(int read, int stored, int duplicates, long checkpoint) {}

    private final EventFeed feed;
    private final JetStream jetStream;
    private final String tenant;
    private final String consumer;
    private final String subject;
    private final int batchSize;
    private final Duration ackTimeout;
    private final Listener listener;

    private OutboxRelay(Builder b) {
        this.feed = b.feed;
        this.jetStream = b.jetStream;
        this.tenant = Objects.requireNonNull(b.tenant, "tenant");
        this.subject = Objects.requireNonNull(b.subject, "subject");
        this.consumer = b.consumer;
        this.batchSize = b.batchSize;
        this.ackTimeout = b.ackTimeout;
        this.listener = b.listener;
    }

    /**
     * Starts building a relay.
     *
     * @param feed the event feed (a node's {@code JdbcEscalations.events()})
     * @param jetStream where to publish
     * @return a builder; {@link Builder#tenant} and {@link Builder#subject} are required
     */
    public static Builder builder(EventFeed feed, JetStream jetStream) {
        return new Builder(Objects.requireNonNull(feed, "feed"), Objects.requireNonNull(jetStream, "jetStream"));
    }

    /**
     * Relays the next batch: the entries after the checkpoint, up to the batch size.
     *
     * @return what was relayed; {@code read == 0} when the feed had nothing new
     * @throws RelayException when an entry is not acknowledged in time; the checkpoint stays where it was
     * @throws io.escalation.jdbc.JdbcException when the database fails
     */
    public Batch relayOnce() {
        long checkpoint = feed.checkpoint(tenant, consumer);
        List<FeedEntry> entries = feed.after(tenant, checkpoint, batchSize);
        if (entries.isEmpty()) {
            return new Batch(0, 0, 0, checkpoint);
        }
        List<CompletableFuture<PublishAck>> acks = new ArrayList<>(entries.size());
        for (FeedEntry e : entries) {
            Headers headers = new Headers().add(TYPE_HEADER, e.type()).add(AGGREGATE_HEADER, e.aggregateId())
                    .add(SEQ_HEADER, Long.toString(e.seq()));
            PublishOptions options = PublishOptions.builder().messageId(e.eventId().toString()).build();
            acks.add(jetStream.publishAsync(subject, headers, e.payloadJson().getBytes(StandardCharsets.UTF_8), options));
        }
        int stored = 0;
        int duplicates = 0;
        for (int i = 0; i < entries.size(); i++) {
            FeedEntry e = entries.get(i);
            PublishAck ack = await(e, acks.get(i));
            if (ack.isDuplicate()) {
                duplicates++;
            } else {
                stored++;
            }
            listener.acknowledged(e, ack);
        }
        long saved = feed.saveCheckpoint(tenant, consumer, entries.get(entries.size() - 1).seq());
        return new Batch(entries.size(), stored, duplicates, saved);
    }

    /**
     * Relays batches until the feed has nothing new.
     *
     * @return how many entries were relayed (stored or acknowledged as duplicates)
     * @throws RelayException when an entry is not acknowledged in time
     */
    public long drain() {
        long total = 0;
        for (Batch b = relayOnce(); b.read() > 0; b = relayOnce()) {
            total += b.read();
        }
        return total;
    }

    /**
     * Returns the relay's saved checkpoint.
     *
     * @return the last feed position the broker acknowledged and the relay saved
     */
    public long checkpoint() {
        return feed.checkpoint(tenant, consumer);
    }

    private PublishAck await(FeedEntry e, CompletableFuture<PublishAck> ack) {
        if (Thread.currentThread().isInterrupted()) {
            // asked to stop: leave the rest of the batch, and the checkpoint, to the next run
            throw new RelayException(e.seq(), e.eventId(), "the relay's thread was interrupted",
                    new InterruptedException());
        }
        try {
            return ack.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException x) {
            Throwable cause = x.getCause() == null ? x : x.getCause();
            throw new RelayException(e.seq(), e.eventId(), cause.getClass().getSimpleName(), cause);
        } catch (TimeoutException x) {
            throw new RelayException(e.seq(), e.eventId(), "no ack within " + ackTimeout, x);
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            throw new RelayException(e.seq(), e.eventId(), "interrupted while waiting for the ack", x);
        }
    }

    @Override
    public String toString() {
        return "OutboxRelay[tenant=" + tenant + ", consumer=" + consumer + ", subject=" + subject + ", batchSize="
                + batchSize + "]";
    }

    /** Configures an {@link OutboxRelay}. Not thread-safe. */
    public static final class Builder {

        private final EventFeed feed;
        private final JetStream jetStream;
        private @Nullable String tenant;
        private @Nullable String subject;
        private String consumer = "nats-relay";
        private int batchSize = 500;
        private Duration ackTimeout = Duration.ofSeconds(10);
        private Listener listener = (entry, ack) -> {};

        private Builder(EventFeed feed, JetStream jetStream) {
            this.feed = feed;
            this.jetStream = jetStream;
        }

        /**
         * Sets the tenant whose feed is relayed.
         *
         * @param value the tenant id
         * @return this builder
         */
        public Builder tenant(String value) {
            this.tenant = Objects.requireNonNull(value, "tenant");
            return this;
        }

        /**
         * Sets the subject to publish to; it must be one of the stream's subjects.
         *
         * @param value the subject
         * @return this builder
         */
        public Builder subject(String value) {
            this.subject = Objects.requireNonNull(value, "subject");
            return this;
        }

        /**
         * Sets the name the checkpoint is saved under; relays with the same name share it.
         *
         * @param value 1 to 64 characters; default {@code nats-relay}
         * @return this builder
         */
        public Builder consumer(String value) {
            this.consumer = Objects.requireNonNull(value, "consumer");
            return this;
        }

        /**
         * Sets how many entries one batch reads and publishes before it waits for the acks.
         *
         * @param value 1 to {@link EventFeed#MAX_BATCH}; default 500
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder batchSize(int value) {
            if (value < 1 || value > EventFeed.MAX_BATCH) {
                throw new IllegalArgumentException("batchSize must be between 1 and " + EventFeed.MAX_BATCH
                        + ", but was " + value);
            }
            this.batchSize = value;
            return this;
        }

        /**
         * Sets how long the relay waits for each acknowledgement.
         *
         * @param value positive; default 10 seconds
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder ackTimeout(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("ackTimeout must be positive, but was " + value);
            }
            this.ackTimeout = value;
            return this;
        }

        /**
         * Sets who hears about acknowledged entries (metrics, tests).
         *
         * @param value the listener
         * @return this builder
         */
        public Builder listener(Listener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * Builds the relay.
         *
         * @return the relay
         * @throws NullPointerException when the tenant or the subject is missing
         */
        public OutboxRelay build() {
            return new OutboxRelay(this);
        }
    }
}
