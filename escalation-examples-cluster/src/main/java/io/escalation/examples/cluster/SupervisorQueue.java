package io.escalation.examples.cluster;

import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.lifecycle.EscalationStatus;
import io.escalation.model.EscalationRef;
import io.escalation.model.Priority;
import io.escalation.model.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory projection for a supervisors' console: every open escalation with its owner, tier
 * and priority, most urgent first, kept from the event stream.
 *
 * <p>Each escalation's state is folded with the SDK's state machine ({@link EscalationState#apply}),
 * so the projection agrees with the store. Events are applied once: an event id already applied
 * is skipped (delivery is at least once), and so is a version the fold already holds. In
 * production the applied ids and the states live in the consumer's own database, updated in the
 * same transaction as the acknowledged position; here they live in memory. Thread-safe.
 */
public final class SupervisorQueue {

    /**
     * One open escalation in the queue. Holds ids, never personal data.
     *
     * @param ref the escalation
     * @param owner who holds it now, or {@code null} while it waits in its tier's queue
     * @param tier the tier that handles it
     * @param priority how soon
     * @param version the last version applied
     * @param raisedAt when it was raised
     */
    public record Entry(EscalationRef ref, @Nullable Actor owner, Tier tier, Priority priority, long version,
            Instant raisedAt) {}

    /** What {@link #apply} did with an event. */
    public enum Outcome {
        /** The event moved the escalation's state. */
        APPLIED,
        /** The event id (or its version) was applied before: nothing changed. */
        ALREADY_APPLIED
    }

    private final Map<EscalationRef, EscalationState> states = new HashMap<>();
    private final Set<UUID> applied = new HashSet<>();

    /** Creates an empty queue. */
    public SupervisorQueue() {}

    /**
     * Applies one event from the stream.
     *
     * @param event the event
     * @return whether it changed the queue
     * @throws ConsumerException when the event does not follow the escalation's last applied
     *     version (a gap: an earlier event has not arrived), or the state machine refuses it
     */
    public synchronized Outcome apply(EscalationEvent event) {
        UUID id = event.eventId();
        if (applied.contains(id)) {
            return Outcome.ALREADY_APPLIED;
        }
        EscalationState current = states.get(event.ref());
        if (current != null && event.version() <= current.version()) {
            applied.add(id);
            return Outcome.ALREADY_APPLIED;
        }
        long expected = current == null ? 1 : current.version() + 1;
        if (event.version() != expected) {
            throw new ConsumerException("event " + id + " has version " + event.version() + " of escalation "
                    + event.ref() + ", but version " + expected + " is next");
        }
        EscalationState next;
        try {
            next = current == null ? EscalationState.start(event) : current.apply(event);
        } catch (RuntimeException e) {
            throw new ConsumerException("event " + id + " of escalation " + event.ref() + " was refused by the "
                    + "state machine (" + e.getClass().getSimpleName() + ")", e);
        }
        states.put(event.ref(), next);
        applied.add(id);
        return Outcome.APPLIED;
    }

    /**
     * Returns the open escalations, most urgent first, then oldest first.
     *
     * @return the queue
     */
    public synchronized List<Entry> open() {
        List<Entry> out = new ArrayList<>();
        for (EscalationState s : states.values()) {
            if (s.status().isOpen()) {
                out.add(new Entry(s.ref(), s.owner(), s.tier(), s.priority(), s.version(),
                        s.history().get(0).at()));
            }
        }
        out.sort(Comparator.comparing(Entry::priority).reversed().thenComparing(Entry::raisedAt)
                .thenComparing(e -> e.ref().id().value()));
        return List.copyOf(out);
    }

    /**
     * Returns the open escalations a responder holds.
     *
     * @param owner the responder's actor id
     * @return that responder's part of {@link #open()}
     */
    public List<Entry> heldBy(String owner) {
        return open().stream().filter(e -> e.owner() != null && e.owner().id().value().equals(owner)).toList();
    }

    /**
     * Returns the status of an escalation as the projection knows it.
     *
     * @param ref the escalation
     * @return its status, or {@code null} when no event of it was applied
     */
    public synchronized @Nullable EscalationStatus status(EscalationRef ref) {
        EscalationState s = states.get(ref);
        return s == null ? null : s.status();
    }

    /**
     * Returns the ids of every event applied.
     *
     * @return a copy
     */
    public synchronized Set<UUID> appliedEventIds() {
        return Set.copyOf(applied);
    }

    @Override
    public synchronized String toString() {
        return "SupervisorQueue[escalations=" + states.size() + ", events=" + applied.size() + "]";
    }
}
