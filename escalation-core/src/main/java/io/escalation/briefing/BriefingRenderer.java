package io.escalation.briefing;

import static io.escalation.internal.briefing.Present.present;

import io.escalation.text.Texts;
import io.escalation.internal.validation.Checks;
import io.escalation.model.FreeText;
import io.escalation.model.Temperature;
import io.escalation.model.Urgency;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders briefings as scripts in the reader's language, from the wording of {@link Texts} (keys
 * {@code briefing.*}; Japanese and English built in, any other language a host adds), in the
 * order a {@link BriefingPolicy} gives, optionally cut to a speaking-time budget. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Script script = BriefingRenderer.forLocale(Locale.JAPANESE).render(Briefing.from(escalation));
 * script.paragraph(); // "メールの設定に失敗する案件で、設定の見落としが無いか確認したくて。..."
 * }</pre>
 *
 * <p>The center's vocabulary (the category) is said in the reader's language
 * ({@link io.escalation.model.LocalizedText}); the operator's own words stay as typed and are marked
 * as such ({@code briefing.free_text}: quoted in English). A center changes wording with
 * {@link #withTexts(Texts)} ({@code Texts.standard().with(locale, Map.of(key, text))}), which checks
 * every key and placeholder (a {@code briefing.category_first} without <code>{decision}</code> would
 * lose the conclusion and is refused). Placeholders are filled in one pass, so the operator's words
 * are inserted as typed and never read as placeholders.
 */
public final class BriefingRenderer {

    private final Locale locale;
    private final Texts texts;
    private final ZoneId zone;
    private final SpeakingRate rate;

    private BriefingRenderer(Locale locale, Texts texts, ZoneId zone, SpeakingRate rate) {
        this.locale = locale;
        this.texts = texts;
        this.zone = zone;
        this.rate = rate;
    }

    /**
     * Returns the renderer for a reader's language with the built-in wording, instants shown in UTC
     * and the default speaking rate.
     *
     * @param locale the supervisor's language
     * @return the renderer
     */
    public static BriefingRenderer forLocale(Locale locale) {
        return new BriefingRenderer(present(BriefingRenderer.class, "locale", locale), Texts.standard(),
                ZoneOffset.UTC, SpeakingRate.DEFAULT);
    }

    /**
     * Returns a renderer with other wording, e.g. a host's own language or a center's phrases.
     *
     * @param value the texts
     * @return the new renderer
     */
    public BriefingRenderer withTexts(Texts value) {
        return new BriefingRenderer(locale, present(BriefingRenderer.class, "texts", value), zone, rate);
    }

    /**
     * Returns a renderer that shows instants ("waiting since ...") in {@code zone}.
     *
     * @param value the zone, usually the center's
     * @return the new renderer
     */
    public BriefingRenderer withZone(ZoneId value) {
        return new BriefingRenderer(locale, texts, present(BriefingRenderer.class, "zone", value), rate);
    }

    /**
     * Returns a renderer that estimates speaking time at another rate.
     *
     * @param value the rate
     * @return the new renderer
     */
    public BriefingRenderer withRate(SpeakingRate value) {
        return new BriefingRenderer(locale, texts, zone, present(BriefingRenderer.class, "rate", value));
    }

    /**
     * Returns the language of the scripts.
     *
     * @return the reader's locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the rate budgets are estimated with.
     *
     * @return the speaking rate
     */
    public SpeakingRate speakingRate() {
        return rate;
    }

    /**
     * Renders with the default policy.
     *
     * @param briefing the briefing
     * @return the script
     */
    public Script render(Briefing briefing) {
        return render(briefing, BriefingPolicy.DEFAULT);
    }

    /**
     * Renders every part in the policy's order.
     *
     * @param briefing the briefing
     * @param policy the site's ordering rule
     * @return the script
     */
    public Script render(Briefing briefing, BriefingPolicy policy) {
        present(BriefingRenderer.class, "briefing", briefing);
        List<Script.Line> lines = new ArrayList<>();
        for (BriefingPart part : present(BriefingRenderer.class, "policy", policy).order()) {
            String text = line(briefing, part);
            if (text != null) {
                lines.add(new Script.Line(part, text));
            }
        }
        return new Script(locale, lines);
    }

    /**
     * Renders within a speaking-time budget with the default policy; see
     * {@link #render(Briefing, BriefingPolicy, Duration)}.
     *
     * @param briefing the briefing
     * @param budget the speaking time available, not negative
     * @return the cut script, what was left out, and the estimate
     */
    public BudgetedScript render(Briefing briefing, Duration budget) {
        return render(briefing, BriefingPolicy.DEFAULT, budget);
    }

    /**
     * Renders within a speaking-time budget: the conclusion always, then the other parts in the
     * policy's order while they fit (the first part that does not fit, and all after it, are left
     * out, so a later, shorter part never jumps ahead of the policy's priorities). When the customer's
     * state comes first by policy it is kept only if it fits with the conclusion. If the conclusion
     * alone takes longer than the budget it is kept anyway, alone, and
     * {@link BudgetedScript#conclusionOverBudget()} says so.
     *
     * @param briefing the briefing
     * @param policy the site's ordering rule
     * @param budget the speaking time available, not negative
     * @return the cut script, what was left out, and the estimate
     * @throws io.escalation.InvalidEscalationException if the budget is negative
     */
    public BudgetedScript render(Briefing briefing, BriefingPolicy policy, Duration budget) {
        present(BriefingRenderer.class, "budget", budget);
        Checks.building(BriefingRenderer.class)
                .require(!budget.isNegative(), "budget", "NotNegative", "must not be negative, but was " + budget, budget)
                .done();
        Script full = render(briefing, policy);
        Duration conclusion = Duration.ZERO;
        for (Script.Line l : full.lines()) {
            if (l.part().isConclusion()) {
                conclusion = conclusion.plus(rate.estimate(l.text(), locale));
            }
        }
        Duration used = conclusion;
        boolean stopped = false;
        List<Script.Line> kept = new ArrayList<>();
        List<BriefingPart> omitted = new ArrayList<>();
        for (Script.Line l : full.lines()) {
            if (l.part().isConclusion()) {
                kept.add(l);
                continue;
            }
            Duration cost = rate.estimate(l.text(), locale);
            if (!stopped && used.plus(cost).compareTo(budget) <= 0) {
                kept.add(l);
                used = used.plus(cost);
            } else {
                stopped = true;
                omitted.add(l.part());
            }
        }
        Script script = new Script(locale, kept);
        return new BudgetedScript(script, omitted, rate.estimate(script), budget, conclusion.compareTo(budget) > 0);
    }

    /** Free text without its final punctuation, so templates can add their own. */
    private static String bare(FreeText text) {
        String s = text.value().strip();
        while (!s.isEmpty() && "。．.!！?？、,".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.isEmpty() ? text.value().strip() : s;
    }

    private String text(String key) {
        return texts.get("briefing." + key, locale);
    }

    private String fill(String key, Map<String, String> values) {
        return texts.format("briefing." + key, locale, values);
    }

    /** The operator's words, as typed, marked as theirs. */
    private String typed(String words) {
        return fill("free_text", Map.of("text", words));
    }

    private String decision(FreeText decision) {
        String d = bare(decision);
        String ending = text("decision.wish_ending");
        if (!ending.isEmpty() && d.endsWith(ending)) {
            return typed(d.substring(0, d.length() - ending.length()) + text("decision.wish_spoken"));
        }
        return typed(d);
    }

    private String join(List<FreeText> items, String separatorKey) {
        List<String> parts = new ArrayList<>(items.size());
        for (FreeText f : items) {
            parts.add(typed(bare(f)));
        }
        return String.join(text(separatorKey), parts);
    }

    private @Nullable String line(Briefing b, BriefingPart part) {
        FreeText concern = b.concern();
        var category = b.category();
        FreeText decision = b.decision();
        FreeText environment = b.environment();
        FreeText background = b.background();
        Temperature temperature = b.temperature();
        return switch (part) {
            case CONCERN -> concern == null ? null : fill("concern", Map.of("concern", typed(bare(concern))));
            case CATEGORY_AND_DECISION -> category == null || decision == null ? null
                    : fill("category_first", Map.of("category", texts.label(category, locale), "decision",
                            decision(decision)));
            case CUSTOMER_STATE -> temperature == null ? null : customerState(temperature, b.urgency());
            case ACTIONS_TAKEN -> b.actionsTaken().isEmpty() ? null
                    : fill("actions", Map.of("actions", join(b.actionsTaken(), "actions.separator")));
            case ENVIRONMENT -> environment == null ? null
                    : fill("environment", Map.of("environment", typed(bare(environment))));
            case BACKGROUND -> background == null ? null
                    : fill("background", Map.of("background", typed(bare(background))));
            case HISTORY -> b.history().isEmpty() ? null
                    : fill("history", Map.of("history", join(b.history(), "history.separator")));
        };
    }

    private String customerState(Temperature temperature, @Nullable Urgency u) {
        StringBuilder sb = new StringBuilder(text("temperature." + temperature.name()));
        if (u != null) {
            String gap = text("sentence.separator");
            if (u.inAHurry()) {
                sb.append(gap).append(text("urgency.hurry"));
            }
            var since = u.waitingSince();
            if (since != null) {
                sb.append(gap).append(fill("urgency.waiting",
                        Map.of("since", texts.date("briefing.date.pattern", locale, since.atZone(zone)))));
            }
            if (u.repeatContacts() > 0) {
                sb.append(gap).append(fill("urgency.repeat", Map.of("count", Integer.toString(u.repeatContacts() + 1))));
            }
            if (u.sameTroubleBefore()) {
                sb.append(gap).append(text("urgency.same_trouble"));
            }
        }
        return sb.toString();
    }

    /** Shows the language, zone and rate; never text. */
    @Override
    public String toString() {
        return "BriefingRenderer[" + locale + ", " + zone + ", " + rate + "]";
    }
}
