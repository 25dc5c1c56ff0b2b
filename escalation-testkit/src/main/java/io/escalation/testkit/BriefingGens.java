package io.escalation.testkit;

import io.escalation.briefing.BriefingPart;
import io.escalation.briefing.BriefingPolicy;
import java.util.ArrayList;
import java.util.List;

/** Generators for briefings (both openings, any details) and site ordering policies. */
public final class BriefingGens {

    private BriefingGens() {}

    /**
     * Briefings with either opening and any combination of details; to narrow further
     * ({@code briefings().concernFirst().withoutDetails()}).
     *
     * @return the generator
     */
    public static BriefingGen briefings() {
        return BriefingGen.any();
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
