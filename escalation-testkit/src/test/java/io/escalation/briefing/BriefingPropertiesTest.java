package io.escalation.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.testkit.BriefingGens;
import io.escalation.testkit.Gens;
import io.escalation.testkit.Property;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Conclusion first, for every briefing and every site policy, in both languages (1,000 cases each). */
class BriefingPropertiesTest {

    private static BriefingRenderer renderer(boolean japanese) {
        return japanese ? BriefingRenderer.japanese() : BriefingRenderer.english();
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
}
