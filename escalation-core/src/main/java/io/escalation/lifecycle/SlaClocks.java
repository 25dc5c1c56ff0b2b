package io.escalation.lifecycle;

import io.escalation.internal.validation.Checks;
import io.escalation.model.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SLA clocks derived from an escalation's history: how long it spent in each status and in each
 * tier, how long it ran and how long it was paused (by default while waiting on a department, the
 * client or the customer; see {@link SlaPolicy}), in wall-clock time and in business time per a
 * site calendar.
 *
 * <p>Clocks of an open escalation run until {@code now}; those of a resolved, withdrawn or closed
 * one stop at the event that ended it. As {@code now} advances or events are added, no clock ever
 * decreases.
 *
 * @param total wall-clock time from raise to now (or to the end)
 * @param paused wall-clock time in paused statuses
 * @param running {@code total - paused}
 * @param businessTotal business time from raise to now (or to the end)
 * @param businessPaused business time in paused statuses
 * @param businessRunning {@code businessTotal - businessPaused}
 * @param byStatus wall-clock time per status
 * @param byTier wall-clock time per tier, ordered by tier
 * @param businessByTier business time per tier, ordered by tier
 */
public record SlaClocks(
        Duration total,
        Duration paused,
        Duration running,
        Duration businessTotal,
        Duration businessPaused,
        Duration businessRunning,
        Map<EscalationStatus, Duration> byStatus,
        Map<Tier, Duration> byTier,
        Map<Tier, Duration> businessByTier) {

    /** Copies the maps. */
    public SlaClocks {
        Checks.building(SlaClocks.class)
                .require(Checks.allPresent(total, paused, running, businessTotal, businessPaused, businessRunning),
                        "", "NotNull", "every duration must be present", null)
                .require(byStatus != null && byTier != null && businessByTier != null, "", "NotNull",
                        "every map must be present", null)
                .done();
        byStatus = Collections.unmodifiableMap(new EnumMap<>(byStatus.isEmpty()
                ? new EnumMap<>(EscalationStatus.class) : byStatus));
        byTier = Collections.unmodifiableMap(new TreeMap<>(byTier));
        businessByTier = Collections.unmodifiableMap(new TreeMap<>(businessByTier));
    }

    /**
     * Computes the clocks with the default pauses.
     *
     * @param state the escalation
     * @param now the current instant (from the host's clock)
     * @param businessTime how business time is measured (e.g. the responder site's calendar)
     * @return the clocks
     */
    public static SlaClocks of(EscalationState state, Instant now, BusinessTime businessTime) {
        return of(state, now, businessTime, SlaPolicy.DEFAULT);
    }

    /**
     * Computes the clocks.
     *
     * @param state the escalation
     * @param now the current instant (from the host's clock)
     * @param businessTime how business time is measured
     * @param policy when the SLA clock is paused
     * @return the clocks
     */
    public static SlaClocks of(EscalationState state, Instant now, BusinessTime businessTime, SlaPolicy policy) {
        Checks.building(SlaClocks.class)
                .require(state != null, "state", "NotNull", "must not be null", null)
                .require(now != null, "now", "NotNull", "must not be null", null)
                .require(businessTime != null, "businessTime", "NotNull", "must not be null", null)
                .require(policy != null, "policy", "NotNull", "must not be null", null).done();
        List<EscalationEvent> history = state.history();
        Map<EscalationStatus, Duration> byStatus = new EnumMap<>(EscalationStatus.class);
        Map<Tier, Duration> byTier = new TreeMap<>();
        Map<Tier, Duration> businessByTier = new TreeMap<>();
        Duration total = Duration.ZERO;
        Duration paused = Duration.ZERO;
        Duration businessTotal = Duration.ZERO;
        Duration businessPaused = Duration.ZERO;
        EscalationState running = EscalationState.start(history.get(0));
        for (int i = 0; i < history.size(); i++) {
            if (i > 0) {
                running = running.apply(history.get(i));
            }
            Instant from = history.get(i).at();
            Instant to;
            if (i + 1 < history.size()) {
                to = history.get(i + 1).at();
            } else if (running.status().isOpen()) {
                to = now.isAfter(from) ? now : from;
            } else {
                to = from;
            }
            Duration wall = Duration.between(from, to);
            Duration business = to.equals(from) ? Duration.ZERO : businessTime.between(from, to);
            byStatus.merge(running.status(), wall, Duration::plus);
            byTier.merge(running.tier(), wall, Duration::plus);
            businessByTier.merge(running.tier(), business, Duration::plus);
            total = total.plus(wall);
            businessTotal = businessTotal.plus(business);
            if (policy.pauses(running)) {
                paused = paused.plus(wall);
                businessPaused = businessPaused.plus(business);
            }
        }
        return new SlaClocks(total, paused, total.minus(paused), businessTotal, businessPaused,
                businessTotal.minus(businessPaused), byStatus, byTier, businessByTier);
    }
}
