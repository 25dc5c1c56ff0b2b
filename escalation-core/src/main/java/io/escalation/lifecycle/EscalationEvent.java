package io.escalation.lifecycle;

import io.escalation.internal.validation.Checks;
import io.escalation.model.EscalationRef;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One step in the life of an escalation: the envelope (which escalation, its version, when, who)
 * around one {@link Change}. Immutable and validated.
 *
 * <p>Versions start at 1 with {@link Change.Raised} and are contiguous; the instant comes from
 * the desk's clock. The state of an escalation is the fold of its events
 * ({@link EscalationState#fold(java.util.List)}); nothing else is mutable. Stores keep events as
 * they are, and {@code EscalationJson} writes and reads them in a stable form.
 *
 * @param ref the escalation
 * @param version the event's version: 1 for the raise, then one more per event
 * @param at when it happened
 * @param actor who did it
 * @param change what it changed
 */
public record EscalationEvent(@NotNull EscalationRef ref,
        @Min(1) long version,
        @NotNull Instant at,
        @NotNull Actor actor,
        @NotNull Change change) {

    /**
     * Validates the envelope.
     *
     * @throws io.escalation.InvalidEscalationException if a part is missing or the version is below 1
     */
    public EscalationEvent {
        if (version < 1 || !Checks.allPresent(ref, actor, change) || !Checks.isInstant(at)) {
            Checks.of(EscalationEvent.class, ref, version, at, actor, change).instant("at", at).done();
        }
    }

    /**
     * Returns the action the change performs.
     *
     * @return the action
     */
    public Action action() {
        return change.action();
    }

    /**
     * Returns the event's stable id: the same for the same escalation and version on every node
     * and every read, so consumers of an outbox or a broker can drop duplicates by it. Only one
     * event per escalation and version is ever stored, so the id is unique.
     *
     * @return a name-based UUID of the tenant, the escalation id and the version
     */
    public UUID eventId() {
        return UUID.nameUUIDFromBytes((ref + "#" + version).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns the change as the given type, for code that knows the action.
     *
     * @param <C> the change type
     * @param type the expected change type
     * @return the change
     * @throws EventSequenceException if the change is of another type
     */
    public <C extends Change> C change(Class<C> type) {
        if (!type.isInstance(change)) {
            throw new EventSequenceException(ref, "event " + version + " records " + action() + ", not "
                    + type.getSimpleName());
        }
        return type.cast(change);
    }
}
