package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

class EventFeedTest {

    private static final String PREFIX = Db.uniquePrefix("t_feed");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static OutboxMessage message(String tenant, String aggregate, int version) {
        return new OutboxMessage(tenant, UUID.randomUUID(), "escalation", aggregate, "Changed",
                "{\"aggregate\":\"" + aggregate + "\",\"version\":" + version + "}");
    }

    private static int version(FeedEntry entry) {
        return JSON.readTree(entry.payloadJson()).get("version").asInt();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void publishedMessagesAreReadInOrderAndCheckpointsNeverMoveBack(TestDatabases database) {
        try (Db db = Db.open(database, PREFIX, 2)) {
            Instant now = Instant.parse("2026-11-23T09:30:00.123456789Z");
            JdbcEscalations jdbc = db.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).build();
            jdbc.migrate();
            EventFeed feed = jdbc.events();
            List<OutboxMessage> sent = List.of(message("t1", "e-1", 1), message("t1", "e-2", 1), message("t1", "e-1", 2));
            sent.forEach(feed::publish);
            feed.publish(message("t2", "e-9", 1));

            List<FeedEntry> entries = feed.after("t1", 0, 10);
            assertEquals(3, entries.size());
            for (int i = 0; i < 3; i++) {
                FeedEntry e = entries.get(i);
                assertEquals(i + 1, e.seq());
                assertEquals(sent.get(i).eventId(), e.eventId());
                assertEquals(sent.get(i).aggregateId(), e.aggregateId());
                assertEquals("Changed", e.type());
                assertEquals(Instant.parse("2026-11-23T09:30:00.123456Z"), e.createdAt());
            }
            assertEquals(List.of(entries.get(2)), feed.after("t1", 2, 10));
            assertEquals(1, feed.after("t2", 0, 10).size(), "tenants have feeds of their own");
            assertEquals(1, feed.after("t2", 0, 10).get(0).seq());

            assertEquals(0, feed.checkpoint("t1", "relay"));
            assertEquals(2, feed.saveCheckpoint("t1", "relay", 2));
            assertEquals(2, feed.saveCheckpoint("t1", "relay", 1), "a checkpoint never moves backwards");
            assertEquals(2, feed.checkpoint("t1", "relay"));
            assertEquals(3, feed.saveCheckpoint("t1", "relay", 3));
            assertEquals(0, feed.checkpoint("t2", "relay"));

            assertThrows(JdbcConstraintException.class, () -> feed.publish(sent.get(0)));
            JdbcUsageException e = assertThrows(JdbcUsageException.class, () -> feed.after("t1", 0, 0));
            assertEquals("limit", e.parameter());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void eightWritersAndTwoReadersConcurrentlyEveryRowSeenOnceInAggregateOrder(TestDatabases database)
            throws Exception {
        try (Db db = Db.open(database, PREFIX, 12)) {
            JdbcEscalations jdbc = db.migrated();
            int writers = 8;
            int perWriter = 250;
            int total = writers * perWriter;
            ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
            try {
                List<Future<?>> writes = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    int writer = w;
                    writes.add(pool.submit(() -> {
                        for (int i = 0; i < perWriter; i++) {
                            // each writer owns 5 aggregates and writes version n+1 after n committed
                            jdbc.events().publish(message("load", "w" + writer + "-a" + (i % 5), i / 5 + 1));
                        }
                        return null;
                    }));
                }
                List<Future<List<FeedEntry>>> reads = new ArrayList<>();
                for (int r = 0; r < 2; r++) {
                    reads.add(pool.submit(() -> {
                        List<FeedEntry> seen = new ArrayList<>();
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                        while (seen.size() < total && System.nanoTime() < deadline) {
                            long last = seen.isEmpty() ? 0 : seen.get(seen.size() - 1).seq();
                            seen.addAll(jdbc.events().after("load", last, 97));
                        }
                        return seen;
                    }));
                }
                for (Future<?> write : writes) {
                    write.get(90, TimeUnit.SECONDS);
                }
                for (Future<List<FeedEntry>> read : reads) {
                    List<FeedEntry> seen = read.get(120, TimeUnit.SECONDS);
                    assertEquals(total, seen.size());
                    Set<UUID> ids = new HashSet<>();
                    Map<String, Integer> lastVersion = new ConcurrentHashMap<>();
                    for (int i = 0; i < seen.size(); i++) {
                        FeedEntry e = seen.get(i);
                        assertEquals(i + 1, e.seq(), "positions are dense and in order");
                        assertTrue(ids.add(e.eventId()), "each row once");
                        int previous = lastVersion.getOrDefault(e.aggregateId(), 0);
                        assertEquals(previous + 1, version(e), "aggregate order of " + e.aggregateId());
                        lastVersion.put(e.aggregateId(), version(e));
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aConsumerWhoseConnectionIsKilledAHundredTimesEndsWithEveryEventInOrder(TestDatabases database)
            throws Exception {
        try (Db db = Db.open(database, PREFIX, 8)) {
            JdbcEscalations jdbc = db.migrated();
            int writers = 4;
            int perWriter = 5000;
            int total = writers * perWriter;
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            AtomicBoolean failed = new AtomicBoolean();
            try {
                List<Future<?>> writes = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    int writer = w;
                    writes.add(pool.submit(() -> {
                        try {
                            for (int batch = 0; batch < perWriter / 50; batch++) {
                                int first = batch * 50;
                                jdbc.inTransaction(tx -> {
                                    for (int i = first; i < first + 50; i++) {
                                        tx.events().publish(message("kill", "w" + writer + "-a" + (i % 20), i / 20 + 1));
                                    }
                                    return null;
                                });
                            }
                        } catch (RuntimeException e) {
                            failed.set(true);
                            throw e;
                        }
                        return null;
                    }));
                }

                SplittableRandom random = new SplittableRandom(7);
                Set<UUID> handled = new HashSet<>();
                Map<String, List<Integer>> order = new ConcurrentHashMap<>();
                int kills = 0;
                int batches = 0;
                int redelivered = 0;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
                Connection connection = db.pool.getConnection();
                try {
                    while (handled.size() < total) {
                        if (System.nanoTime() > deadline || failed.get()) {
                            fail("consumer stalled at " + handled.size() + " of " + total + " after " + kills + " kills");
                        }
                        JdbcEscalations consumer = jdbc.using(connection);
                        try {
                            long checkpoint = consumer.events().checkpoint("kill", "consumer");
                            List<FeedEntry> batch = consumer.events().after("kill", checkpoint, 100);
                            int killAt = kills < 100 && !batch.isEmpty() && batches++ % 2 == 0
                                    ? random.nextInt(batch.size()) : -1;
                            for (int i = 0; i < batch.size(); i++) {
                                if (i == killAt) {
                                    // the physical connection dies in the middle of the batch
                                    connection.unwrap(Connection.class).close();
                                    kills++;
                                }
                                FeedEntry e = batch.get(i);
                                if (handled.add(e.eventId())) {
                                    order.computeIfAbsent(e.aggregateId(), k -> new ArrayList<>()).add(version(e));
                                } else {
                                    redelivered++;
                                }
                            }
                            if (!batch.isEmpty()) {
                                consumer.events().saveCheckpoint("kill", "consumer", batch.get(batch.size() - 1).seq());
                            }
                        } catch (JdbcConnectionException e) {
                            db.pool.evictConnection(connection);
                            connection = db.pool.getConnection();
                        }
                    }
                } finally {
                    connection.close();
                }
                for (Future<?> write : writes) {
                    write.get(60, TimeUnit.SECONDS);
                }
                assertEquals(100, kills);
                assertTrue(redelivered > 0, "killed batches were delivered again");
                assertEquals(total, handled.size());
                assertEquals(writers * 20, order.size());
                for (Map.Entry<String, List<Integer>> e : order.entrySet()) {
                    List<Integer> versions = e.getValue();
                    List<Integer> sorted = new ArrayList<>(versions);
                    Collections.sort(sorted);
                    assertEquals(sorted, versions, "order of " + e.getKey());
                    assertEquals(perWriter / 20, versions.size());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
