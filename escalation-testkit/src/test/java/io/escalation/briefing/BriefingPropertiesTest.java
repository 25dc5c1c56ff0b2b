package io.escalation.briefing;

import java.util.Locale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.model.CallState;
import io.escalation.model.ContactWindow;
import io.escalation.model.Escalation;
import io.escalation.model.FaultAttribution;
import io.escalation.model.Inquiry;
import io.escalation.testkit.BriefingGens;
import io.escalation.testkit.EscalationGens;
import io.escalation.testkit.Gens;
import io.escalation.testkit.Property;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Conclusion first, for every briefing and every site policy, in both languages (1,000 cases each). */
class BriefingPropertiesTest {

    private static BriefingRenderer renderer(boolean japanese) {
        return japanese ? BriefingRenderer.forLocale(Locale.JAPANESE) : BriefingRenderer.forLocale(Locale.ENGLISH);
    }

    @Test
    void theConclusionAlwaysOpensAndTheCustomerStateSitsWhereThePolicySays() {
        Property.forAll(BriefingGens.briefings(), BriefingGens.policies(), Gens.booleans())
                .named("conclusion first")
                .check((b, policy, japanese) -> {
                    Script s = renderer(japanese).render(b, policy);
                    List<BriefingPart> parts = s.parts();
                    int firstConclusion = -1;
                    for (int i = 0; i < parts.size(); i++) {
                        if (parts.get(i).isConclusion()) {
                            firstConclusion = i;
                            break;
                        }
                    }
                    boolean stateFirst = policy.customerState() == BriefingPolicy.Placement.START
                            && b.temperature() != null;
                    assertEquals(stateFirst ? 1 : 0, firstConclusion, "the conclusion opens: " + parts);
                    for (int i = 0; i < firstConclusion; i++) {
                        assertEquals(BriefingPart.CUSTOMER_STATE, parts.get(i), "nothing else precedes the conclusion");
                    }
                    int state = parts.indexOf(BriefingPart.CUSTOMER_STATE);
                    if (state >= 0) {
                        int lastConclusion = Math.max(parts.lastIndexOf(BriefingPart.CONCERN),
                                parts.lastIndexOf(BriefingPart.CATEGORY_AND_DECISION));
                        switch (policy.customerState()) {
                            case START -> assertEquals(0, state);
                            case AFTER_CONCLUSION -> assertEquals(lastConclusion + 1, state);
                            case END -> assertEquals(parts.size() - 1, state);
                        }
                    }
                    List<BriefingPart> details = new ArrayList<>(parts);
                    details.retainAll(BriefingPolicy.DETAILS);
                    List<BriefingPart> expected = new ArrayList<>(policy.detailOrder());
                    expected.retainAll(details);
                    assertEquals(expected, details, "details follow the policy's order");
                    assertEquals(new HashSet<>(b.parts()), new HashSet<>(parts), "every part is rendered");
                    assertEquals(s, renderer(japanese).render(b, policy), "deterministic");
                    assertEquals(String.join(japanese ? "" : " ", s.lines().stream().map(Script.Line::text).toList()),
                            s.paragraph(), "the paragraph is the lines in order");
                });
    }

    @Test
    void aBudgetedScriptFitsUnlessOnlyTheConclusionRemains() {
        Property.forAll(BriefingGens.briefings(), BriefingGens.policies(), Gens.integers(0, 120))
                .named("budget")
                .check((b, policy, seconds) -> {
                    for (boolean japanese : new boolean[] {true, false}) {
                        Duration budget = Duration.ofSeconds(seconds);
                        BudgetedScript cut = renderer(japanese).render(b, policy, budget);
                        Set<BriefingPart> kept = new HashSet<>(cut.script().parts());
                        Set<BriefingPart> all = new HashSet<>(kept);
                        all.addAll(cut.omitted());
                        assertEquals(new HashSet<>(b.parts()), all, "rendered + omitted = all parts");
                        assertTrue(kept.stream().noneMatch(cut.omitted()::contains));
                        assertTrue(cut.script().parts().stream().anyMatch(BriefingPart::isConclusion),
                                "the conclusion is always kept");
                        if (cut.conclusionOverBudget()) {
                            assertTrue(cut.script().parts().stream().allMatch(BriefingPart::isConclusion));
                        } else {
                            assertFalse(cut.estimate().compareTo(budget) > 0, cut.estimate() + " > " + budget);
                        }
                    }
                });
    }

    @Test
    void aBudgetKeepsAPrefixOfThePolicyOrderAndTheNextPartWouldNotHaveFit() {
        Property.forAll(BriefingGens.briefings(), BriefingGens.policies(), Gens.integers(0, 60))
                .named("budget prefix")
                .check((b, policy, seconds) -> {
                    for (boolean japanese : new boolean[] {true, false}) {
                        BriefingRenderer r = renderer(japanese);
                        Duration budget = Duration.ofSeconds(seconds);
                        Script full = r.render(b, policy);
                        BudgetedScript cut = r.render(b, policy, budget);
                        List<Script.Line> details = new ArrayList<>();
                        Duration conclusion = Duration.ZERO;
                        for (Script.Line l : full.lines()) {
                            if (l.part().isConclusion()) {
                                conclusion = conclusion.plus(r.speakingRate().estimate(l.text(), r.locale()));
                            } else {
                                details.add(l);
                            }
                        }
                        int keptDetails = cut.script().lines().size() - (full.lines().size() - details.size());
                        List<Script.Line> expected = new ArrayList<>(full.lines());
                        expected.removeAll(details.subList(keptDetails, details.size()));
                        assertEquals(expected, cut.script().lines(), "the kept lines are the full script minus a tail of details");
                        assertEquals(details.subList(keptDetails, details.size()).stream().map(Script.Line::part).toList(),
                                cut.omitted(), "omitted in policy order");
                        assertEquals(conclusion.compareTo(budget) > 0, cut.conclusionOverBudget());
                        assertEquals(r.speakingRate().estimate(cut.script()), cut.estimate());
                        if (!cut.omitted().isEmpty() && !cut.conclusionOverBudget()) {
                            Duration next = r.speakingRate().estimate(details.get(keptDetails).text(), r.locale());
                            assertTrue(cut.estimate().plus(next).compareTo(budget) > 0,
                                    "the first omitted part would not have fitted");
                        }
                    }
                });
    }

    @Test
    void aBriefingFromAnyEscalationOpensWithItsConclusionOrNamesWhatIsMissing() {
        Property.forAll(EscalationGens.escalations(), BriefingGens.policies(), Gens.booleans())
                .named("from escalation")
                .check((e, policy, japanese) -> {
                    Inquiry i = e.inquiry();
                    if (i.concern() == null && !i.hasCategoryAndDecision()) {
                        MissingConclusionException ex = assertThrows(MissingConclusionException.class,
                                () -> Briefing.from(e));
                        List<String> missing = new ArrayList<>();
                        if (i.category() == null) {
                            missing.add("inquiry.category");
                        }
                        if (i.decisionWanted() == null) {
                            missing.add("inquiry.decisionWanted");
                        }
                        missing.add("inquiry.concern");
                        assertEquals(missing, ex.missing());
                        return;
                    }
                    Briefing b = Briefing.from(e);
                    assertEquals(i.concern(), b.concern());
                    assertEquals(i.hasCategoryAndDecision() ? i.category() : null, b.category());
                    assertEquals(i.hasCategoryAndDecision() ? i.decisionWanted() : null, b.decision());
                    assertEquals(i.actionsTaken(), b.actionsTaken());
                    assertEquals(i.environment(), b.environment());
                    assertEquals(i.background(), b.background());
                    assertEquals(i.history(), b.history());
                    assertEquals(e.customerState().temperature(), b.temperature());
                    List<BriefingPart> parts = new ArrayList<>(renderer(japanese).render(b, policy).parts());
                    parts.remove(BriefingPart.CUSTOMER_STATE);
                    assertEquals(i.concern() != null ? BriefingPart.CONCERN : BriefingPart.CATEGORY_AND_DECISION,
                            parts.get(0), "the form's conclusion opens, whatever order it was filled in");
                });
    }

    private static final GapCheck GAPS = GapCheck.standard(Set.of("mail-setup", "network"));

    /** How to supply the fact each standard gap asks for. */
    private static UnaryOperator<Escalation> supply(String code) {
        return switch (code) {
            case "hold-or-callback" -> e -> e.toBuilder().callState(CallState.onHold(e.raisedAt())).build();
            case "missing-reachable-window" -> e -> e.toBuilder().customer(e.customer().toBuilder()
                    .reachable(ContactWindow.of(LocalTime.of(9, 0), LocalTime.of(18, 0))).build()).build();
            case "missing-time-zone" -> e -> e.toBuilder().customer(e.customer().toBuilder()
                    .timeZone(ZoneId.of("Asia/Tokyo")).build()).build();
            case "missing-fault" -> e -> e.toBuilder().fault(FaultAttribution.COMPANY).build();
            case "missing-impact" -> e -> e.toBuilder().inquiry(e.inquiry().toBuilder().impact("二重請求").build()).build();
            case "missing-actions-taken" -> e -> e.toBuilder()
                    .inquiry(e.inquiry().toBuilder().actionTaken("再起動を案内").build()).build();
            case "missing-environment" -> e -> e.toBuilder()
                    .inquiry(e.inquiry().toBuilder().environment("Windows 11").build()).build();
            default -> throw new AssertionError("unknown standard gap " + code);
        };
    }

    @Test
    void supplyingTheFactAGapAsksForClosesItAndOpensNoOther() {
        Property.forAll(EscalationGens.escalations())
                .named("gaps close")
                .check(e -> {
                    List<Gap> gaps = GAPS.check(e);
                    Set<String> codes = new HashSet<>();
                    for (Gap g : gaps) {
                        assertTrue(codes.add(g.code()), "one gap per code");
                    }
                    for (Gap g : gaps) {
                        Escalation fixed = supply(g.code()).apply(e);
                        Set<String> after = new HashSet<>();
                        GAPS.check(fixed).forEach(x -> after.add(x.code()));
                        Set<String> expected = new HashSet<>(codes);
                        expected.remove(g.code());
                        assertEquals(expected, after, "supplying " + g.field() + " closes " + g.code() + " only");
                    }
                });
    }
}
