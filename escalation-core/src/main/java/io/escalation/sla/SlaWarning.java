package io.escalation.sla;

import io.escalation.internal.validation.Checks;
import java.time.Duration;

/**
 * When a target warns before its breach: a lead time before the deadline, or a share of the
 * target's time used (Znuny's "notify at 60 %").
 */
public sealed interface SlaWarning {

    /**
     * Warns {@code lead} of working time before the breach.
     *
     * @param lead 1 minute to 30 days, less than the target's limit
     */
    record Before(Duration lead) implements SlaWarning {
        /**
         * Validates the lead.
         *
         * @throws io.escalation.InvalidEscalationException if it is missing or out of range
         */
        public Before {
            Checks.building(Before.class).duration("lead", lead, Duration.ofMinutes(1), Duration.ofDays(30)).done();
        }

        @Override
        public Duration usedOf(Duration limit) {
            return limit.minus(lead);
        }
    }

    /**
     * Warns when {@code percent} of the target's time is used.
     *
     * @param percent 1 to 99
     */
    record AtPercent(int percent) implements SlaWarning {
        /**
         * Validates the share.
         *
         * @throws io.escalation.InvalidEscalationException if it is outside 1-99
         */
        public AtPercent {
            Checks.building(AtPercent.class)
                    .require(percent >= 1 && percent <= 99, "percent", "Range", "must be between 1 and 99", percent)
                    .done();
        }

        @Override
        public Duration usedOf(Duration limit) {
            return Duration.ofSeconds(limit.toSeconds() * percent / 100);
        }
    }

    /**
     * Returns a warning {@code lead} before the breach.
     *
     * @param lead the lead
     * @return the warning
     */
    static SlaWarning before(Duration lead) {
        return new Before(lead);
    }

    /**
     * Returns a warning at {@code percent} of the target's time.
     *
     * @param percent 1 to 99
     * @return the warning
     */
    static SlaWarning atPercent(int percent) {
        return new AtPercent(percent);
    }

    /**
     * Returns how much of a target's working time is used when this warning fires.
     *
     * @param limit the target's limit
     * @return the time used at the warning, less than the limit
     */
    Duration usedOf(Duration limit);
}
