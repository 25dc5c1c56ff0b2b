package io.escalation.callback;

import io.escalation.internal.validation.Checks;
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
 * @param quietHours the quiet hours of this request's purpose, overriding the planner's (the
 *     tenant's); {@code null} keeps the planner's, {@link QuietHours#NONE} lifts them
 * @param priority how urgent it is; urgent and critical callbacks get half the safety margin
 * @param candidates who could call back, at least one
 */
public record CallbackRequest(Instant requestedAt, @Nullable ZoneId customerZone, @Nullable ContactWindow window,
        @Nullable QuietHours quietHours, Priority priority, List<Candidate> candidates) {

    /** Validates and copies. */
    public CallbackRequest {
        if (!Checks.isInstant(requestedAt) || priority == null || candidates == null || candidates.isEmpty()
                || Checks.hasNull(candidates)) {
            Checks.building(CallbackRequest.class)
                    .require(requestedAt != null, "requestedAt", "NotNull", "must not be null", null)
                    .instant("requestedAt", requestedAt)
                    .require(priority != null, "priority", "NotNull", "must not be null", null)
                    .require(candidates != null, "candidates", "NotNull", "must not be null", null)
                    .require(candidates == null || !candidates.isEmpty(), "candidates", "NotEmpty",
                            "a callback request needs at least one candidate", candidates)
                    .noNullElements("candidates", candidates)
                    .done();
        }
        candidates = List.copyOf(candidates);
    }

    /**
     * Builds a request that keeps the planner's quiet hours.
     *
     * @param requestedAt when the callback is requested (from the host's clock)
     * @param customerZone the customer's time zone, if known
     * @param window the daily window in which the customer accepts a call, if known
     * @param priority how urgent it is
     * @param candidates who could call back, at least one
     */
    public CallbackRequest(Instant requestedAt, @Nullable ZoneId customerZone, @Nullable ContactWindow window,
            Priority priority, List<Candidate> candidates) {
        this(requestedAt, customerZone, window, null, priority, candidates);
    }

    /**
     * Returns this request with the quiet hours of its purpose, e.g.
     * {@link QuietHours#JAPAN_MONEY_LENDING} for a collections call, or {@link QuietHours#NONE}.
     *
     * @param value the quiet hours, overriding the planner's
     * @return the new request
     */
    public CallbackRequest withQuietHours(QuietHours value) {
        Checks.present(CallbackRequest.class, "quietHours", value);
        return new CallbackRequest(requestedAt, customerZone, window, value, priority, candidates);
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
        Checks.building(CallbackRequest.class)
                .require(escalation != null, "escalation", "NotNull", "must not be null", null).done();
        return new CallbackRequest(requestedAt, escalation.customer().timeZone(), escalation.customer().reachable(),
                priority, candidates);
    }
}
