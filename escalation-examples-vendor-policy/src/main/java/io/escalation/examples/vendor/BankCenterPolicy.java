package io.escalation.examples.vendor;

import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.LocalizedText;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.RequestKind;
import io.escalation.model.Tier;
import io.escalation.routing.ResponderSelector;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingDecision;
import io.escalation.routing.RoutingMode;
import io.escalation.routing.RoutingPolicies;
import io.escalation.routing.RoutingPolicy;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The routing of a bank's contact center, on top of the SDK's standard policy:
 *
 * <ol>
 *   <li><b>Harassment</b> (カスハラ) always goes to the {@link #COMPLIANCE} department, and a supervisor
 *       takes the call over so that the organisation, not the operator, absorbs it.</li>
 *   <li><b>Regulatory complaints</b> (a {@link RequestKind#COMPLAINT} in one of the
 *       {@link #REGULATORY_CATEGORIES}) always go to {@link #COMPLIANCE}, referred by a supervisor who
 *       owns the case while the department decides.</li>
 *   <li><b>VIP customers</b> (private banking: a customer reference starting with {@link #VIP_PREFIX})
 *       go straight to a supervisor who takes over, unless the standard policy sends them higher
 *       (a manager for irregular handling stays a manager).</li>
 *   <li>Everything else is routed by the standard policy (or the one given to the constructor).</li>
 * </ol>
 *
 * <p>The first two rules win over the rest; the standard policy's reasons are kept after the bank's
 * own, so a supervisor reads why the bank's rule applied and what the standard policy saw. Every
 * decision is staffed by {@link ResponderSelector#standard()}.
 *
 * <p>Immutable and thread-safe; pure (no I/O, no clock), as {@link RoutingPolicy} requires. Found by
 * name as {@value #NAME} through {@link BankCenterPolicyProvider}.
 */
public final class BankCenterPolicy implements RoutingPolicy {

    /** The name the policy is registered under. */
    public static final String NAME = "bank-center";

    /** The department that handles harassment and regulatory complaints. */
    public static final Department COMPLIANCE = Department.of("compliance",
            Map.of(Locale.JAPANESE, "コンプライアンス統括部", Locale.ENGLISH, "Compliance"));

    /** The categories that make a complaint a regulatory one. */
    public static final Set<String> REGULATORY_CATEGORIES = Set.of("mis-selling", "deposit-insurance",
            "personal-data", "anti-money-laundering");

    /** The prefix of private-banking customers' references. */
    public static final String VIP_PREFIX = "pb-";

    private static final String RULES = NAME + "/";

    static final Reason HARASSMENT = Reason.of("bank-harassment", RULES + "harassment",
            LocalizedText.of(Locale.JAPANESE, "カスハラはコンプライアンス統括部へ。SVが引き取り、オペレーターを守ります")
                    .and(Locale.ENGLISH, "harassment goes to Compliance; a supervisor takes over to protect the operator"));
    static final Reason REGULATORY = Reason.of("bank-regulatory-complaint", RULES + "regulatory-complaint",
            LocalizedText.of(Locale.JAPANESE, "規制に関わる苦情はコンプライアンス統括部が判断します")
                    .and(Locale.ENGLISH, "a complaint with a regulatory side is decided by Compliance"));
    static final Reason VIP = Reason.of("bank-vip", RULES + "vip",
            LocalizedText.of(Locale.JAPANESE, "プライベートバンキングのお客様はSVが直接対応します")
                    .and(Locale.ENGLISH, "private-banking customers go straight to a supervisor"));

    private final RoutingPolicy composed;

    /** Creates the policy on top of {@link RoutingPolicies#standard()}. */
    public BankCenterPolicy() {
        this(RoutingPolicies.standard());
    }

    /**
     * Creates the policy on top of another one, e.g. {@code RoutingPolicies.standard(thresholds)}
     * with the center's own thresholds.
     *
     * @param otherwise decides what the bank's rules leave open
     * @throws NullPointerException when {@code otherwise} is null
     */
    public BankCenterPolicy(RoutingPolicy otherwise) {
        Objects.requireNonNull(otherwise, "otherwise");
        // a VIP gets at least a supervisor: the higher of the two decisions, with both sets of reasons
        RoutingPolicy vipFirst = RoutingPolicies.highestTier(BankCenterPolicy::toSupervisor, otherwise);
        RoutingPolicy base = RoutingPolicies.withFallback(RoutingPolicies.when(BankCenterPolicy::isVip, vipFirst),
                otherwise);
        // compliance cases override whatever the base decided; the base's reasons follow the bank's
        this.composed = RoutingPolicies.override(base,
                RoutingPolicies.when(BankCenterPolicy::isForCompliance, BankCenterPolicy::toCompliance));
    }

    @Override
    public RoutingDecision route(Escalation escalation, RoutingContext context) {
        return composed.route(escalation, context);
    }

    /**
     * Tells whether an escalation goes to {@link #COMPLIANCE}: harassment, or a complaint in a
     * regulatory category.
     *
     * @param escalation the escalation
     * @param context unused; the rule depends on the escalation alone
     * @return whether Compliance gets it
     */
    static boolean isForCompliance(Escalation escalation, RoutingContext context) {
        RequestKind kind = escalation.inquiry().kind();
        return kind == RequestKind.HARASSMENT || (kind == RequestKind.COMPLAINT && isRegulatory(escalation));
    }

    private static boolean isRegulatory(Escalation escalation) {
        var category = escalation.inquiry().category();
        return category != null && REGULATORY_CATEGORIES.contains(category.code());
    }

    /**
     * Tells whether the customer is a private-banking (VIP) customer.
     *
     * @param escalation the escalation
     * @param context unused; the rule depends on the escalation alone
     * @return whether the customer's reference has the VIP prefix
     */
    static boolean isVip(Escalation escalation, RoutingContext context) {
        return escalation.customer().ref().value().startsWith(VIP_PREFIX);
    }

    private static RoutingDecision toCompliance(Escalation escalation, RoutingContext context) {
        boolean harassment = escalation.inquiry().kind() == RequestKind.HARASSMENT;
        RoutingDecision decision = RoutingDecision.of(Tier.SUPERVISOR,
                        harassment ? RoutingMode.TAKE_OVER : RoutingMode.REFER_TO_DEPARTMENT,
                        harassment ? HARASSMENT : REGULATORY)
                .withDepartment(COMPLIANCE)
                .withPriority(Priority.HIGH);
        return ResponderSelector.standard().staff(decision, escalation, context);
    }

    private static RoutingDecision toSupervisor(Escalation escalation, RoutingContext context) {
        RoutingDecision decision = RoutingDecision.of(Tier.SUPERVISOR, RoutingMode.TAKE_OVER, VIP)
                .withPriority(Priority.HIGH);
        return ResponderSelector.standard().staff(decision, escalation, context);
    }

    @Override
    public String toString() {
        return "BankCenterPolicy";
    }
}
