package io.escalation.examples.cluster;

import io.escalation.desk.EscalationDesk;
import io.escalation.jdbc.FeedEntry;
import io.escalation.jdbc.JdbcEscalations;
import io.escalation.jdbc.TimerLease;
import io.escalation.lifecycle.CallbackRecord;
import io.escalation.routing.RoutingPolicies;
import io.escalation.testkit.TestClock;
import io.nats.client.api.StorageType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Two nodes on the test database with a table prefix of this run's own and, for tests of the relay,
 * a NATS connection per node and a memory stream of this run's own; {@link #close()} deletes the
 * stream and drops the tables. Skips the test (fails it under CI) when a service it needs is
 * unreachable.
 */
final class TestCluster implements AutoCloseable {

    final String run = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36);
    final String jdbcUrl;
    final String prefix = "clu_" + run + "_";
    final String stream = "ESC_TEST_" + run.toUpperCase(Locale.ROOT);
    final String subject = "escalation.test" + run + ".events";
    final TestClock clock = TestClock.fixed(SampleFloor.T0);
    /** Every reminder performed, by either node, as "node timerId token". */
    final List<String> reminders = Collections.synchronizedList(new ArrayList<>());
    final ClusterNode a;
    final ClusterNode b;
    private final @Nullable Broker natsA;
    private final @Nullable Broker natsB;

    /** Two nodes and a broker. */
    TestCluster() {
        this(true);
    }

    /** Two nodes, and a broker when {@code broker}. */
    TestCluster(boolean broker) {
        this.jdbcUrl = Services.postgres();
        String natsUrl = broker ? Services.nats() : null;
        this.a = node("node-a");
        this.b = node("node-b");
        a.jdbc().migrate();
        if (natsUrl == null) {
            this.natsA = null;
            this.natsB = null;
            return;
        }
        this.natsA = Broker.connect(natsUrl, "escalation-test-a-" + run);
        this.natsB = Broker.connect(natsUrl, "escalation-test-b-" + run);
        try {
            natsA.createStream(stream, subject, Broker.DEFAULT_DUPLICATE_WINDOW, StorageType.Memory);
        } catch (java.io.IOException | io.nats.client.JetStreamApiException e) {
            throw new AssertionError("cannot create stream " + stream, e);
        }
    }

    private Broker natsA() {
        return java.util.Objects.requireNonNull(natsA, "this cluster was made without a broker");
    }

    private Broker natsB() {
        return java.util.Objects.requireNonNull(natsB, "this cluster was made without a broker");
    }

    private ClusterNode node(String id) {
        return ClusterNode.start(new ClusterNode.Config(id, jdbcUrl, prefix, 4, clock, RoutingPolicies.standard(),
                SampleFloor.SLA, Duration.ofSeconds(60),
                (TimerLease lease, CallbackRecord callback) -> reminders.add(id + " " + lease.timerId() + " "
                        + lease.fencingToken())));
    }

    /** Raises escalations {@code from .. from + count - 1} on a node, 100 per transaction. */
    void raise(ClusterNode node, int from, int count) {
        for (int start = from; start < from + count; start += 100) {
            int first = start;
            int last = Math.min(from + count, start + 100);
            node.jdbc().inTransaction(tx -> {
                EscalationDesk desk = EscalationDesk.builder().store(tx.store()).clock(clock).build();
                for (int n = first; n < last; n++) {
                    desk.raise(SampleFloor.escalation(n, clock.instant()), SampleFloor.context(clock.instant()));
                }
                return null;
            });
        }
    }

    /** The tenant's whole feed, read with a node's module. */
    static List<UUID> feedEventIds(JdbcEscalations jdbc) {
        List<UUID> ids = new ArrayList<>();
        long seq = 0;
        for (List<FeedEntry> page = jdbc.events().after(SampleFloor.TENANT.value(), seq, 1000); !page.isEmpty();
                page = jdbc.events().after(SampleFloor.TENANT.value(), seq, 1000)) {
            for (FeedEntry e : page) {
                ids.add(e.eventId());
                seq = e.seq();
            }
        }
        return ids;
    }

    long streamCount() {
        try {
            return natsA().messageCount(stream);
        } catch (java.io.IOException | io.nats.client.JetStreamApiException e) {
            throw new AssertionError("cannot read stream " + stream, e);
        }
    }

    OutboxRelay.Builder relay() {
        return OutboxRelay.builder(a.jdbc().events(), natsA().jetStream()).tenant(SampleFloor.TENANT.value())
                .subject(subject);
    }

    SupervisorQueueConsumer consumerOnB(SupervisorQueue queue) {
        return SupervisorQueueConsumer.subscribe(natsB().jetStream(), stream, subject, "console-" + run, queue);
    }

    @Override
    public void close() throws java.io.IOException, io.nats.client.JetStreamApiException, java.sql.SQLException {
        try {
            if (natsA != null) {
                natsA.deleteStream(stream);
            }
        } finally {
            if (natsB != null) {
                natsB.close();
            }
            if (natsA != null) {
                natsA.close();
            }
            b.close();
            a.close();
            Tables.drop(jdbcUrl, prefix);
        }
    }
}
