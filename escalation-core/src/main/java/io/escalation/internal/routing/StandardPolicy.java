package io.escalation.internal.routing;

import io.escalation.internal.validation.FrozenList;

import io.escalation.model.CallState;
import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.ExperienceLevel;
import io.escalation.model.FaultAttribution;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.RequestKind;
import io.escalation.model.Temperature;
import io.escalation.model.Tier;
import io.escalation.routing.Authority;
import io.escalation.routing.OperatorProfile;
import io.escalation.routing.ResponderSelector;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingDecision;
import io.escalation.routing.RoutingMode;
import io.escalation.routing.RoutingPolicy;
import io.escalation.routing.Staffing;
import io.escalation.routing.Thresholds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The seeds' rules. Every rule that applies contributes a target (tier, mode, priority) and a
 * reason; the decision takes the highest tier, the strongest mode (see {@link RoutingMode}), the
 * highest priority and every reason, then staffs it with the standard responder selection.
 * Raising the temperature or the handling time only ever adds rules, so the tier never drops.
 */
public final class StandardPolicy implements RoutingPolicy {

    /** The policy's name, for {@code RoutingPolicies.named}. */
    public static final String NAME = "standard";

    private static final String P = "standard/";

    private static final Reason HARASSMENT = reason("harassment");
    private static final Reason DEMANDED_SUPERVISOR = reason("demanded-supervisor");
    private static final Map<Temperature, Reason> TEMPERATURE = new EnumMap<>(Temperature.class);
    private static final Reason TAKE_OVER_REQUESTED = reason("take-over-requested");
    private static final Reason VETERAN_TRUSTED = reason("veteran-trusted");
    private static final Reason KNOWLEDGE_GAP_HOLDING = reason("knowledge-gap").with("case", "holding");
    private static final Reason KNOWLEDGE_GAP_CALL_BACK = reason("knowledge-gap").with("case", "callback");
    private static final Reason REPEAT_CONTACTS_PRIORITY = reason("repeat-contacts-priority");
    private static final Reason CHASING_OVERDUE_CALLBACK = reason("chasing-overdue-callback");
    private static final Reason OVERDUE_CALLBACK = reason("overdue-callback");
    private static final Reason URGENT_CUSTOMER = reason("urgent-customer");
    private static final Reason IRREGULAR_COMPANY_AT_FAULT = reason("irregular-needs-manager").with("case", "company");
    private static final Reason IRREGULAR_SEVERE = reason("irregular-needs-manager").with("case", "severe");
    private static final Reason IRREGULAR_NEEDS_CLIENT = reason("irregular-needs-client");
    private static final Reason IRREGULAR_CUSTOMER_AT_FAULT = reason("irregular-customer-at-fault");
    private static final Reason IRREGULAR_FAULT_UNDETERMINED = reason("irregular-fault-undetermined");
    private static final Reason SEVERE_COMPLAINT = reason("severe-complaint");
    private static final Reason COMPLAINT_OPERATOR_AUTHORISED = reason("complaint-operator-authorised");
    private static final Reason COMPLAINT_NEEDS_SUPERVISOR = reason("complaint-needs-supervisor");

    /** Handling-time reasons for the default thresholds, by experience; other thresholds build theirs. */
    private static final Map<ExperienceLevel, Reason> HANDLING_TIME_DEFAULTS = new EnumMap<>(ExperienceLevel.class);
    /** Repeat-contact reasons for small counts; larger counts build theirs. */
    private static final Reason[] REPEATS = new Reason[21];

    static {
        for (ExperienceLevel level : ExperienceLevel.values()) {
            HANDLING_TIME_DEFAULTS.put(level, handlingTimeReason(level, Thresholds.DEFAULTS.takeOverAfter(level)));
        }
        for (int n = 0; n < REPEATS.length; n++) {
            REPEATS[n] = repeatsReason(n);
        }
        for (Temperature temp : Temperature.values()) {
            TEMPERATURE.put(temp, reason("temperature-supervisor").with("temperature", Reason.Arg.term(temp)));
        }
    }

    /** Thresholds fixed when the policy was made, or {@code null} to use the context's. */
    private final @Nullable Thresholds fixed;

    /** Creates the policy; it uses the context's thresholds. */
    public StandardPolicy() {
        this.fixed = null;
    }

    /**
     * Creates the policy with fixed thresholds, which win over the context's.
     *
     * @param thresholds the center's thresholds
     */
    public StandardPolicy(Thresholds thresholds) {
        this.fixed = Arguments.present(StandardPolicy.class, "thresholds", thresholds);
    }

    private static Reason reason(String code) {
        return Reason.of(code, P + code);
    }

    private static Reason handlingTimeReason(ExperienceLevel level, Duration limit) {
        return reason("handling-time-exceeded").with("experience", Reason.Arg.term(level))
                .with("minutes", limit.toMinutes());
    }

    /** Reasons a center's own thresholds and departments produce, made once per value (bounded). */
    private static final int CACHED_REASONS = 1024;
    /** By experience level and minutes (a day at most); racy writes of immutable reasons are benign. */
    private static final Reason[][] HANDLING_TIME_REASONS = new Reason[ExperienceLevel.values().length][24 * 60 + 1];
    private static final java.util.concurrent.ConcurrentHashMap<Department, Reason> DEPARTMENT_REASONS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Reason handlingTimeReasonCached(ExperienceLevel level, Duration limit) {
        long minutes = limit.toMinutes();
        Reason[] byMinutes = HANDLING_TIME_REASONS[level.ordinal()];
        if (minutes < 0 || minutes >= byMinutes.length) {
            return handlingTimeReason(level, limit);
        }
        Reason r = byMinutes[(int) minutes];
        if (r == null) {
            r = handlingTimeReason(level, limit);
            byMinutes[(int) minutes] = r;
        }
        return r;
    }

    private static Reason departmentReason(Department dept) {
        Reason r = DEPARTMENT_REASONS.get(dept);
        // departments are equal by code; the cached reason must carry this one's label too
        if (r == null || !r.args().get("department").equals(Reason.Arg.of(dept))) {
            r = reason("department-owns-category").with("department", Reason.Arg.of(dept));
            if (DEPARTMENT_REASONS.size() < CACHED_REASONS) {
                DEPARTMENT_REASONS.put(dept, r);
            }
        }
        return r;
    }

    private static Reason repeatsReason(int repeats) {
        return reason("repeat-contacts-supervisor").with("count", repeats + 1);
    }

    /** What the applicable rules have decided so far. */
    private static final class Targets {
        private Tier tier;
        private RoutingMode mode;
        private Priority priority = Priority.NORMAL;
        private @Nullable Department department;
        private boolean clientApproval;
        private Reason[] reasons = new Reason[6];
        private int count;

        private void reason(Reason why) {
            if (count == reasons.length) {
                reasons = java.util.Arrays.copyOf(reasons, count * 2);
            }
            reasons[count++] = why;
        }

        /** The reasons, handed over: the targets are not used after the decision is made. */
        List<Reason> reasons() {
            return FrozenList.handOver(reasons, count);
        }

        Targets(Tier start, RoutingMode mode) {
            this.tier = start;
            this.mode = mode;
        }

        void add(Tier t, RoutingMode m, Priority p, Reason why) {
            if (t.rank() > tier.rank()) {
                tier = t;
            }
            mode = mode.strongest(m);
            priority = priority.max(p);
            reason(why);
        }

        void raisePriority(int steps, Reason why) {
            priority = priority.raise(steps);
            reason(why);
        }
    }

    @Override
    public String toString() {
        return fixed == null ? "StandardPolicy" : "StandardPolicy" + fixed;
    }

    @Override
    public RoutingDecision route(Escalation e, RoutingContext ctx) {
        Arguments.routed(RoutingPolicy.class, e, ctx);
        Thresholds th = fixed != null ? fixed : ctx.thresholds();
        OperatorProfile op = ctx.operatorOf(e);
        Tier own = op.experience() == ExperienceLevel.VETERAN ? Tier.VETERAN : Tier.OPERATOR;
        boolean onLine = e.callState() instanceof CallState.Live || e.callState() instanceof CallState.OnHold;
        RoutingMode answer = onLine ? RoutingMode.ANSWER_WHILE_HOLDING : RoutingMode.CALL_BACK;
        Temperature temp = e.customerState().temperature();
        RequestKind kind = e.inquiry().kind();
        Targets t = new Targets(own, RoutingMode.HANDLE_YOURSELF);

        if (kind == RequestKind.HARASSMENT) {
            t.add(Tier.SUPERVISOR, RoutingMode.TAKE_OVER, Priority.HIGH, HARASSMENT);
        }
        if (e.customerState().demandedSupervisor()) {
            t.add(Tier.SUPERVISOR, RoutingMode.TAKE_OVER, Priority.HIGH, DEMANDED_SUPERVISOR);
        }
        if (temp.isAtLeast(th.supervisorTemperature())) {
            t.add(Tier.SUPERVISOR, RoutingMode.TAKE_OVER, Priority.URGENT, TEMPERATURE.get(temp));
        }
        Duration handling = ctx.handlingTimeOf(e);
        Duration limit = th.takeOverAfter(op.experience());
        if (handling.compareTo(limit) >= 0) {
            t.add(Tier.SUPERVISOR, RoutingMode.TAKE_OVER, Priority.HIGH,
                    limit.equals(Thresholds.DEFAULTS.takeOverAfter(op.experience()))
                            ? HANDLING_TIME_DEFAULTS.get(op.experience()) : handlingTimeReasonCached(op.experience(), limit));
        }
        switch (kind) {
            case IRREGULAR_HANDLING -> irregular(e, ctx, th, t, answer);
            case COMPLAINT -> complaint(th, op, temp, t, answer);
            case TAKE_OVER -> t.add(Tier.SUPERVISOR, RoutingMode.TAKE_OVER, Priority.NORMAL, TAKE_OVER_REQUESTED);
            case ADVICE -> {
                if (op.has(Authority.ANSWER_WITHOUT_ADVICE) && op.experience() == ExperienceLevel.VETERAN) {
                    t.add(own, RoutingMode.HANDLE_YOURSELF, Priority.NORMAL, VETERAN_TRUSTED);
                } else {
                    t.add(Tier.SUPERVISOR, answer, Priority.NORMAL, onLine ? KNOWLEDGE_GAP_HOLDING : KNOWLEDGE_GAP_CALL_BACK);
                }
            }
            case HARASSMENT -> {
                // handled above
            }
        }
        var category = e.inquiry().category();
        Department dept = category == null ? null : ctx.departments().get(category.code()); // no Optional per call
        if (dept != null) {
            t.add(Tier.SUPERVISOR, RoutingMode.REFER_TO_DEPARTMENT, Priority.NORMAL,
                    departmentReason(dept));
            t.department = dept;
        }
        int repeats = e.customerState().urgency().repeatContacts();
        if (repeats >= th.repeatContactsForSupervisor()) {
            t.add(Tier.SUPERVISOR, answer, Priority.HIGH, repeats < REPEATS.length ? REPEATS[repeats]
                    : repeatsReason(repeats));
        } else if (repeats >= th.repeatContactsForPriority()) {
            t.raisePriority(1, REPEAT_CONTACTS_PRIORITY);
        }
        if (ctx.customerChasing()) {
            t.add(Tier.SUPERVISOR, RoutingMode.TAKE_OVER, Priority.URGENT, CHASING_OVERDUE_CALLBACK);
        } else if (ctx.overdueCallbacks() > 0) {
            t.add(Tier.SUPERVISOR, RoutingMode.CALL_BACK, Priority.HIGH, OVERDUE_CALLBACK);
        }
        var urgency = e.customerState().urgency();
        if (urgency.inAHurry() || urgency.waitingSince() != null || urgency.sameTroubleBefore()) {
            t.raisePriority(1, URGENT_CUSTOMER);
        }
        return Staffer.staff(t.tier, t.mode, t.department, t.clientApproval, t.priority, t.reasons(), e, ctx);
    }

    private static void irregular(Escalation e, RoutingContext ctx, Thresholds th, Targets t, RoutingMode answer) {
        FaultAttribution fault = e.fault();
        boolean severe = e.customerState().temperature().isAtLeast(th.severeComplaintTemperature());
        if (fault == FaultAttribution.COMPANY || (fault != FaultAttribution.CUSTOMER && severe)) {
            t.add(Tier.MANAGER, answer, Priority.HIGH,
                    fault == FaultAttribution.COMPANY ? IRREGULAR_COMPANY_AT_FAULT : IRREGULAR_SEVERE);
            if (ctx.outsourced()) {
                t.add(Tier.MANAGER, RoutingMode.NEEDS_CLIENT_APPROVAL, Priority.HIGH, IRREGULAR_NEEDS_CLIENT);
                t.clientApproval = true;
            }
        } else if (fault == FaultAttribution.CUSTOMER) {
            t.add(Tier.SUPERVISOR, RoutingMode.TAKE_OVER, Priority.NORMAL, IRREGULAR_CUSTOMER_AT_FAULT);
        } else {
            t.add(Tier.SUPERVISOR, answer, Priority.NORMAL, IRREGULAR_FAULT_UNDETERMINED);
        }
    }

    private static void complaint(Thresholds th, OperatorProfile op, Temperature temp, Targets t, RoutingMode answer) {
        if (temp.isAtLeast(th.severeComplaintTemperature())) {
            t.add(Tier.SUPERVISOR, RoutingMode.TAKE_OVER, Priority.HIGH, SEVERE_COMPLAINT);
        } else if (op.has(Authority.HANDLE_COMPLAINTS)) {
            t.add(Tier.OPERATOR, RoutingMode.HANDLE_YOURSELF, Priority.NORMAL, COMPLAINT_OPERATOR_AUTHORISED);
        } else {
            t.add(Tier.SUPERVISOR, answer, Priority.NORMAL, COMPLAINT_NEEDS_SUPERVISOR);
        }
    }
}
