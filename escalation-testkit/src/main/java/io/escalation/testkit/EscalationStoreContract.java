package io.escalation.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.lifecycle.EscalationStatus;
import io.escalation.lifecycle.ExplanationOutcome;
import io.escalation.lifecycle.IllegalTransitionException;
import io.escalation.model.Customer;
import io.escalation.model.CustomerRef;
import io.escalation.model.Escalation;
import io.escalation.model.EscalationId;
import io.escalation.model.EscalationRef;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.TenantId;
import io.escalation.model.Tier;
import io.escalation.store.VersionConflictException;
import io.escalation.store.EscalationNotFoundException;
import io.escalation.store.EscalationStore;
import io.escalation.store.IdempotencyConflictException;
import io.escalation.store.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link EscalationStore} must pass, as an abstract JUnit Jupiter class: a store
 * implementation's test extends it and supplies a fresh, empty store. The SDK runs it against its
 * in-memory store and every JDBC database.
 *
 * <pre>{@code
 * class MyStoreTest extends EscalationStoreContract {
 *     protected EscalationStore newStore() { return new MyStore(...); }
 * }
 * }</pre>
 */
public abstract class EscalationStoreContract {

    /** The instant the contract's escalations are raised at. */
    protected static final Instant T0 = Instant.parse("2026-11-24T01:30:00Z");

    private static final Actor SV = Actor.supervisor("sv-1");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** The store under test, fresh for each test. */
    protected EscalationStore store;

    /** A tenant unique to the current test, so persistent stores need no cleanup. */
    protected TenantId tenant;

    /** Creates the contract. */
    protected EscalationStoreContract() {}

    /**
     * Returns a store to test; tenants are unique per test, so the store may hold older data.
     *
     * @return the store
     */
    protected abstract EscalationStore newStore();

    /** Creates the store and a unique tenant. */
    @BeforeEach
    void setUpStore() {
        store = newStore();
        tenant = TenantId.of("contract-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet());
    }

    /**
     * Returns a valid escalation of the current tenant.
     *
     * @param id the escalation id
     * @param customer the customer reference
     * @param key the idempotency key, or {@code null}
     * @param raisedAt the raise instant
     * @return the escalation
     */
    protected Escalation escalation(String id, String customer, String key, Instant raisedAt) {
        Escalation sample = EscalationGens.escalations().samples(id.hashCode(), 30, 1).get(0);
        return sample.toBuilder().id(id).tenant(tenant).idempotencyKey(key).raisedAt(raisedAt)
                .customer(Customer.builder(CustomerRef.of(customer), Locale.JAPAN).build())
                .build();
    }

    /**
     * Returns the raise event of an escalation, assigned to {@code owner}.
     *
     * @param e the escalation
     * @param owner the assignee
     * @param priority the priority
     * @return the event
     */
    protected static EscalationEvent raise(Escalation e, Actor owner, Priority priority) {
        return new EscalationEvent(e.ref(), 1, e.raisedAt(), Actor.operator(e.operator().id().value()),
                new Change.Raised(e, Tier.SUPERVISOR, owner, priority,
                        List.of(Reason.of("contract", "contract")), false));
    }

    /**
     * Returns the next event of a state, at the instant of its last event.
     *
     * @param s the state
     * @param who the actor
     * @param change the change
     * @return the event
     */
    protected static EscalationEvent next(EscalationState s, Actor who, Change change) {
        return new EscalationEvent(s.ref(), s.version() + 1, s.updatedAt(), who, change);
    }

    private EscalationState raised(String id, String customer, Instant at) {
        Escalation e = escalation(id, customer, null, at);
        return store.create(raise(e, SV, Priority.NORMAL)).state();
    }

    private static EscalationEvent ack(EscalationState s) {
        return next(s, SV, Change.acknowledged());
    }

    private static EscalationEvent instruct(EscalationState s, String text) {
        return next(s, SV, Change.instructed(text));
    }

    private EscalationRef ref(String id) {
        return EscalationRef.of(tenant, EscalationId.of(id));
    }

    @Test
    void aCreatedEscalationLoadsEqual() {
        Escalation e = escalation("e-1", "c-1", null, T0);
        EscalationStore.Created created = store.create(raise(e, SV, Priority.HIGH));
        assertTrue(created.created());
        EscalationState loaded = store.load(e.ref());
        assertEquals(created.state(), loaded);
        assertEquals(e, loaded.escalation());
        assertEquals(Priority.HIGH, loaded.priority());
    }

    @Test
    void raisingAgainWithTheSameKeyAndPayloadReturnsTheFirstEscalation() {
        Escalation first = escalation("e-1", "c-1", "crm-req-1", T0);
        store.create(raise(first, SV, Priority.NORMAL));
        Escalation retry = first.toBuilder().id("e-2").raisedAt(T0.plusSeconds(3)).build();
        EscalationStore.Created again = store.create(raise(retry, SV, Priority.NORMAL));
        assertFalse(again.created());
        assertEquals(first.id(), again.state().id());
        assertTrue(store.find(retry.ref()).isEmpty());
    }

    @Test
    void reusingAKeyForAnotherPayloadIsAConflict() {
        Escalation first = escalation("e-1", "c-1", "crm-req-1", T0);
        store.create(raise(first, SV, Priority.NORMAL));
        Escalation other = escalation("e-2", "c-2", "crm-req-1", T0);
        IdempotencyConflictException e = assertThrows(IdempotencyConflictException.class,
                () -> store.create(raise(other, SV, Priority.NORMAL)));
        assertEquals(first.ref(), e.existing());
        assertTrue(store.find(other.ref()).isEmpty());
    }

    @Test
    void theSameIdCannotBeCreatedTwice() {
        Escalation e = escalation("e-1", "c-1", null, T0);
        store.create(raise(e, SV, Priority.NORMAL));
        assertThrows(StoreException.class, () -> store.create(raise(e, SV, Priority.NORMAL)));
    }

    @Test
    void appendingWithAStaleVersionFailsAndWritesNothing() {
        EscalationState s = raised("e-1", "c-1", T0);
        EscalationState acked = store.append(s.ref(), 1, List.of(ack(s)));
        VersionConflictException e = assertThrows(VersionConflictException.class,
                () -> store.append(s.ref(), 1, List.of(instruct(s, "x"))));
        assertEquals(1, e.expectedVersion());
        assertEquals(2, e.actualVersion());
        assertEquals(acked, store.load(s.ref()));
    }

    @Test
    void aRefusedEventInABatchWritesNoneOfTheBatch() {
        EscalationState s = raised("e-1", "c-1", T0);
        EscalationEvent ack = ack(s);
        EscalationEvent tooEarly = new EscalationEvent(s.ref(), 3, T0, SV,
                Change.explained(ExplanationOutcome.ACCEPTED, null, null));
        assertThrows(IllegalTransitionException.class, () -> store.append(s.ref(), 1, List.of(ack, tooEarly)));
        assertEquals(s, store.load(s.ref()));
    }

    @Test
    void everyCallIsScopedByTenant() {
        EscalationState s = raised("e-1", "c-1", T0);
        TenantId other = TenantId.of(tenant.value() + "-other");
        EscalationRef elsewhere = EscalationRef.of(other, s.id());
        assertTrue(store.find(elsewhere).isEmpty());
        assertThrows(EscalationNotFoundException.class, () -> store.append(elsewhere, 1,
                List.of(new EscalationEvent(elsewhere, 2, s.updatedAt(), SV, Change.acknowledged()))));
        assertTrue(store.openByCustomer(other, CustomerRef.of("c-1")).isEmpty());
        assertTrue(store.queue(other, SV.id()).isEmpty());
        assertTrue(store.overdueCallbacks(other, T0.plus(Duration.ofDays(30))).isEmpty());
    }

    @Test
    void openEscalationsOfACustomerComeNewestFirst() {
        raised("e-1", "c-1", T0);
        raised("e-2", "c-1", T0.plusSeconds(60));
        raised("e-3", "c-2", T0.plusSeconds(120));
        EscalationState withdrawn = raised("e-4", "c-1", T0.plusSeconds(180));
        store.append(withdrawn.ref(), 1, List.of(next(withdrawn,
                Actor.operator(withdrawn.escalation().operator().id().value()), Change.withdrawn(null))));
        List<String> ids = store.openByCustomer(tenant, CustomerRef.of("c-1")).stream().map(x -> x.id().value())
                .toList();
        assertEquals(List.of("e-2", "e-1"), ids);
    }

    @Test
    void aQueueIsOrderedByPriorityThenDeadline() {
        Escalation a = escalation("a", "c-1", null, T0);
        Escalation b = escalation("b", "c-2", null, T0.plusSeconds(10));
        Escalation c = escalation("c", "c-3", null, T0.plusSeconds(20));
        Escalation d = escalation("d", "c-4", null, T0.plusSeconds(30));
        store.create(raise(a, SV, Priority.NORMAL));
        store.create(raise(b, SV, Priority.URGENT));
        EscalationState cs = store.create(raise(c, SV, Priority.NORMAL)).state();
        store.create(raise(d, Actor.supervisor("sv-2"), Priority.CRITICAL));
        // c gets a callback promised before a's raise instant is older: its deadline is the promise
        Instant promise = T0.minusSeconds(5);
        store.append(cs.ref(), 1, List.of(next(cs, SV,
                new Change.CallbackScheduled(SV.id(), promise.minusSeconds(60), promise, promise.minusSeconds(30)))));
        assertEquals(List.of("b", "c", "a"), store.queue(tenant, SV.id()).stream().map(x -> x.id().value()).toList());
    }

    @Test
    void overdueCallbacksAreFoundMostOverdueFirst() {
        EscalationState a = raised("a", "c-1", T0);
        EscalationState b = raised("b", "c-2", T0);
        EscalationState c = raised("c", "c-3", T0);
        for (EscalationState s : List.of(a, b, c)) {
            Duration promise = s == a ? Duration.ofHours(2) : s == b ? Duration.ofHours(1) : Duration.ofHours(5);
            store.append(s.ref(), 1, List.of(next(s, SV, new Change.CallbackScheduled(SV.id(),
                    T0.plus(promise).minusSeconds(600), T0.plus(promise), T0.plus(promise).minusSeconds(900)))));
        }
        Instant now = T0.plus(Duration.ofHours(3));
        assertEquals(List.of("b", "a"), store.overdueCallbacks(tenant, now).stream().map(x -> x.id().value()).toList());
        store.append(b.ref(), 2, List.of(new EscalationEvent(b.ref(), 3, now, SV,
                new Change.CallbackMade())));
        assertEquals(List.of("a"), store.overdueCallbacks(tenant, now).stream().map(x -> x.id().value()).toList());
    }

    /**
     * Returns how many threads race in {@link #concurrentWritersHaveExactlyOneWinnerPerVersion()}.
     *
     * @return 16 by default
     */
    protected int racingThreads() {
        return 16;
    }

    /**
     * Returns how many events each racing thread appends.
     *
     * @return 10 by default
     */
    protected int appendsPerThread() {
        return 10;
    }

    @Test
    void concurrentWritersHaveExactlyOneWinnerPerVersion() throws Exception {
        EscalationState start = raised("race", "c-1", T0);
        store.append(start.ref(), 1, List.of(ack(start)));
        int threads = racingThreads();
        int perThread = appendsPerThread();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<String> wins = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger conflicts = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < perThread; i++) {
                    String text = "t" + thread + "-" + i;
                    while (true) {
                        EscalationState current = store.load(start.ref());
                        try {
                            EscalationState after = store.append(start.ref(), current.version(),
                                    List.of(instruct(current, text)));
                            wins.add(after.version() + ":" + text);
                            break;
                        } catch (VersionConflictException e) {
                            conflicts.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        EscalationState end = store.load(start.ref());
        int expected = threads * perThread;
        assertEquals(2 + expected, end.version());
        assertEquals(expected, wins.size());
        Set<Long> versions = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (String w : wins) {
            versions.add(Long.parseLong(w.substring(0, w.indexOf(':'))));
            texts.add(w.substring(w.indexOf(':') + 1));
        }
        assertEquals(expected, versions.size(), "one winner per version");
        assertEquals(expected, texts.size(), "no lost or duplicated event");
        List<EscalationEvent> history = end.history();
        for (int i = 0; i < history.size(); i++) {
            assertEquals(i + 1, history.get(i).version());
        }
        Set<String> stored = new HashSet<>();
        for (EscalationEvent e : history) {
            if (e.change() instanceof Change.Instructed instructed) {
                stored.add(instructed.instruction().value());
            }
        }
        assertEquals(texts, stored);
        assertEquals(EscalationStatus.INSTRUCTED, end.status());
    }

    @Test
    void unknownEscalationsAreNotFound() {
        EscalationRef missing = ref("missing");
        assertTrue(store.find(missing).isEmpty());
        assertThrows(EscalationNotFoundException.class, () -> store.load(missing));
    }
}
