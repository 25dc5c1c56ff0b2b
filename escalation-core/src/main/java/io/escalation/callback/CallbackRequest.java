package io.escalation.callback;

import io.escalation.model.ContactWindow;
import io.escalation.model.Escalation;
import io.escalation.model.Priority;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a callback plan is computed from.
 *
 * @param requestedAt when the callback is requested (from the host's clock)
 * @param customerZone the customer's time zone, if known; otherwise each candidate's site zone is
 *     assumed and a reason says so
 * @param window the daily window in which the customer accepts a call, if known
 * @param priority how urgent it is; urgent and critical callbacks get half the safety margin
 * @param candidates who could call back, at least one
 */
public record CallbackRequest(Instant requestedAt, @Nullable ZoneId customerZone, @Nullable ContactWindow window,
        Priority priority, List<Candidate> candidates) {

    /** Validates and copies. */
    public CallbackRequest {
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(priority, "priority");
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a callback request needs at least one candidate");
        }
    }

    /**
     * Builds a request for an escalation's customer (zone and window from the customer record).
     *
     * @param escalation the escalation
     * @param requestedAt when the callback is requested
     * @param priority how urgent it is
     * @param candidates who could call back
     * @return the request
     */
    public static CallbackRequest of(Escalation escalation, Instant requestedAt, Priority priority,
            List<Candidate> candidates) {
        return new CallbackRequest(requestedAt, escalation.customer().timeZone(), escalation.customer().reachable(),
                priority, candidates);
    }
}
