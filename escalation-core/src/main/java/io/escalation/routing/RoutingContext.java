package io.escalation.routing;

import io.escalation.internal.routing.Arguments;
import io.escalation.internal.validation.Checks;
import io.escalation.model.ActorId;
import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.Skill;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * @param handlingTime the handling time so far, if the host measures it apart from the escalation;
 *     when set it wins over {@link Escalation#handlingTime()} (see {@link #handlingTimeOf})
 * @param operator the operator's profile, if the host knows more than the escalation says
 * @param roster responders known now
 * @param thresholds the center's thresholds (a policy made with fixed thresholds, such as
 *     {@code RoutingPolicies.standard(Thresholds)}, uses its own instead)
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

    /**
     * Validates and copies: everything present, no negative handling time or count, no responder
     * or map entry missing, and responder ids distinct (a roster lists each person once).
     *
     * @throws io.escalation.InvalidEscalationException naming every broken rule
     */
    public RoutingContext {
        if (!Checks.isInstant(now) || zone == null || (handlingTime != null && handlingTime.isNegative()) || roster == null
                || thresholds == null || ladder == null || departments == null || skillsByCategory == null
                || overdueCallbacks < 0 || !distinctResponders(roster)
                || !entriesPresent(departments, skillsByCategory)) {
            reject(now, zone, handlingTime, roster, thresholds, ladder, departments, skillsByCategory,
                    overdueCallbacks);
        }
        roster = List.copyOf(roster);
        departments = Map.copyOf(departments);
        Map<String, Set<Skill>> skills = new HashMap<>();
        skillsByCategory.forEach((k, v) -> skills.put(k, Set.copyOf(v)));
        skillsByCategory = Map.copyOf(skills);
    }

    private static boolean distinctResponders(List<Responder> roster) {
        Set<ActorId> ids = new HashSet<>();
        for (Responder r : roster) {
            if (r == null || !ids.add(r.id())) {
                return false;
            }
        }
        return true;
    }

    private static boolean entriesPresent(Map<String, Department> departments, Map<String, Set<Skill>> skills) {
        for (Map.Entry<String, Department> e : departments.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                return false;
            }
        }
        for (Map.Entry<String, Set<Skill>> e : skills.entrySet()) {
            if (e.getKey() == null || e.getValue() == null || Checks.hasNull(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static void reject(@Nullable Instant now, @Nullable ZoneId zone, @Nullable Duration handlingTime,
            @Nullable List<Responder> roster, @Nullable Thresholds thresholds, @Nullable TierLadder ladder,
            @Nullable Map<String, Department> departments, @Nullable Map<String, Set<Skill>> skillsByCategory,
            int overdueCallbacks) {
        Checks.Checker check = Checks.building(RoutingContext.class)
                .require(now != null, "now", "NotNull", "must not be null", null)
                .instant("now", now)
                .require(zone != null, "zone", "NotNull", "must not be null", null)
                .require(roster != null, "roster", "NotNull", "must not be null", null)
                .require(thresholds != null, "thresholds", "NotNull", "must not be null", null)
                .require(ladder != null, "ladder", "NotNull", "must not be null", null)
                .require(departments != null, "departments", "NotNull", "must not be null", null)
                .require(skillsByCategory != null, "skillsByCategory", "NotNull", "must not be null", null);
        if (handlingTime != null && handlingTime.isNegative()) {
            check.require(false, "handlingTime", "NotNegative", "must not be negative, but was " + handlingTime,
                    handlingTime);
        }
        if (overdueCallbacks < 0) {
            check.require(false, "overdueCallbacks", "NotNegative", "must not be negative, but was "
                    + overdueCallbacks, overdueCallbacks);
        }
        if (roster != null) {
            Set<ActorId> ids = new HashSet<>();
            for (int i = 0; i < roster.size(); i++) {
                Responder r = roster.get(i);
                if (r == null) {
                    check.require(false, "roster[" + i + "]", "NotNull", "must not be null", null);
                } else if (!ids.add(r.id())) {
                    check.require(false, "roster[" + i + "]", "DistinctIds",
                            "lists responder " + r.id() + " a second time", r);
                }
            }
        }
        if (departments != null && skillsByCategory != null && !entriesPresent(departments, skillsByCategory)) {
            check.require(false, "departments/skillsByCategory", "NotNull",
                    "must not contain a null category code, department or skill", null);
        }
        check.done();
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
     * Returns this context with the customer's callback facts (the rest unchanged): what a desk
     * knows from the customer's open escalations.
     *
     * @param overdue how many callbacks promised to this customer are overdue
     * @param chasing whether the customer is chasing an overdue callback on this contact
     * @return the new context
     * @throws io.escalation.InvalidEscalationException if {@code overdue} is negative
     */
    public RoutingContext withCallbackFacts(int overdue, boolean chasing) {
        return new RoutingContext(now, zone, handlingTime, operator, roster, thresholds, ladder, outsourced,
                departments, skillsByCategory, overdue, chasing);
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

    /**
     * Builds a {@link RoutingContext}; not thread-safe. Every setter checks its argument at once
     * and throws {@link io.escalation.InvalidEscalationException} naming the parameter.
     */
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
            this.now = Arguments.present(RoutingContext.class, "now", now);
        }

        /**
         * Sets the center's time zone.
         *
         * @param value the zone
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            this.zone = Arguments.present(RoutingContext.class, "zone", value);
            return this;
        }

        /**
         * Sets the handling time, overriding the escalation's.
         *
         * @param value the handling time so far
         * @return this builder
         */
        public Builder handlingTime(Duration value) {
            Arguments.present(RoutingContext.class, "handlingTime", value);
            if (value.isNegative()) {
                throw Arguments.invalid(RoutingContext.class, "handlingTime", "NotNegative",
                        "must not be negative, but was " + value, value);
            }
            this.handlingTime = value;
            return this;
        }

        /**
         * Sets the operator's profile.
         *
         * @param value the profile
         * @return this builder
         */
        public Builder operator(OperatorProfile value) {
            this.operator = Arguments.present(RoutingContext.class, "operator", value);
            return this;
        }

        /**
         * Adds responders to the roster.
         *
         * @param values the responders
         * @return this builder
         */
        public Builder roster(List<Responder> values) {
            for (Responder r : Arguments.present(RoutingContext.class, "roster", values)) {
                responder(r);
            }
            return this;
        }

        /**
         * Adds a responder to the roster.
         *
         * @param value the responder
         * @return this builder
         */
        public Builder responder(Responder value) {
            this.roster.add(Arguments.present(RoutingContext.class, "responder", value));
            return this;
        }

        /**
         * Sets the thresholds.
         *
         * @param value the thresholds
         * @return this builder
         */
        public Builder thresholds(Thresholds value) {
            this.thresholds = Arguments.present(RoutingContext.class, "thresholds", value);
            return this;
        }

        /**
         * Sets the ladder.
         *
         * @param value the ladder
         * @return this builder
         */
        public Builder ladder(TierLadder value) {
            this.ladder = Arguments.present(RoutingContext.class, "ladder", value);
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
            this.departments.put(Arguments.present(RoutingContext.class, "categoryCode", categoryCode),
                    Arguments.present(RoutingContext.class, "department", department));
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
            Arguments.present(RoutingContext.class, "categoryCode", categoryCode);
            Arguments.present(RoutingContext.class, "needed", needed);
            if (Checks.hasNull(needed)) {
                throw Arguments.invalid(RoutingContext.class, "needed", "NotNull", "must not contain null", needed);
            }
            this.skills.put(categoryCode, Set.copyOf(needed));
            return this;
        }

        /**
         * Sets how many callbacks promised to this customer are overdue.
         *
         * @param value the count
         * @return this builder
         */
        public Builder overdueCallbacks(int value) {
            if (value < 0) {
                throw Arguments.invalid(RoutingContext.class, "overdueCallbacks", "NotNegative",
                        "must not be negative, but was " + value, value);
            }
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
