package io.escalation.jdbc.internal;

import io.escalation.lifecycle.EscalationState;
import io.escalation.model.EscalationRef;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * This node's bounded cache of folded escalation states, least recently used out first.
 *
 * <p>It holds only states known to be committed (a transaction of the module's own committed
 * them, or read them outside any host transaction), so a version in the cache names the same
 * history as that version in the database: versions are appended exactly once. Readers still ask
 * the database for the escalation's current version on every load and fold only the events after
 * the cached one; the cache saves parsing and folding, never a check. Of two states of one
 * escalation the later version stays. Thread-safe.
 */
public final class StateCache {

    private final int capacity;
    private final Map<EscalationRef, EscalationState> states;

    /**
     * Creates a cache.
     *
     * @param capacity the most escalations kept; 0 keeps none
     */
    public StateCache(int capacity) {
        this.capacity = capacity;
        this.states = new LinkedHashMap<>(Math.min(capacity, 1024) * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<EscalationRef, EscalationState> eldest) {
                return size() > StateCache.this.capacity;
            }
        };
    }

    /**
     * Returns the capacity.
     *
     * @return the most escalations kept
     */
    public int capacity() {
        return capacity;
    }

    /**
     * Returns the cached state of an escalation.
     *
     * @param ref the escalation
     * @return its latest cached state, or {@code null}
     */
    public synchronized @Nullable EscalationState get(EscalationRef ref) {
        return capacity == 0 ? null : states.get(ref);
    }

    /**
     * Keeps a committed state, unless a later version of the escalation is kept already.
     *
     * @param state the state
     */
    public synchronized void offer(EscalationState state) {
        if (capacity == 0) {
            return;
        }
        EscalationState kept = states.get(state.ref());
        if (kept == null || kept.version() < state.version()) {
            states.put(state.ref(), state);
        }
    }

    /**
     * Forgets an escalation, when the database no longer holds what the cache does.
     *
     * @param ref the escalation
     */
    public synchronized void remove(EscalationRef ref) {
        states.remove(ref);
    }

    /**
     * Returns how many escalations are cached.
     *
     * @return the size
     */
    public synchronized int size() {
        return states.size();
    }
}
