package io.escalation.testkit;

import io.escalation.briefing.Briefing;
import io.escalation.briefing.BriefingPart;
import io.escalation.briefing.BriefingPolicy;
import io.escalation.model.Category;
import io.escalation.model.FreeText;
import io.escalation.model.Temperature;
import io.escalation.model.Urgency;
import java.util.ArrayList;
import java.util.List;

/** Generators for briefings (both openings, any details) and site ordering policies. */
public final class BriefingGens {

    private BriefingGens() {}

    /**
     * Briefings with either opening and any combination of details.
     *
     * @return the generator
     */
    public static Gen<Briefing> briefings() {
        Gen<FreeText> text = EscalationGens.freeTexts();
        return Gens.record(p -> {
            int opening = p.get(0);
            Category category = p.get(1);
            FreeText decision = p.get(2);
            FreeText concern = p.get(3);
            Briefing.Details d;
            if (opening == 0) {
                d = Briefing.builder().categoryFirst(category, decision);
            } else if (opening == 1) {
                d = Briefing.builder().concernFirst(concern).categoryAndDecision(category, decision);
            } else {
                d = Briefing.builder().concernFirst(concern);
            }
            Temperature temperature = p.get(4);
            if (temperature != null) {
                d.customer(temperature, p.<Urgency>get(5));
            }
            p.<List<FreeText>>get(6).forEach(d::actionTaken);
            FreeText env = p.get(7);
            if (env != null) {
                d.environment(env);
            }
            FreeText background = p.get(8);
            if (background != null) {
                d.background(background);
            }
            p.<List<FreeText>>get(9).forEach(d::historyEntry);
            return d.build();
        }, Gens.integers(0, 2), EscalationGens.categories(), text, text, Gens.nullable(Gens.enums(Temperature.class)),
                Gens.nullable(EscalationGens.urgencies()), Gens.lists(text, 0, 3), Gens.nullable(text),
                Gens.nullable(text), Gens.lists(text, 0, 3));
    }

    /**
     * Policies: every placement of the customer's state and any order of the details.
     *
     * @return the generator
     */
    public static Gen<BriefingPolicy> policies() {
        List<BriefingPart> details = List.of(BriefingPart.ACTIONS_TAKEN, BriefingPart.ENVIRONMENT,
                BriefingPart.BACKGROUND, BriefingPart.HISTORY);
        Gen<List<BriefingPart>> orders = Gens.lists(Gens.integers(0, 1_000), 4, 4).map(keys -> {
            List<Integer> index = new ArrayList<>(List.of(0, 1, 2, 3));
            index.sort((a, b) -> Integer.compare(keys.get(a), keys.get(b)));
            List<BriefingPart> out = new ArrayList<>();
            index.forEach(i -> out.add(details.get(i)));
            return out;
        });
        return Gens.combine(Gens.enums(BriefingPolicy.Placement.class), orders, BriefingPolicy::new)
                .withEdgeCases(BriefingPolicy.DEFAULT);
    }
}
