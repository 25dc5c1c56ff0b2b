package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.EscalationRef;
import io.escalation.model.TenantId;
import io.escalation.store.EscalationStore;
import io.escalation.store.VersionConflictException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two nodes (pools and caches of their own) append to one escalation from 16 threads each: every
 * version is committed once, the history is contiguous, and the outbox and the feed carry exactly
 * one row per event, in version order.
 */
class EscalationStoreClusterTest {

    private static final int NODES = 2;
    private static final int THREADS_PER_NODE = 16;
    private static final int ROUNDS = 200;

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void twoNodesOfSixteenThreadsCommitEveryVersionExactlyOnce(TestDatabases database) throws Exception {
        try (Db db = Db.open(database, Db.uniquePrefix("t_cu"), 2); LogCapture logs = new LogCapture()) {
            db.migrated();
            TenantId tenant = TenantId.of("cluster");
            List<EscalationStore> nodes = new ArrayList<>();
            for (int n = 0; n < NODES; n++) {
                nodes.add(JdbcEscalations.builder(db.newPool(THREADS_PER_NODE)).tablePrefix(db.prefix).nodeId("node-" + n)
                        .build().store());
            }
            EscalationState start = nodes.get(0).create(Fixtures.raise(
                    Fixtures.escalation(tenant, "hot", "c-1", null, Fixtures.T0))).state();
            nodes.get(1).append(start.ref(), 1, List.of(Fixtures.ack(start)));

            ExecutorService pool = Executors.newFixedThreadPool(NODES * THREADS_PER_NODE);
            CountDownLatch go = new CountDownLatch(1);
            List<String> wins = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger conflicts = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>();
            for (int n = 0; n < NODES; n++) {
                EscalationStore store = nodes.get(n);
                for (int t = 0; t < THREADS_PER_NODE; t++) {
                    String who = "n" + n + "t" + t;
                    futures.add(pool.submit(() -> {
                        go.await();
                        for (int round = 0; round < ROUNDS; round++) {
                            EscalationState current = store.load(start.ref());
                            String text = who + "r" + round;
                            try {
                                EscalationState after = store.append(start.ref(), current.version(),
                                        List.of(Fixtures.instruct(current, text)));
                                wins.add(after.version() + ":" + text);
                            } catch (VersionConflictException e) {
                                conflicts.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
            }
            go.countDown();
            for (Future<?> f : futures) {
                f.get(180, TimeUnit.SECONDS);
            }
            pool.shutdown();

            int n = wins.size();
            assertEquals(NODES * THREADS_PER_NODE * ROUNDS, n + conflicts.get(), "every round won or lost");
            assertTrue(n >= ROUNDS, "the race made progress: " + n);
            Set<Long> versions = new HashSet<>();
            Map<Long, String> textByVersion = new HashMap<>();
            for (String w : wins) {
                long v = Long.parseLong(w.substring(0, w.indexOf(':')));
                versions.add(v);
                textByVersion.put(v, w.substring(w.indexOf(':') + 1));
            }
            assertEquals(n, versions.size(), "one commit per version");

            // a node that never saw the escalation folds the stored history
            EscalationState end = JdbcEscalations.builder(db.pool).tablePrefix(db.prefix).stateCacheSize(0).build()
                    .store().load(start.ref());
            assertEquals(2 + n, end.version());
            for (EscalationEvent e : end.history()) {
                if (e.version() > 2) {
                    assertEquals(textByVersion.get(e.version()), e.change(Change.Instructed.class).instruction().value(),
                            "version " + e.version() + " holds the event its winner appended");
                }
            }
            assertEquals(end, nodes.get(0).load(start.ref()));
            assertEquals(end, nodes.get(1).load(start.ref()));

            long[] events = stats(db, "SELECT COUNT(*), COUNT(DISTINCT version), MIN(version), MAX(version) FROM"
                    + " ${prefix}escalation_event WHERE tenant_id = ? AND escalation_id = ?", start.ref());
            assertEquals(List.of(2L + n, 2L + n, 1L, 2L + n), List.of(events[0], events[1], events[2], events[3]),
                    "history versions 1..N, contiguous, no duplicate");
            long[] outbox = stats(db, "SELECT COUNT(*), COUNT(DISTINCT id), 0, 0 FROM ${prefix}outbox"
                    + " WHERE tenant_id = ? AND aggregateid = ?", start.ref());
            assertEquals(2L + n, outbox[0], "one outbox row per event");
            assertEquals(2L + n, outbox[1]);

            List<UUID> expectedIds = end.history().stream().map(EscalationEvent::eventId).toList();
            List<UUID> fed = new ArrayList<>();
            JdbcEscalations reader = db.builder().build();
            long seq = 0;
            for (List<FeedEntry> page = reader.events().after(tenant.value(), seq, 500); !page.isEmpty();
                    page = reader.events().after(tenant.value(), seq, 500)) {
                for (FeedEntry entry : page) {
                    fed.add(entry.eventId());
                    seq = entry.seq();
                }
            }
            assertEquals(expectedIds, fed, "the feed carries each event once, in version order");
            assertEquals(List.of(), logs.atLeast(Level.WARN).stream().filter(l -> l.contains("io.escalation")).toList());
        }
    }

    private static long[] stats(Db db, String sql, EscalationRef ref) throws SQLException {
        try (Connection c = db.pool.getConnection();
                PreparedStatement ps = c.prepareStatement(sql.replace("${prefix}", db.prefix))) {
            ps.setString(1, ref.tenant().value());
            ps.setString(2, ref.id().value());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
            }
        }
    }
}
