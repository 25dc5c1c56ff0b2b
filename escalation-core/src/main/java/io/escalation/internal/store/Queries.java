package io.escalation.internal.store;

import io.escalation.lifecycle.CallbackRecord;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.Escalation;
import java.time.Instant;
import java.util.Comparator;

/** Orderings and comparisons shared by the store implementations. */
public final class Queries {

    /** Queue order: priority (highest first), deadline (earliest first), then id. */
    public static final Comparator<EscalationState> QUEUE_ORDER = Comparator
            .comparing(EscalationState::priority, Comparator.reverseOrder())
            .thenComparing(Queries::deadline)
            .thenComparing(s -> s.id().value());

    /** Newest raise first, then id. */
    public static final Comparator<EscalationState> NEWEST_FIRST = Comparator
            .comparing((EscalationState s) -> s.escalation().raisedAt(), Comparator.reverseOrder())
            .thenComparing(s -> s.id().value());

    /** Most overdue first: earliest promise, then id. */
    public static final Comparator<EscalationState> MOST_OVERDUE_FIRST = Comparator
            .comparing(Queries::deadline)
            .thenComparing(s -> s.id().value());

    private Queries() {}

    /**
     * Returns the instant an escalation is due by: its pending callback's promise, else its raise.
     *
     * @param state the escalation
     * @return the deadline
     */
    public static Instant deadline(EscalationState state) {
        return state.pendingCallback().map(CallbackRecord::promiseBy).orElse(state.escalation().raisedAt());
    }

    /**
     * Returns whether two escalations carry the same payload: equal apart from id and raise instant.
     *
     * @param a one escalation
     * @param b another
     * @return {@code true} when a retry of {@code a} may return {@code b}
     */
    public static boolean samePayload(Escalation a, Escalation b) {
        return a.toBuilder().id(b.id()).raisedAt(b.raisedAt()).build().equals(b);
    }
}
