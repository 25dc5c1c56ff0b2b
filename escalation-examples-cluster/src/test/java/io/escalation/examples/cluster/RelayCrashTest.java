package io.escalation.examples.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The relay stops in the middle of a batch, after the broker acknowledged {@code k} of its
 * messages and before the checkpoint is saved, and is started again: the consumer on the other node
 * applies every event exactly once, and the stream holds exactly one message per event, because the
 * broker dropped the re-sent ones by their message id.
 */
class RelayCrashTest {

    private static final int EVENTS = 250;
    private static final int BATCH = 100;

    /** The relay's process dies: nothing after it runs, the checkpoint stays behind. */
    private static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Crash() {
            super("simulated crash");
        }
    }

    @ParameterizedTest(name = "crash after {0} of the second batch''s {1} acks")
    @ValueSource(ints = {1, 37, BATCH})
    void aRelayKilledMidBatchLosesNothingAndDuplicatesNothing(int k) throws Exception {
        try (TestCluster cluster = new TestCluster()) {
            cluster.raise(cluster.a, 0, EVENTS);
            List<UUID> events = TestCluster.feedEventIds(cluster.a.jdbc());
            assertEquals(EVENTS, events.size());

            AtomicInteger acked = new AtomicInteger();
            OutboxRelay doomed = cluster.relay().batchSize(BATCH).listener((entry, ack) -> {
                if (acked.incrementAndGet() == BATCH + k) {
                    throw new Crash();
                }
            }).build();
            assertEquals(new OutboxRelay.Batch(BATCH, BATCH, 0, BATCH), doomed.relayOnce());
            assertThrows(Crash.class, doomed::relayOnce);
            assertEquals(BATCH, doomed.checkpoint(), "the crash came before the checkpoint was saved");
            assertTrue(cluster.streamCount() >= BATCH + k, "the broker stored what it acknowledged");

            OutboxRelay restarted = cluster.relay().batchSize(BATCH).build();
            OutboxRelay.Batch resent = restarted.relayOnce();
            assertEquals(BATCH, resent.read(), "the restarted relay sends the unsaved batch again");
            assertTrue(resent.duplicates() >= k, "the broker knew at least the " + k + " it acknowledged: " + resent);
            assertEquals(EVENTS, BATCH + BATCH + restarted.drain());
            assertEquals(EVENTS, restarted.checkpoint());

            assertEquals(EVENTS, cluster.streamCount(), "one message per event: the re-sent ones were dropped");
            assertEveryEventAppliedOnce(cluster, events);
        }
    }

    @Test
    void aRelayThreadInterruptedWhileWaitingForAcksLosesNothing() throws Exception {
        try (TestCluster cluster = new TestCluster()) {
            cluster.raise(cluster.a, 0, EVENTS);
            List<UUID> events = TestCluster.feedEventIds(cluster.a.jdbc());

            AtomicInteger acked = new AtomicInteger();
            OutboxRelay relay = cluster.relay().batchSize(BATCH).listener((entry, ack) -> {
                if (acked.incrementAndGet() == 150) {
                    Thread.currentThread().interrupt(); // the host shuts the relay's thread down
                }
            }).build();
            relay.relayOnce();
            RelayException stopped = assertThrows(RelayException.class, relay::relayOnce);
            assertTrue(Thread.interrupted(), "the relay keeps the thread's interrupt status");
            assertEquals(151, stopped.seq(), "the first entry whose ack it did not wait for");
            assertEquals(BATCH, relay.checkpoint());

            OutboxRelay restarted = cluster.relay().batchSize(BATCH).build();
            assertEquals(EVENTS - BATCH, restarted.drain());

            assertEquals(EVENTS, cluster.streamCount());
            assertEveryEventAppliedOnce(cluster, events);
        }
    }

    @Test
    void twoRelaysOnTheSameFeedStoreEachEventOnce() throws Exception {
        try (TestCluster cluster = new TestCluster()) {
            cluster.raise(cluster.a, 0, 120);
            List<UUID> events = TestCluster.feedEventIds(cluster.a.jdbc());

            long first = cluster.relay().batchSize(50).build().drain();
            OutboxRelay.Batch second = cluster.relay().consumer("second-relay").batchSize(200).build().relayOnce();

            assertEquals(120, first);
            assertEquals(new OutboxRelay.Batch(120, 0, 120, 120), second, "all dropped as duplicates");
            assertEquals(120, cluster.streamCount());
            assertEveryEventAppliedOnce(cluster, events);
        }
    }

    private static void assertEveryEventAppliedOnce(TestCluster cluster, List<UUID> events) {
        SupervisorQueue queue = new SupervisorQueue();
        try (SupervisorQueueConsumer consumer = cluster.consumerOnB(queue)) {
            assertTrue(consumer.awaitApplied(events.size(), Duration.ofSeconds(60)), "every event arrived");
            assertEquals(0, consumer.poll(100, Duration.ofMillis(300)), "and nothing more");
            Map<UUID, Integer> deliveries = consumer.deliveries();
            assertEquals(new HashSet<>(events), deliveries.keySet(), "the consumer saw exactly the feed's events");
            assertEquals(Set.of(1), new HashSet<>(deliveries.values()), "each delivered once");
            assertEquals(new HashSet<>(events), queue.appliedEventIds(), "and applied once");
            assertFalse(queue.open().isEmpty());
        }
    }
}
