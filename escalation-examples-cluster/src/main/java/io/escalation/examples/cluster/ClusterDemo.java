package io.escalation.examples.cluster;

import io.escalation.jdbc.TimerLease;
import io.escalation.lifecycle.CallbackRecord;
import io.escalation.lifecycle.EscalationState;
import io.escalation.routing.RoutingPolicies;
import io.escalation.testkit.TestClock;
import io.nats.client.api.StorageType;
import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A short run of the cluster: two nodes on one PostgreSQL database raise five escalations and
 * promise two callbacks; ten minutes later both claim the due timers at once (each reminder and
 * SLA warning fires on one node only); node A relays the event feed to NATS JetStream; a consumer on
 * node B keeps the supervisors' queue from the stream. A second relay under a new name sends the
 * whole feed again, and the broker stores none of it twice.
 *
 * <p>Needs PostgreSQL ({@code -Descalation.cluster.jdbcUrl}, default
 * {@value #DEFAULT_JDBC_URL}) and NATS with JetStream ({@code -Descalation.cluster.natsUrl}, default
 * {@value #DEFAULT_NATS_URL}); says so and exits with status 2 when either is unreachable. Works on
 * tables and a stream of its own, removed at the end. Time is a clock moved by hand, so the run
 * takes seconds.
 */
public final class ClusterDemo {

    /** The database used unless {@code escalation.cluster.jdbcUrl} says otherwise. */
    public static final String DEFAULT_JDBC_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    /** The NATS server used unless {@code escalation.cluster.natsUrl} says otherwise. */
    public static final String DEFAULT_NATS_URL = "nats://127.0.0.1:4222";

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private ClusterDemo() {}

    /**
     * Runs the demo.
     *
     * @param args none
     * @throws Exception when a service fails after it was reached
     */
    public static void main(String[] args) throws Exception {
        int status = start(System.getProperty("escalation.cluster.jdbcUrl", DEFAULT_JDBC_URL),
                System.getProperty("escalation.cluster.natsUrl", DEFAULT_NATS_URL), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Checks that both services answer, then runs the demo.
     *
     * @param jdbcUrl the database
     * @param natsUrl the NATS server
     * @param out where the demo prints
     * @param err where an unreachable service is reported
     * @return 0 after a run, 2 when a service is unreachable (nothing was run)
     * @throws Exception when a service fails after it was reached
     */
    public static int start(String jdbcUrl, String natsUrl, PrintStream out, PrintStream err) throws Exception {
        try {
            Tables.probe(jdbcUrl);
            try (Broker probe = Broker.connect(natsUrl, "escalation-demo-probe")) {
                probe.requireJetStream();
            }
        } catch (UnreachableException e) {
            boolean nats = e.service().startsWith("NATS");
            err.println("The cluster demo needs PostgreSQL and NATS with JetStream. " + e.getMessage() + ".");
            err.println("Start " + (nats ? "NATS with JetStream (nats-server -js -a 127.0.0.1 -p 4222)"
                    : "PostgreSQL on 127.0.0.1:5432 with a database \"test\"") + ", or point the demo elsewhere with"
                    + " -Descalation.cluster." + (nats ? "natsUrl" : "jdbcUrl") + "=...");
            return 2;
        }
        run(jdbcUrl, natsUrl, out);
        return 0;
    }

    /**
     * Runs the demo against reachable services and prints what happens.
     *
     * @param jdbcUrl the database
     * @param natsUrl the NATS server
     * @param out where to print
     * @throws Exception when a service fails
     */
    public static void run(String jdbcUrl, String natsUrl, PrintStream out) throws Exception {
        String run = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
        String prefix = "demo_" + run + "_";
        String stream = "ESC_DEMO_" + run.toUpperCase(Locale.ROOT);
        String subject = "escalation.demo" + run + ".events";
        TestClock clock = TestClock.fixed(SampleFloor.T0);
        List<String> reminded = Collections.synchronizedList(new ArrayList<>());

        try (ClusterNode a = node("node-a", jdbcUrl, prefix, clock, reminded);
                ClusterNode b = node("node-b", jdbcUrl, prefix, clock, reminded);
                Broker natsA = Broker.connect(natsUrl, "escalation-demo-node-a");
                Broker natsB = Broker.connect(natsUrl, "escalation-demo-node-b")) {
            a.jdbc().migrate();
            natsA.createStream(stream, subject, Broker.DEFAULT_DUPLICATE_WINDOW, StorageType.Memory);
            try {
                out.println("Two nodes on one database (tables " + prefix + "*), events to stream " + stream + ".");
                out.println();
                List<EscalationState> raised = new ArrayList<>();
                for (int n = 1; n <= 5; n++) {
                    ClusterNode node = n <= 3 ? a : b;
                    EscalationState s = node.desk().raise(SampleFloor.escalation(n, clock.instant()),
                            SampleFloor.context(clock.instant())).state();
                    node.timers().scheduleSlaNotice(s.ref());
                    raised.add(s);
                    out.printf("%s raised %s: %s, %s priority%n", node.id(), s.id().value(), s.tier().code(),
                            s.priority().name().toLowerCase(Locale.ROOT));
                }
                for (EscalationState s : List.of(raised.get(0), raised.get(3))) {
                    EscalationState promised = SampleFloor.promiseCallback(b.desk(), s, clock.instant());
                    b.timers().scheduleReminder(promised);
                    out.printf("node-b promised a callback on %s; reminder at +5 min%n", s.id().value());
                }

                clock.advance(Duration.ofMinutes(10));
                out.println();
                out.println("Ten minutes later both nodes claim the due timers at once:");
                CountDownLatch go = new CountDownLatch(1);
                CompletableFuture<List<DueTimers.Fired>> firedA = CompletableFuture.supplyAsync(
                        () -> fireWhenTold(a, go));
                CompletableFuture<List<DueTimers.Fired>> firedB = CompletableFuture.supplyAsync(
                        () -> fireWhenTold(b, go));
                go.countDown();
                for (DueTimers.Fired f : concat(firedA.join(), firedB.join())) {
                    out.printf("  %s fired %-17s for %s (due %s Tokyo, fencing token %d)%n", f.node(), f.kind(),
                            f.escalationId(), f.dueAt().atZone(TOKYO).toLocalTime(), f.fencingToken());
                }
                for (String r : reminded) {
                    out.println("  " + r);
                }

                out.println();
                OutboxRelay relay = OutboxRelay.builder(a.jdbc().events(), natsA.jetStream())
                        .tenant(SampleFloor.TENANT.value()).subject(subject).batchSize(100).build();
                OutboxRelay.Batch batch = relay.relayOnce();
                out.printf("node-a relayed %d events: %d stored, %d duplicates; checkpoint %d%n", batch.read(),
                        batch.stored(), batch.duplicates(), batch.checkpoint());
                OutboxRelay replay = OutboxRelay.builder(a.jdbc().events(), natsA.jetStream())
                        .tenant(SampleFloor.TENANT.value()).subject(subject).consumer("replay-" + run).batchSize(100)
                        .build();
                OutboxRelay.Batch again = replay.relayOnce();
                out.printf("a second relay sent all %d again: %d stored, %d dropped by the broker as duplicates;"
                        + " the stream holds %d messages%n", again.read(), again.stored(), again.duplicates(),
                        natsA.messageCount(stream));

                SupervisorQueue queue = new SupervisorQueue();
                try (SupervisorQueueConsumer consumer = SupervisorQueueConsumer.subscribe(natsB.jetStream(), stream,
                        subject, "supervisor-console", queue)) {
                    consumer.awaitApplied(batch.read(), Duration.ofSeconds(10));
                    out.println();
                    out.printf("node-b's consumer applied %d events; the supervisors' queue:%n",
                            queue.appliedEventIds().size());
                    for (SupervisorQueue.Entry e : queue.open()) {
                        out.printf("  %-6s %-8s %-10s %s%n", e.ref().id().value(),
                                e.priority().name().toLowerCase(Locale.ROOT), e.tier().code(),
                                e.owner() == null ? "(waiting in the queue)" : "held by " + e.owner().id().value());
                    }
                }
            } finally {
                natsA.deleteStream(stream);
            }
        } finally {
            Tables.drop(jdbcUrl, prefix);
        }
    }

    private static ClusterNode node(String id, String jdbcUrl, String prefix, TestClock clock, List<String> reminded) {
        return ClusterNode.start(new ClusterNode.Config(id, jdbcUrl, prefix, 4, clock, RoutingPolicies.standard(),
                SampleFloor.SLA, Duration.ofSeconds(30), (TimerLease lease, CallbackRecord callback) -> reminded.add(
                        id + " reminded " + callback.responder().value() + " to call back " + lease.escalationId()
                                + " (fencing token " + lease.fencingToken() + ")")));
    }

    /** Waits for the start signal, then fires one timer per claim, so that both nodes take turns. */
    private static List<DueTimers.Fired> fireWhenTold(ClusterNode node, CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
        return node.timers().fireAllDue(SampleFloor.TENANT, 1);
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
