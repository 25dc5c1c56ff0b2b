package io.escalation.testkit;

import io.escalation.briefing.Briefing;
import io.escalation.model.Category;
import io.escalation.model.FreeText;
import io.escalation.model.Temperature;
import io.escalation.model.Urgency;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Conclusion-first briefings, narrowed in the floor's words: {@code briefings().concernFirst()
 * .temperatureAtLeast(Temperature.UPSET)}, {@code briefings().withoutDetails()}. Immutable. Get one
 * from {@link EscalationGens#briefings()}.
 *
 * <p>Shrinks toward a category-first briefing without the customer's state or details, with the
 * shortest texts.
 */
public final class BriefingGen extends DomainGen<Briefing> {

    /** The openings: category first, concern then category and decision, concern only. */
    private static final List<Integer> ALL_OPENINGS = List.of(0, 1, 2);

    private final List<Integer> openings;
    private final Gen<@Nullable Temperature> temperatures;
    private final boolean details;
    private final Gen<Briefing> gen;

    private BriefingGen(List<Integer> openings, Gen<@Nullable Temperature> temperatures, boolean details) {
        this.openings = openings;
        this.temperatures = temperatures;
        this.details = details;
        Gen<FreeText> text = EscalationGens.freeTexts();
        int most = details ? 3 : 0;
        Gen<@Nullable FreeText> optional = details ? Gens.nullable(text) : Gens.constant(null);
        this.gen = Gens.record(p -> build(p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), p.get(5), p.get(6),
                        p.get(7), p.get(8), p.get(9)),
                Gens.elements(openings), EscalationGens.categories(), text, text, temperatures,
                Gens.nullable(EscalationGens.urgencies()), Gens.lists(text, 0, most), optional, optional,
                Gens.lists(text, 0, most));
    }

    static BriefingGen any() {
        return new BriefingGen(ALL_OPENINGS, Gens.nullable(Gens.enums(Temperature.class)), true);
    }

    private static Briefing build(int opening, Category category, FreeText decision, FreeText concern,
            @Nullable Temperature temperature, @Nullable Urgency urgency, List<FreeText> actions,
            @Nullable FreeText environment, @Nullable FreeText background, List<FreeText> history) {
        Briefing.Details d;
        if (opening == 0) {
            d = Briefing.builder().categoryFirst(category, decision);
        } else if (opening == 1) {
            d = Briefing.builder().concernFirst(concern).categoryAndDecision(category, decision);
        } else {
            d = Briefing.builder().concernFirst(concern);
        }
        if (temperature != null) {
            d.customer(temperature, urgency);
        }
        actions.forEach(d::actionTaken);
        if (environment != null) {
            d.environment(environment);
        }
        if (background != null) {
            d.background(background);
        }
        history.forEach(d::historyEntry);
        return d.build();
    }

    @Override
    Gen<Briefing> delegate() {
        return gen;
    }

    /**
     * Only briefings that open with the category and the decision wanted (category-first).
     *
     * @return the narrowed generator
     */
    public BriefingGen categoryFirst() {
        return new BriefingGen(List.of(0), temperatures, details);
    }

    /**
     * Only briefings that open with the operator's concern (concern-first, with or without category
     * and decision).
     *
     * @return the narrowed generator
     */
    public BriefingGen concernFirst() {
        return new BriefingGen(List.of(1, 2), temperatures, details);
    }

    /**
     * Only briefings that state the customer's temperature, at least this one; shrinks toward it.
     *
     * @param temperature the coolest temperature generated
     * @return the narrowed generator
     */
    public BriefingGen temperatureAtLeast(Temperature temperature) {
        List<Temperature> hotter = Arrays.stream(Temperature.values()).filter(t -> t.isAtLeast(temperature)).toList();
        return new BriefingGen(openings, Gens.elements(hotter), details);
    }

    /**
     * Only briefings with nothing after the conclusion and the customer's state: no actions taken,
     * environment, background or history.
     *
     * @return the narrowed generator
     */
    public BriefingGen withoutDetails() {
        return new BriefingGen(openings, temperatures, false);
    }
}
