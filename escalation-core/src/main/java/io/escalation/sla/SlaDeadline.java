package io.escalation.sla;

import io.escalation.internal.validation.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where one SLA target stands for one occurrence of its metric in an escalation, as data a UI
 * shows without computing: the working time used, the warning instants and the breach instant,
 * and which calendar versions counted the time. Recomputed from the history by
 * {@link SlaTargets#deadlines}.
 *
 * @param target the target
 * @param since the version of the event that started the occurrence
 * @param status running, paused, met or breached
 * @param used the working time counted so far (up to the occurrence's end, or now)
 * @param breachAt when the limit is (or was) reached, or {@code null} while paused or when met
 * @param warnings each warning of the target with its instant, in the target's order
 * @param measured the stretches of counted time and the calendar version that counted each
 */
public record SlaDeadline(SlaTarget target, long since, Status status, Duration used, @Nullable Instant breachAt,
        List<Warning> warnings, List<SlaCalendar.Measured> measured) {

    /** Where an occurrence stands. */
    public enum Status {
        /** The clock runs and the limit is ahead. */
        RUNNING,
        /** The clock stands still (referred, waiting for the customer); no deadline until it runs again. */
        PAUSED,
        /** The occurrence ended within the limit. */
        MET,
        /** The limit was reached. */
        BREACHED
    }

    /**
     * One warning of the target.
     *
     * @param index its position in the target's warnings
     * @param rule when it fires
     * @param at when it fires (or fired), or {@code null} while paused or when the occurrence ended first
     */
    public record Warning(int index, SlaWarning rule, @Nullable Instant at) {}

    /**
     * Validates the parts and copies the lists.
     *
     * @throws io.escalation.InvalidEscalationException if a part is missing
     */
    public SlaDeadline {
        Checks.building(SlaDeadline.class)
                .require(target != null, "target", "NotNull", "must not be null", null)
                .require(since >= 1, "since", "Min", "must be a version", since)
                .require(status != null, "status", "NotNull", "must not be null", null)
                .require(used != null, "used", "NotNull", "must not be null", null)
                .require(warnings != null, "warnings", "NotNull", "must not be null", null)
                .require(measured != null, "measured", "NotNull", "must not be null", null)
                .noNullElements("warnings", warnings).noNullElements("measured", measured).done();
        warnings = List.copyOf(warnings);
        measured = List.copyOf(measured);
    }

    /**
     * Returns the working time left before the breach (zero once breached).
     *
     * @return the time left
     */
    public Duration left() {
        Duration left = target.limit().minus(used);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
