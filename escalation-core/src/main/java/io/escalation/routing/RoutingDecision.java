package io.escalation.routing;

import io.escalation.internal.validation.FrozenList;

import io.escalation.internal.routing.Arguments;
import io.escalation.internal.validation.Checks;
import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.Skill;
import io.escalation.text.Texts;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.Tier;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where an escalation goes and why: the target tier, how it is handled, the department when one
 * decides, whether the client must approve, who is assigned (or what happens when nobody is
 * present), the priority, and the reasons — never empty, each with a code, Japanese and English
 * text and the rule that produced it.
 *
 * @param tier the tier that handles it
 * @param mode how that tier handles it
 * @param department the department that decides, for referrals
 * @param clientApprovalRequired whether the client company must approve (outsourced exceptions)
 * @param assignee the responder assigned, if any
 * @param staffing whether it stays with the operator, was assigned, moved up, or waits in a queue
 * @param priority how soon it must be handled
 * @param reasons why; never empty
 */
public record RoutingDecision(
        Tier tier,
        RoutingMode mode,
        @Nullable Department department,
        boolean clientApprovalRequired,
        @Nullable Responder assignee,
        Staffing staffing,
        Priority priority,
        List<Reason> reasons) {

    /**
     * Validates the decision: every part present, at least one reason, and an assignee exactly when
     * the staffing says one was assigned — present (not away) and of the decided tier.
     *
     * @throws io.escalation.InvalidEscalationException naming every broken rule
     */
    public RoutingDecision {
        boolean needsAssignee = staffing == Staffing.ASSIGNED || staffing == Staffing.NEXT_TIER_UP;
        if (tier == null || mode == null || staffing == null || priority == null || reasons == null
                || reasons.isEmpty() || hasNull(reasons) || needsAssignee != (assignee != null)
                || (assignee != null && (!assignee.tier().equals(tier) || !assignee.isPresent()))) {
            reject(tier, mode, assignee, staffing, priority, reasons);
        }
        reasons = FrozenList.copyOf(reasons);
    }

    private static boolean hasNull(List<Reason> reasons) {
        for (int i = 0, n = reasons.size(); i < n; i++) {
            if (reasons.get(i) == null) {
                return true;
            }
        }
        return false;
    }

    private static void reject(@Nullable Tier tier, @Nullable RoutingMode mode, @Nullable Responder assignee,
            @Nullable Staffing staffing, @Nullable Priority priority, @Nullable List<Reason> reasons) {
        Checks.Checker check = Checks.building(RoutingDecision.class)
                .require(tier != null, "tier", "NotNull", "must not be null", null)
                .require(mode != null, "mode", "NotNull", "must not be null", null)
                .require(staffing != null, "staffing", "NotNull", "must not be null", null)
                .require(priority != null, "priority", "NotNull", "must not be null", null)
                .require(reasons != null && !reasons.isEmpty(), "reasons", "NotEmpty",
                        "a routing decision needs at least one reason", reasons);
        if (reasons != null) {
            check.noNullElements("reasons", reasons);
        }
        if (staffing != null) {
            boolean needsAssignee = staffing == Staffing.ASSIGNED || staffing == Staffing.NEXT_TIER_UP;
            if (needsAssignee && assignee == null) {
                check.require(false, "assignee", "AssigneeMatchesStaffing", "staffing " + staffing
                        + " needs an assignee", null);
            } else if (!needsAssignee && assignee != null) {
                check.require(false, "assignee", "AssigneeMatchesStaffing", "staffing " + staffing
                        + " must not have an assignee", assignee);
            }
        }
        if (assignee != null && tier != null && !assignee.tier().equals(tier)) {
            check.require(false, "assignee", "AssigneeOfDecidedTier", "the assignee's tier "
                    + assignee.tier().code() + " differs from the decided tier " + tier.code(), assignee);
        }
        if (assignee != null && !assignee.isPresent()) {
            check.require(false, "assignee", "AssigneePresent", "responder " + assignee.id()
                    + " is away and cannot be assigned", assignee);
        }
        check.done();
    }

    /**
     * Starts an unstaffed decision for a tier and mode, at normal priority.
     *
     * @param tier the tier
     * @param mode the mode
     * @param reason the first reason
     * @return the decision
     */
    public static RoutingDecision of(Tier tier, RoutingMode mode, Reason reason) {
        return new RoutingDecision(tier, mode, null, false, null, Staffing.UNSTAFFED, Priority.NORMAL,
                List.of(Arguments.present(RoutingDecision.class, "reason", reason)));
    }

    /**
     * Returns this decision with another priority.
     *
     * @param value the priority
     * @return the new decision
     */
    public RoutingDecision withPriority(Priority value) {
        return new RoutingDecision(tier, mode, department, clientApprovalRequired, assignee, staffing, value, reasons);
    }

    /**
     * Returns this decision with a department that decides.
     *
     * @param value the department
     * @return the new decision
     */
    public RoutingDecision withDepartment(@Nullable Department value) {
        return new RoutingDecision(tier, mode, value, clientApprovalRequired, assignee, staffing, priority, reasons);
    }

    /**
     * Returns this decision with client approval required or not.
     *
     * @param value whether the client must approve
     * @return the new decision
     */
    public RoutingDecision withClientApproval(boolean value) {
        return new RoutingDecision(tier, mode, department, value, assignee, staffing, priority, reasons);
    }

    /**
     * Returns this decision with more reasons after its own.
     *
     * @param more the reasons to add
     * @return the new decision
     */
    public RoutingDecision withReasons(List<Reason> more) {
        List<Reason> all = new ArrayList<>(reasons);
        for (Reason r : Arguments.present(RoutingDecision.class, "more", more)) {
            if (!all.contains(r)) {
                all.add(r);
            }
        }
        return new RoutingDecision(tier, mode, department, clientApprovalRequired, assignee, staffing, priority, all);
    }

    /**
     * Returns this decision staffed: tier, assignee and staffing set by responder selection.
     *
     * @param finalTier the tier finally chosen
     * @param who the assignee, or {@code null}
     * @param how the staffing outcome
     * @param why the staffing reason
     * @return the new decision
     */
    public RoutingDecision staffed(Tier finalTier, @Nullable Responder who, Staffing how, Reason why) {
        Checks.present(RoutingDecision.class, "why", why);
        return new RoutingDecision(finalTier, mode, department, clientApprovalRequired, who, how, priority,
                FrozenList.appending(reasons, why));
    }

    /**
     * Explains the decision to a supervisor, in their language: the tier and what to do, who was
     * chosen and why in words of the floor ("佐藤さん：メールのスキル、対応中1件"), who was passed over
     * because they were away, and every reason.
     *
     * @param texts the wording
     * @param locale the supervisor's language
     * @param escalation the escalation that was routed (for the skills it needs)
     * @param context the context it was routed in (for the roster)
     * @return the lines, the summary first
     */
    public List<String> explain(Texts texts, Locale locale, Escalation escalation, RoutingContext context) {
        Checks.building(RoutingDecision.class)
                .require(texts != null, "texts", "NotNull", "must not be null", null)
                .require(locale != null, "locale", "NotNull", "must not be null", null)
                .require(escalation != null, "escalation", "NotNull", "must not be null", null)
                .require(context != null, "context", "NotNull", "must not be null", null).done();
        List<String> lines = new ArrayList<>();
        lines.add(texts.format("routing.decision", locale, Map.of("tier", texts.label(tier, locale),
                "mode", texts.term(mode, locale))));
        Set<Skill> needed = context.skillsFor(escalation);
        if (assignee != null) {
            List<String> why = new ArrayList<>();
            List<String> skills = new ArrayList<>();
            for (Skill s : assignee.skills()) {
                if (needed.contains(s)) {
                    skills.add(texts.label(s, locale));
                }
            }
            if (!skills.isEmpty()) {
                why.add(texts.format("routing.assignee.skills", locale,
                        Map.of("skills", String.join(texts.get("routing.assignee.separator", locale), skills))));
            }
            why.add(texts.format("routing.assignee.load", locale, Map.of("load", Integer.toString(assignee.load()))));
            Double quality = assignee.qualityScore();
            if (quality != null) {
                why.add(texts.format("routing.assignee.quality", locale,
                        Map.of("quality", String.format(Locale.ROOT, "%.0f%%", quality * 100))));
            }
            lines.add(texts.format("routing.assignee", locale, Map.of("name", nameOf(assignee, locale),
                    "why", String.join(texts.get("routing.assignee.separator", locale), why))));
        }
        for (Responder r : context.roster()) {
            if (r.presence() == Presence.AWAY && r.tier().equals(tier)
                    && (needed.isEmpty() || r.skills().stream().anyMatch(needed::contains))) {
                lines.add(texts.format("routing.passed_over", locale,
                        Map.of("name", nameOf(r, locale), "presence", texts.term(r.presence(), locale))));
            }
        }
        for (Reason r : reasons) {
            lines.add(texts.reason(r, locale));
        }
        return List.copyOf(lines);
    }

    private static String nameOf(Responder r, Locale locale) {
        return r.name() != null ? r.name().in(locale) : r.id().value();
    }
}
