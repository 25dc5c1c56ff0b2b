package io.escalation.routing;

import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.Skill;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything routing may know besides the escalation, as of one instant: the instant itself (from
 * the host's clock), the handling time, the operator's profile, the roster, the center's
 * thresholds, ladder, departments and skills, and overdue-callback facts. Immutable; build with
 * {@link #builder(Instant)}.
 *
 * @param now the instant of the decision (from the host's {@link java.time.Clock})
 * @param zone the center's time zone, for time-of-day rules
 * @param handlingTime the handling time so far, if the host measures it apart from the escalation
 * @param operator the operator's profile, if the host knows more than the escalation says
 * @param roster responders known now
 * @param thresholds the center's thresholds
 * @param ladder the center's tiers
 * @param outsourced whether the center works for a client company (exceptions need its approval)
 * @param departments which department owns which category (by category code)
 * @param skillsByCategory which skills a category needs (by category code)
 * @param overdueCallbacks how many callbacks promised to this customer are overdue
 * @param customerChasing whether the customer is chasing an overdue callback on this contact
 */
public record RoutingContext(
        Instant now,
        ZoneId zone,
        @Nullable Duration handlingTime,
        @Nullable OperatorProfile operator,
        List<Responder> roster,
        Thresholds thresholds,
        TierLadder ladder,
        boolean outsourced,
        Map<String, Department> departments,
        Map<String, Set<Skill>> skillsByCategory,
        int overdueCallbacks,
        boolean customerChasing) {

    /** Validates and copies. */
    public RoutingContext {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(ladder, "ladder");
        if (handlingTime != null && handlingTime.isNegative()) {
            throw new IllegalArgumentException("handlingTime must not be negative, but was " + handlingTime);
        }
        if (overdueCallbacks < 0) {
            throw new IllegalArgumentException("overdueCallbacks must not be negative, but was " + overdueCallbacks);
        }
        roster = List.copyOf(roster);
        departments = Map.copyOf(departments);
        Map<String, Set<Skill>> skills = new HashMap<>();
        skillsByCategory.forEach((k, v) -> skills.put(k, Set.copyOf(v)));
        skillsByCategory = Map.copyOf(skills);
    }

    /**
     * Starts a context at {@code now} with the seeds' defaults: no roster, default thresholds, the
     * standard ladder, UTC, in-house center.
     *
     * @param now the instant of the decision
     * @return a builder
     */
    public static Builder builder(Instant now) {
        return new Builder(now);
    }

    /**
     * Returns this context with another handling time (the rest unchanged).
     *
     * @param value the handling time so far, or {@code null} to use the escalation's
     * @return the new context
     */
    public RoutingContext withHandlingTime(@Nullable Duration value) {
        return new RoutingContext(now, zone, value, operator, roster, thresholds, ladder, outsourced, departments,
                skillsByCategory, overdueCallbacks, customerChasing);
    }

    /**
     * Returns the handling time that counts: the context's if set, else the escalation's.
     *
     * @param escalation the escalation being routed
     * @return the handling time
     */
    public Duration handlingTimeOf(Escalation escalation) {
        return handlingTime != null ? handlingTime : escalation.handlingTime();
    }

    /**
     * Returns the operator's profile: the context's if set, else the escalation operator's
     * experience with no extra authority.
     *
     * @param escalation the escalation being routed
     * @return the profile
     */
    public OperatorProfile operatorOf(Escalation escalation) {
        return operator != null ? operator : OperatorProfile.of(escalation.operator().experience());
    }

    /**
     * Returns the department that owns the escalation's category, if any.
     *
     * @param escalation the escalation
     * @return the department
     */
    public Optional<Department> departmentOf(Escalation escalation) {
        var category = escalation.inquiry().category();
        return category == null ? Optional.empty() : Optional.ofNullable(departments.get(category.code()));
    }

    /**
     * Returns the skills the escalation's category needs.
     *
     * @param escalation the escalation
     * @return the skills, possibly empty
     */
    public Set<Skill> skillsFor(Escalation escalation) {
        var category = escalation.inquiry().category();
        return category == null ? Set.of() : skillsByCategory.getOrDefault(category.code(), Set.of());
    }

    /** Builds a {@link RoutingContext}; not thread-safe. */
    public static final class Builder {
        private final Instant now;
        private ZoneId zone = ZoneOffset.UTC;
        private @Nullable Duration handlingTime;
        private @Nullable OperatorProfile operator;
        private final List<Responder> roster = new ArrayList<>();
        private Thresholds thresholds = Thresholds.DEFAULTS;
        private TierLadder ladder = TierLadder.standard();
        private boolean outsourced;
        private final Map<String, Department> departments = new HashMap<>();
        private final Map<String, Set<Skill>> skills = new HashMap<>();
        private int overdueCallbacks;
        private boolean customerChasing;

        private Builder(Instant now) {
            this.now = Objects.requireNonNull(now, "now");
        }

        /**
         * Sets the center's time zone.
         *
         * @param value the zone
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            this.zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /**
         * Sets the handling time, overriding the escalation's.
         *
         * @param value the handling time so far
         * @return this builder
         */
        public Builder handlingTime(Duration value) {
            this.handlingTime = Objects.requireNonNull(value, "handlingTime");
            return this;
        }

        /**
         * Sets the operator's profile.
         *
         * @param value the profile
         * @return this builder
         */
        public Builder operator(OperatorProfile value) {
            this.operator = Objects.requireNonNull(value, "operator");
            return this;
        }

        /**
         * Adds responders to the roster.
         *
         * @param values the responders
         * @return this builder
         */
        public Builder roster(List<Responder> values) {
            this.roster.addAll(values);
            return this;
        }

        /**
         * Adds a responder to the roster.
         *
         * @param value the responder
         * @return this builder
         */
        public Builder responder(Responder value) {
            this.roster.add(Objects.requireNonNull(value, "responder"));
            return this;
        }

        /**
         * Sets the thresholds.
         *
         * @param value the thresholds
         * @return this builder
         */
        public Builder thresholds(Thresholds value) {
            this.thresholds = Objects.requireNonNull(value, "thresholds");
            return this;
        }

        /**
         * Sets the ladder.
         *
         * @param value the ladder
         * @return this builder
         */
        public Builder ladder(TierLadder value) {
            this.ladder = Objects.requireNonNull(value, "ladder");
            return this;
        }

        /**
         * Marks the center as outsourced: exceptions need the client's approval.
         *
         * @param value whether outsourced
         * @return this builder
         */
        public Builder outsourced(boolean value) {
            this.outsourced = value;
            return this;
        }

        /**
         * Declares that a department owns a category.
         *
         * @param categoryCode the category's code
         * @param department the owning department
         * @return this builder
         */
        public Builder department(String categoryCode, Department department) {
            this.departments.put(Objects.requireNonNull(categoryCode, "categoryCode"),
                    Objects.requireNonNull(department, "department"));
            return this;
        }

        /**
         * Declares the skills a category needs.
         *
         * @param categoryCode the category's code
         * @param needed the skills
         * @return this builder
         */
        public Builder skills(String categoryCode, Set<Skill> needed) {
            this.skills.put(Objects.requireNonNull(categoryCode, "categoryCode"), Set.copyOf(needed));
            return this;
        }

        /**
         * Sets how many callbacks promised to this customer are overdue.
         *
         * @param value the count
         * @return this builder
         */
        public Builder overdueCallbacks(int value) {
            this.overdueCallbacks = value;
            return this;
        }

        /**
         * Marks the customer as chasing an overdue callback on this contact.
         *
         * @param value whether chasing
         * @return this builder
         */
        public Builder customerChasing(boolean value) {
            this.customerChasing = value;
            return this;
        }

        /**
         * Builds the context.
         *
         * @return the context
         */
        public RoutingContext build() {
            return new RoutingContext(now, zone, handlingTime, operator, roster, thresholds, ladder, outsourced,
                    departments, skills, overdueCallbacks, customerChasing);
        }
    }
}
