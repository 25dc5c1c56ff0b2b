package io.escalation.store;

import io.escalation.internal.validation.Checks;
import io.escalation.internal.store.Queries;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.ActorId;
import io.escalation.model.CustomerRef;
import io.escalation.model.EscalationRef;
import io.escalation.model.IdempotencyKey;
import io.escalation.model.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/**
 * A thread-safe {@link EscalationStore} in memory, for tests and small hosts. Appends to one
 * escalation are serialised; different escalations proceed in parallel. Queries scan all
 * escalations of the tenant.
 */
public final class InMemoryEscalationStore implements EscalationStore {

    private record KeyRef(TenantId tenant, IdempotencyKey key) {}

    private final ConcurrentMap<EscalationRef, EscalationState> states = new ConcurrentHashMap<>();
    private final ConcurrentMap<KeyRef, EscalationRef> keys = new ConcurrentHashMap<>();
    private final Object createLock = new Object();

    /** Creates an empty store. */
    public InMemoryEscalationStore() {}

    @Override
    public Created create(EscalationEvent raised) {
        Checks.present(EscalationStore.class, "raised", raised);
        EscalationState state = EscalationState.start(raised);
        TenantId tenant = state.ref().tenant();
        IdempotencyKey key = state.escalation().idempotencyKey();
        synchronized (createLock) {
            if (key != null) {
                EscalationRef existing = keys.get(new KeyRef(tenant, key));
                if (existing != null) {
                    EscalationState stored = states.get(existing);
                    if (Queries.samePayload(state.escalation(), stored.escalation())) {
                        return new Created(stored, false);
                    }
                    throw new IdempotencyConflictException(key, existing);
                }
            }
            if (states.containsKey(state.ref())) {
                throw new StoreException("tenant " + tenant + " already has escalation " + state.id());
            }
            states.put(state.ref(), state);
            if (key != null) {
                keys.put(new KeyRef(tenant, key), state.ref());
            }
            return new Created(state, true);
        }
    }

    @Override
    public EscalationState append(EscalationRef ref, long expectedVersion, List<EscalationEvent> events) {
        Checks.building(EscalationStore.class)
                .require(ref != null, "ref", "NotNull", "must not be null", null)
                .require(events != null, "events", "NotNull", "must not be null", null)
                .noNullElements("events", events).done();
        List<EscalationEvent> batch = List.copyOf(events);
        EscalationState[] result = new EscalationState[1];
        states.compute(ref, (k, current) -> {
            if (current == null) {
                throw new EscalationNotFoundException(ref);
            }
            if (current.version() != expectedVersion) {
                throw new VersionConflictException(ref, expectedVersion, current.version());
            }
            EscalationState next = current;
            for (EscalationEvent e : batch) {
                next = next.apply(e);
            }
            result[0] = next;
            return next;
        });
        return result[0];
    }

    @Override
    public Optional<EscalationState> find(EscalationRef ref) {
        Checks.present(EscalationStore.class, "ref", ref);
        return Optional.ofNullable(states.get(ref));
    }

    @Override
    public List<EscalationState> openByCustomer(TenantId tenant, CustomerRef customer) {
        Checks.present(EscalationStore.class, "customer", customer);
        return scan(tenant, s -> s.status().isOpen() && s.escalation().customer().ref().equals(customer),
                Queries.NEWEST_FIRST);
    }

    @Override
    public List<EscalationState> queue(TenantId tenant, ActorId owner) {
        Checks.present(EscalationStore.class, "owner", owner);
        return scan(tenant, s -> s.status().isOpen() && s.owner() != null && s.owner().id().equals(owner),
                Queries.QUEUE_ORDER);
    }

    @Override
    public List<EscalationState> overdueCallbacks(TenantId tenant, Instant now) {
        Checks.present(EscalationStore.class, "now", now);
        return scan(tenant, s -> s.status().isOpen() && s.pendingCallback().map(c -> c.isOverdue(now)).orElse(false),
                Queries.MOST_OVERDUE_FIRST);
    }

    private List<EscalationState> scan(TenantId tenant, Predicate<EscalationState> wanted,
            Comparator<EscalationState> order) {
        Checks.present(EscalationStore.class, "tenant", tenant);
        List<EscalationState> out = new ArrayList<>();
        states.forEach((k, s) -> {
            if (k.tenant().equals(tenant) && wanted.test(s)) {
                out.add(s);
            }
        });
        out.sort(order);
        return List.copyOf(out);
    }
}
