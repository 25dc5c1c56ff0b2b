package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import io.escalation.model.Escalation;
import io.escalation.model.EscalationRef;
import io.escalation.model.TenantId;
import io.escalation.store.EscalationStore;
import io.escalation.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Racing creates: one idempotency key raised by 64 threads at once makes one escalation whose ref
 * every caller gets; one id created by 16 threads at once is stored once. Neither race logs a
 * duplicate key anywhere (MariaDB's driver would log a duplicate-key error at WARN).
 */
class IdempotentCreateTest {

    private static <T> List<T> race(int threads, java.util.function.IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                go.await();
                return call.apply(index);
            }));
        }
        go.countDown();
        List<T> out = new ArrayList<>();
        for (Future<T> f : futures) {
            out.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return out;
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void sixtyFourCreatesWithOneKeyMakeOneEscalationAndEveryCallerGetsItsRef(TestDatabases database) throws Exception {
        try (Db db = Db.open(database, Db.uniquePrefix("t_ic"), 2); LogCapture logs = new LogCapture()) {
            db.migrated();
            EscalationStore store = JdbcEscalations.builder(db.newPool(24)).tablePrefix(db.prefix).build().store();
            TenantId tenant = TenantId.of("idem");
            Escalation base = Fixtures.escalation(tenant, "e-0", "c-1", "crm-request-42", Fixtures.T0);
            List<EscalationStore.Created> results = race(64, i -> store.create(Fixtures.raise(
                    base.toBuilder().id("e-" + i).raisedAt(Fixtures.T0.plusMillis(i)).build())));
            assertEquals(1, results.stream().filter(EscalationStore.Created::created).count(), "one caller created it");
            EscalationRef winner = results.stream().filter(EscalationStore.Created::created).findFirst().orElseThrow()
                    .state().ref();
            for (EscalationStore.Created r : results) {
                assertEquals(winner, r.state().ref(), "every caller gets the stored escalation");
                assertEquals(1, r.state().version());
            }
            assertEquals(1, db.queryLong("SELECT COUNT(*) FROM ${prefix}escalation WHERE tenant_id = 'idem'"));
            assertEquals(1, db.queryLong("SELECT COUNT(*) FROM ${prefix}escalation_event WHERE tenant_id = 'idem'"));
            assertEquals(1, db.queryLong("SELECT COUNT(*) FROM ${prefix}outbox WHERE tenant_id = 'idem'"));
            assertEquals(List.of(), logs.atLeast(Level.WARN), "no duplicate key was logged, by us or the driver");
            assertEquals(List.of(), logs.atLeast(Level.INFO).stream().filter(l -> l.contains("io.escalation")).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void sixteenCreatesOfOneIdStoreItOnceAndTheOthersAreRefused(TestDatabases database) throws Exception {
        try (Db db = Db.open(database, Db.uniquePrefix("t_ic"), 2); LogCapture logs = new LogCapture()) {
            db.migrated();
            EscalationStore store = JdbcEscalations.builder(db.newPool(16)).tablePrefix(db.prefix).build().store();
            TenantId tenant = TenantId.of("same-id");
            Escalation e = Fixtures.escalation(tenant, "e-1", "c-1", null, Fixtures.T0);
            List<String> outcomes = race(16, i -> {
                try {
                    return store.create(Fixtures.raise(e)).created() ? "created" : "returned";
                } catch (StoreException refused) {
                    return refused.getClass().getSimpleName() + ": " + refused.getMessage();
                }
            });
            assertEquals(1, outcomes.stream().filter("created"::equals).count(), outcomes.toString());
            String refused = "StoreException: tenant same-id already has escalation e-1";
            assertTrue(outcomes.stream().allMatch(o -> o.equals("created") || o.equals(refused)), outcomes.toString());
            assertEquals(1, db.queryLong("SELECT COUNT(*) FROM ${prefix}escalation_event WHERE tenant_id = 'same-id'"));
            assertEquals(List.of(), logs.atLeast(Level.WARN));
        }
    }
}
