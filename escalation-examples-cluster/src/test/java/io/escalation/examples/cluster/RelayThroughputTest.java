package io.escalation.examples.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Measures the relay end to end on loopback: 2,000 escalation events from the PostgreSQL feed to
 * JetStream and into the other node's supervisor queue. Prints the rates (see
 * {@code target/surefire-reports/*RelayThroughputTest-output.txt}); asserts only that every event
 * arrived once, never a time, because the machine is shared.
 */
class RelayThroughputTest {

    private static final int EVENTS = 2_000;

    @Test
    void relaysTwoThousandEventsEndToEnd() throws Exception {
        try (TestCluster cluster = new TestCluster()) {
            cluster.raise(cluster.a, 0, EVENTS);
            List<UUID> events = TestCluster.feedEventIds(cluster.a.jdbc());
            assertEquals(EVENTS, events.size());
            SupervisorQueue queue = new SupervisorQueue();
            try (SupervisorQueueConsumer consumer = cluster.consumerOnB(queue)) {
                OutboxRelay relay = cluster.relay().batchSize(500).build();

                long start = System.nanoTime();
                java.util.concurrent.atomic.AtomicLong relayEnd = new java.util.concurrent.atomic.AtomicLong();
                CompletableFuture<Long> relayed = CompletableFuture.supplyAsync(() -> {
                    long n = relay.drain();
                    relayEnd.set(System.nanoTime());
                    return n;
                });
                boolean all = consumer.awaitApplied(EVENTS, Duration.ofSeconds(120));
                long end = System.nanoTime();
                long relayedCount = relayed.get(120, TimeUnit.SECONDS);

                assertTrue(all, "every event reached the consumer");
                assertEquals(EVENTS, relayedCount);
                assertEquals(EVENTS, cluster.streamCount());
                assertEquals(new HashSet<>(events), queue.appliedEventIds());
                double seconds = (end - start) / 1e9;
                System.out.printf(Locale.ROOT, "relay end to end: %d events in %.2f s = %.0f events/s"
                                + " (feed -> JetStream -> durable pull consumer -> supervisor queue; relay done after"
                                + " %.2f s)%n", EVENTS, seconds, EVENTS / seconds, (relayEnd.get() - start) / 1e9);
            }
        }
    }
}
