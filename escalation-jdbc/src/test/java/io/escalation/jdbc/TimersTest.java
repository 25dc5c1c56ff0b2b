package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.jdbc.internal.Context;
import io.escalation.jdbc.internal.JdbcTimers;
import io.escalation.jdbc.internal.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TimersTest {

    private static final String PREFIX = Db.uniquePrefix("t_timer");
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void scheduleIsIdempotentMovesPendingTimersAndNeverRevivesFinishedOnes(TestDatabases database) {
        try (Db db = Db.open(database, PREFIX, 2)) {
            Timers timers = db.migrated().timers();
            String payload = "{\"callback\":\"折り返し\"}";
            assertEquals(ScheduleOutcome.CREATED, timers.schedule("t", "cb-1", "e-1", "callback", T0, payload));
            assertEquals(ScheduleOutcome.UNCHANGED, timers.schedule("t", "cb-1", "e-1", "callback", T0, payload));
            assertEquals(ScheduleOutcome.MOVED, timers.schedule("t", "cb-1", "e-1", "callback", T0.plusSeconds(60), payload));
            assertEquals(ScheduleOutcome.UNCHANGED,
                    timers.schedule("t", "cb-1", "e-1", "callback", T0.plusSeconds(60).plusNanos(300), payload),
                    "instants compare at microsecond precision");
            assertEquals(ScheduleOutcome.MOVED, timers.schedule("t", "cb-1", null, "callback", T0.plusSeconds(60), null));
            assertEquals(ScheduleOutcome.UNCHANGED, timers.schedule("t", "cb-1", null, "callback", T0.plusSeconds(60), null));

            assertEquals(List.of(), timers.claimDue("t", T0, 10, LEASE), "not due yet");
            List<TimerLease> leases = timers.claimDue("t", T0.plusSeconds(60), 10, LEASE);
            assertEquals(1, leases.size());
            TimerLease lease = leases.get(0);
            assertEquals("cb-1", lease.timerId());
            assertEquals("callback", lease.kind());
            assertEquals(T0.plusSeconds(60), lease.dueAt());
            assertEquals(T0.plusSeconds(90), lease.leaseUntil());
            assertTrue(lease.escalation().isEmpty() && lease.payload().isEmpty());
            assertEquals(List.of(), timers.claimDue("t", T0.plusSeconds(61), 10, LEASE), "leased");
            assertEquals(List.of(), timers.claimDue("other", T0.plusSeconds(600), 10, LEASE), "tenant scoped");

            timers.complete(lease);
            assertThrows(StaleLeaseException.class, () -> timers.complete(lease), "fired once");
            assertEquals(ScheduleOutcome.FINISHED, timers.schedule("t", "cb-1", null, "callback", T0, null));
            assertEquals(List.of(), timers.claimDue("t", T0.plusSeconds(600), 10, LEASE));
            assertEquals(1, db.queryLong("SELECT COUNT(*) FROM ${prefix}timer WHERE tenant_id = 't' AND state = 'FIRED'"
                    + " AND fired_at IS NOT NULL"));

            timers.schedule("t", "cb-2", "e-2", "reminder", T0, null);
            TimerLease second = timers.claimDue("t", T0, 10, LEASE).get(0);
            assertTrue(timers.cancel("t", "cb-2"));
            assertTrue(!timers.cancel("t", "cb-2"), "already cancelled");
            StaleLeaseException e = assertThrows(StaleLeaseException.class, () -> timers.complete(second));
            assertEquals("cb-2", e.timerId());
            assertEquals(second.fencingToken(), e.fencingToken());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aStalledNodeLosesItsTimerAndCannotCompleteOrExtendTheNewerOwnersWork(TestDatabases database) {
        try (Db db = Db.open(database, PREFIX, 2)) {
            db.migrated();
            Clock late = Clock.fixed(T0.plusSeconds(300), ZoneOffset.UTC);
            Timers nodeA = JdbcEscalations.builder(db.newPool(2)).tablePrefix(PREFIX).nodeId("A").clock(late).build().timers();
            Timers nodeB = JdbcEscalations.builder(db.newPool(2)).tablePrefix(PREFIX).nodeId("B").clock(late).build().timers();
            nodeA.schedule("t", "sla-1", "e-1", "sla", T0, "{\"n\":1}");

            TimerLease a = nodeA.claimDue("t", T0, 10, LEASE).get(0);
            assertEquals(List.of(), nodeB.claimDue("t", T0.plusSeconds(10), 10, LEASE), "A's lease holds");
            // A stalls past its lease; B claims
            TimerLease b = nodeB.claimDue("t", T0.plusSeconds(31), 10, LEASE).get(0);
            assertTrue(b.fencingToken() > a.fencingToken(), "fencing tokens grow with every claim");
            assertEquals("B", db.queryString("SELECT owner_node FROM ${prefix}timer WHERE tenant_id = 't'"));

            assertThrows(StaleLeaseException.class, () -> nodeA.complete(a), "A wakes up and is refused");
            assertThrows(StaleLeaseException.class, () -> nodeA.extend(a, LEASE));
            TimerLease extended = nodeB.extend(b, Duration.ofMinutes(5));
            assertEquals(T0.plusSeconds(600), extended.leaseUntil());
            assertEquals(b.fencingToken(), extended.fencingToken());
            nodeB.complete(extended);
            assertThrows(StaleLeaseException.class, () -> nodeA.complete(a));
            assertEquals(1, db.queryLong("SELECT COUNT(*) FROM ${prefix}timer WHERE tenant_id = 't' AND state = 'FIRED'"
                    + " AND fencing_token = ?", b.fencingToken()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void fourNodesOfEightThreadsCompleteTenThousandTimersExactlyOnce(TestDatabases database) throws Exception {
        try (Db db = Db.open(database, PREFIX, 2)) {
            JdbcEscalations jdbc = db.migrated();
            int timers = 10_000;
            scheduleMany(jdbc, timers);
            List<Timers> nodes = new ArrayList<>();
            for (int n = 0; n < 4; n++) {
                nodes.add(JdbcEscalations.builder(db.newPool(8)).tablePrefix(PREFIX).nodeId("node-" + n).build().timers());
            }
            Map<String, Integer> completions = runCluster(nodes, 8, timers, Duration.ofSeconds(60));
            assertEquals(timers, completions.size());
            completions.forEach((id, n) -> assertEquals(1, n, id + " completed once"));
            assertEquals(timers, db.queryLong("SELECT COUNT(*) FROM ${prefix}timer WHERE tenant_id = 'c' AND state = 'FIRED'"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void claimsStayExclusiveWithoutSkipLocked(TestDatabases database) throws Exception {
        try (Db db = Db.open(database, PREFIX, 2)) {
            JdbcEscalations jdbc = db.migrated();
            int timers = 1_000;
            scheduleMany(jdbc, timers);
            List<Timers> nodes = new ArrayList<>();
            for (int n = 0; n < 2; n++) {
                DataSource pool = db.newPool(4);
                Context context = Context.of(db.dialect(), PREFIX, Clock.systemUTC(), "plain-" + n);
                nodes.add(new JdbcTimers(context, new Transactions(pool, null), false));
            }
            Map<String, Integer> completions = runCluster(nodes, 4, timers, Duration.ofSeconds(60));
            assertEquals(timers, completions.size());
            completions.forEach((id, n) -> assertEquals(1, n, id + " completed once"));
        }
    }

    private static void scheduleMany(JdbcEscalations jdbc, int count) {
        for (int first = 0; first < count; first += 500) {
            int from = first;
            jdbc.inTransaction(tx -> {
                for (int i = from; i < from + 500 && i < count; i++) {
                    tx.timers().schedule("c", "timer-" + i, "e-" + (i % 100), "callback", T0.plusMillis(i), null);
                }
                return null;
            });
        }
    }

    private static Map<String, Integer> runCluster(List<Timers> nodes, int threadsPerNode, int total, Duration within)
            throws Exception {
        Map<String, Integer> completions = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size() * threadsPerNode);
        long deadline = System.nanoTime() + within.toNanos();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (Timers node : nodes) {
                for (int t = 0; t < threadsPerNode; t++) {
                    workers.add(pool.submit(() -> {
                        while (done.get() < total && System.nanoTime() < deadline) {
                            List<TimerLease> leases = node.claimDue("c", T0.plusSeconds(3600), 25, Duration.ofMinutes(5));
                            if (leases.isEmpty()) {
                                Thread.sleep(5); // a poller backs off when every due timer is leased
                            }
                            for (TimerLease lease : leases) {
                                node.complete(lease);
                                completions.merge(lease.timerId(), 1, Integer::sum);
                                done.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> worker : workers) {
                worker.get(within.toSeconds() + 30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(System.nanoTime() < deadline, "all timers completed within " + within);
        return completions;
    }
}
