package io.escalation.jdbc;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A claim on a due timer, valid until {@link #leaseUntil()} and guarded by a fencing token.
 *
 * <p>The holder performs the timer's effect, then calls {@link Timers#complete(TimerLease)}. Every
 * claim increments the timer's fencing token, so a holder that stalled past its lease (while
 * another node claimed the timer) is refused with {@link StaleLeaseException} and cannot overwrite
 * the newer owner's work. Effects outside the database should carry the token too, so that their
 * targets can refuse a stale one. {@code toString()} leaves the payload out.
 *
 * @param tenantId the tenant
 * @param timerId the timer's id
 * @param kind the timer's kind, e.g. {@code callback-reminder}
 * @param escalationId the escalation the timer belongs to, or {@code null}
 * @param dueAt when the timer was due
 * @param payloadJson the timer's JSON payload, or {@code null}
 * @param fencingToken the token of this claim; larger than every earlier claim's on the same timer
 * @param leaseUntil when the lease expires, after which another node may claim the timer
 */
public record TimerLease(String tenantId, String timerId, String kind, @Nullable String escalationId, Instant dueAt,
        @Nullable String payloadJson, long fencingToken, Instant leaseUntil) {

    /**
     * Returns the escalation the timer belongs to.
     *
     * @return the escalation id, empty for a timer of no escalation
     */
    public Optional<String> escalation() {
        return Optional.ofNullable(escalationId);
    }

    /**
     * Returns the timer's payload.
     *
     * @return the JSON payload, empty when the timer has none
     */
    public Optional<String> payload() {
        return Optional.ofNullable(payloadJson);
    }

    @Override
    public String toString() {
        return "TimerLease[timerId=" + timerId + ", kind=" + kind + ", dueAt=" + dueAt + ", fencingToken="
                + fencingToken + ", leaseUntil=" + leaseUntil + "]";
    }
}
