package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.ActorId;
import io.escalation.model.CustomerRef;
import io.escalation.model.Escalation;
import io.escalation.model.EscalationId;
import io.escalation.model.EscalationRef;
import io.escalation.model.Priority;
import io.escalation.model.TenantId;
import io.escalation.store.EscalationNotFoundException;
import io.escalation.store.EscalationStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two tenants with 1,000 escalations each, with the same ids, customer references, owners and
 * idempotency keys: every call sees and changes its own tenant's escalations only, and a tenant
 * without escalations sees and changes nothing.
 */
class TenantIsolationTest {

    private static final int PER_TENANT = 1000;
    private static final int CUSTOMERS = 50;
    private static final int OWNERS = 10;
    private static final TenantId A = TenantId.of("acme");
    private static final TenantId B = TenantId.of("bravo");
    private static final TenantId NOBODY = TenantId.of("nobody");
    private static final Instant PROMISE = Fixtures.T0.plus(Duration.ofHours(1));

    private static void parallel(int n, IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int slice = 0; slice < 8; slice++) {
            int first = slice;
            futures.add(pool.submit(() -> {
                for (int i = first; i < n; i += 8) {
                    work.accept(i);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }

    private static Escalation escalation(TenantId tenant, int i) {
        return Fixtures.escalation(tenant, "e-" + i, "c-" + (i % CUSTOMERS), "key-" + i, Fixtures.T0.plusSeconds(i));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void everyCallSeesAndChangesOnlyItsOwnTenant(TestDatabases database) throws Exception {
        try (Db db = Db.open(database, Db.uniquePrefix("t_ti"), 10)) {
            EscalationStore store = db.migrated().store();
            for (TenantId tenant : List.of(A, B)) {
                parallel(PER_TENANT, i -> {
                    EscalationStore.Created created = store.create(Fixtures.raise(escalation(tenant, i),
                            Actor.supervisor("sv-" + (i % OWNERS)), Priority.NORMAL));
                    assertTrue(created.created(), "a key of another tenant is no key of this one");
                    if (tenant.equals(A) && i % 10 == 0) {
                        EscalationState s = created.state();
                        store.append(s.ref(), 1, List.of(Fixtures.next(s, new Change.CallbackScheduled(
                                ActorId.of("sv-1"), PROMISE.minusSeconds(600), PROMISE, PROMISE.minusSeconds(900)))));
                    }
                });
            }
            String counts = "SELECT COUNT(*) FROM ${prefix}escalation_event WHERE tenant_id = ?";
            assertEquals(PER_TENANT + PER_TENANT / 10, db.queryLong(counts, A.value()));
            assertEquals(PER_TENANT, db.queryLong(counts, B.value()));

            // the same ids hold each tenant's own escalation
            parallel(PER_TENANT, i -> {
                EscalationState a = store.load(EscalationRef.of(A, EscalationId.of("e-" + i)));
                EscalationState b = store.load(EscalationRef.of(B, EscalationId.of("e-" + i)));
                assertEquals(escalation(A, i), a.escalation());
                assertEquals(escalation(B, i), b.escalation());
                assertEquals(i % 10 == 0 ? 2 : 1, a.version());
                assertEquals(1, b.version());
                assertTrue(store.find(EscalationRef.of(NOBODY, EscalationId.of("e-" + i))).isEmpty());
            });

            // queries return the tenant's own, all of them
            for (int c = 0; c < CUSTOMERS; c++) {
                CustomerRef customer = CustomerRef.of("c-" + c);
                for (TenantId tenant : List.of(A, B)) {
                    List<EscalationState> open = store.openByCustomer(tenant, customer);
                    assertEquals(PER_TENANT / CUSTOMERS, open.size());
                    assertTrue(open.stream().allMatch(s -> s.ref().tenant().equals(tenant)
                            && s.escalation().customer().ref().equals(customer)));
                }
                assertEquals(List.of(), store.openByCustomer(NOBODY, customer));
            }
            for (int o = 0; o < OWNERS; o++) {
                ActorId owner = ActorId.of("sv-" + o);
                assertEquals(PER_TENANT / OWNERS, store.queue(A, owner).size());
                assertTrue(store.queue(B, owner).stream().allMatch(s -> s.ref().tenant().equals(B)));
                assertEquals(List.of(), store.queue(NOBODY, owner));
            }
            Instant later = PROMISE.plusSeconds(1);
            List<EscalationState> overdue = store.overdueCallbacks(A, later);
            assertEquals(PER_TENANT / 10, overdue.size());
            assertTrue(overdue.stream().allMatch(s -> s.ref().tenant().equals(A)));
            assertEquals(List.of(), store.overdueCallbacks(B, later));
            assertEquals(List.of(), store.overdueCallbacks(NOBODY, later));

            // changes under another tenant's ref reach nothing
            parallel(100, i -> {
                EscalationRef elsewhere = EscalationRef.of(NOBODY, EscalationId.of("e-" + i));
                assertThrows(EscalationNotFoundException.class, () -> store.append(elsewhere, 1,
                        List.of(new EscalationEvent(elsewhere, 2, Fixtures.T0.plusSeconds(i), Fixtures.SV,
                                Change.acknowledged()))));
                EscalationState b = store.load(EscalationRef.of(B, EscalationId.of("e-" + i)));
                store.append(b.ref(), 1, List.of(Fixtures.ack(b)));
            });
            assertEquals(PER_TENANT + PER_TENANT / 10, db.queryLong(counts, A.value()), "tenant A unchanged");
            assertEquals(PER_TENANT + 100, db.queryLong(counts, B.value()));
            assertEquals(0, db.queryLong(counts, NOBODY.value()));
            assertEquals(0, db.queryLong("SELECT COUNT(*) FROM ${prefix}outbox WHERE tenant_id = ?", NOBODY.value()));
            assertEquals(1, store.load(EscalationRef.of(A, EscalationId.of("e-1"))).version(), "A's e-1 untouched");
        }
    }
}
