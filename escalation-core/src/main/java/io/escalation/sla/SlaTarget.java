package io.escalation.sla;

import io.escalation.internal.validation.Checks;
import io.escalation.lifecycle.SlaMetric;
import io.escalation.model.Priority;
import io.escalation.model.RequestKind;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One SLA target: how much working time a metric may take for escalations of a priority and a
 * request kind (either may be left open), and when to warn before.
 *
 * @param metric what is measured
 * @param priority the priority it applies to, or {@code null} for every priority
 * @param kind the request kind it applies to, or {@code null} for every kind
 * @param limit the working time allowed, 1 minute to 365 days
 * @param warnings when to warn, each before the limit
 */
public record SlaTarget(SlaMetric metric, @Nullable Priority priority, @Nullable RequestKind kind, Duration limit,
        List<SlaWarning> warnings) {

    /**
     * Validates the target and copies the warnings.
     *
     * @throws io.escalation.InvalidEscalationException naming every broken rule
     */
    public SlaTarget {
        Checks.Checker check = Checks.building(SlaTarget.class)
                .require(metric != null, "metric", "NotNull", "must not be null", null)
                .duration("limit", limit, Duration.ofMinutes(1), Duration.ofDays(365))
                .require(warnings != null, "warnings", "NotNull", "must not be null", null)
                .noNullElements("warnings", warnings);
        if (warnings != null && limit != null && !Checks.hasNull(warnings)) {
            for (int i = 0; i < warnings.size(); i++) {
                Duration used = warnings.get(i).usedOf(limit);
                check.require(!used.isNegative() && !used.isZero() && used.compareTo(limit) < 0, "warnings[" + i + "]", "BeforeLimit",
                        "must fire after the start and before the limit", null);
            }
            check.require(warnings.size() <= 10, "warnings", "Size", "must be at most 10", warnings.size());
        }
        check.done();
        warnings = List.copyOf(warnings);
    }

    boolean appliesTo(Priority p, RequestKind k) {
        return (priority == null || priority == p) && (kind == null || kind == k);
    }

    int specificity() {
        return (priority != null ? 2 : 0) + (kind != null ? 1 : 0);
    }
}
