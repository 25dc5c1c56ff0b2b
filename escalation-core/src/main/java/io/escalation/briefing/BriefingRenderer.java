package io.escalation.briefing;

import static io.escalation.internal.briefing.Present.present;

import io.escalation.internal.briefing.Templates;
import io.escalation.internal.validation.Checks;
import io.escalation.model.FreeText;
import io.escalation.model.Temperature;
import io.escalation.model.Urgency;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Renders briefings as scripts in Japanese or English, from templates a center can override, in
 * the order a {@link BriefingPolicy} gives, optionally cut to a speaking-time budget. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Script script = BriefingRenderer.japanese().render(Briefing.from(escalation));
 * script.paragraph(); // "メールの設定に失敗する案件で、設定の見落としが無いか確認したくて。..."
 * }</pre>
 *
 * <p>The built-in templates are the UTF-8 resources {@code io/escalation/briefing/briefing_ja.properties}
 * and {@code briefing_en.properties}. {@link #withTemplates(Map)} replaces any of them, and every
 * replacement is checked: an unknown key, a missing or unknown placeholder (a {@code category_first}
 * without <code>{decision}</code> would lose the conclusion), a blank text or a bad date pattern is
 * refused with an {@link io.escalation.InvalidEscalationException} listing each problem. Placeholders
 * are filled in one pass, so the operator's words are inserted as typed and never read as placeholders.
 */
public final class BriefingRenderer {

    private final Locale locale;
    private final Templates templates;
    private final ZoneId zone;
    private final SpeakingRate rate;

    private BriefingRenderer(Locale locale, Templates templates, ZoneId zone, SpeakingRate rate) {
        this.locale = locale;
        this.templates = templates;
        this.zone = zone;
        this.rate = rate;
    }

    /** The built-in templates, loaded and checked once. */
    private static final class BuiltIn {
        static final Templates JAPANESE = Templates.load(BriefingRenderer.class, "briefing_ja.properties",
                Locale.JAPANESE);
        static final Templates ENGLISH = Templates.load(BriefingRenderer.class, "briefing_en.properties",
                Locale.ENGLISH);
    }

    /**
     * Returns the Japanese renderer: built-in templates, instants shown in UTC, the default speaking rate.
     *
     * @return the renderer
     */
    public static BriefingRenderer japanese() {
        return new BriefingRenderer(Locale.JAPANESE, BuiltIn.JAPANESE, ZoneOffset.UTC, SpeakingRate.DEFAULT);
    }

    /**
     * Returns the English renderer: built-in templates, instants shown in UTC, the default speaking rate.
     *
     * @return the renderer
     */
    public static BriefingRenderer english() {
        return new BriefingRenderer(Locale.ENGLISH, BuiltIn.ENGLISH, ZoneOffset.UTC, SpeakingRate.DEFAULT);
    }

    /**
     * Returns the renderer for a locale: Japanese for {@code ja}, English otherwise.
     *
     * @param locale the supervisor's language
     * @return the renderer
     */
    public static BriefingRenderer forLocale(Locale locale) {
        return "ja".equals(present(BriefingRenderer.class, "locale", locale).getLanguage()) ? japanese() : english();
    }

    /**
     * Returns every template key a center can override, e.g. {@code category_first},
     * {@code temperature.FURIOUS} or {@code date.format}.
     *
     * @return the keys, in the order of the built-in resources
     */
    public static Set<String> templateKeys() {
        return Templates.keys();
    }

    /**
     * Returns a renderer with some templates replaced (keys as in the built-in resources; see
     * {@link #templateKeys()}).
     *
     * @param overrides template key to text
     * @return the new renderer
     * @throws io.escalation.InvalidEscalationException listing every unknown key, missing or unknown
     *     placeholder, blank text and bad date pattern, at paths {@code templates.<key>}
     */
    public BriefingRenderer withTemplates(Map<String, String> overrides) {
        return new BriefingRenderer(locale,
                templates.with(present(BriefingRenderer.class, "overrides", overrides), locale), zone, rate);
    }

    /**
     * Returns a renderer with the templates of a center's own properties replaced, e.g. a file the
     * host loaded with {@link Properties#load(java.io.Reader)} in UTF-8.
     *
     * @param overrides template key to text; only string keys and values are read
     * @return the new renderer
     * @throws io.escalation.InvalidEscalationException as {@link #withTemplates(Map)}
     */
    public BriefingRenderer withTemplates(Properties overrides) {
        Map<String, String> map = new HashMap<>();
        for (String key : present(BriefingRenderer.class, "overrides", overrides).stringPropertyNames()) {
            map.put(key, overrides.getProperty(key));
        }
        return withTemplates(map);
    }

    /**
     * Returns a renderer that shows instants ("waiting since ...") in {@code zone}.
     *
     * @param value the zone, usually the center's
     * @return the new renderer
     */
    public BriefingRenderer withZone(ZoneId value) {
        return new BriefingRenderer(locale, templates, present(BriefingRenderer.class, "zone", value), rate);
    }

    /**
     * Returns a renderer that estimates speaking time at another rate.
     *
     * @param value the rate
     * @return the new renderer
     */
    public BriefingRenderer withRate(SpeakingRate value) {
        return new BriefingRenderer(locale, templates, zone, present(BriefingRenderer.class, "rate", value));
    }

    /**
     * Returns the language of the scripts.
     *
     * @return {@link Locale#JAPANESE} or {@link Locale#ENGLISH}
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
        boolean japanese = isJapanese();
        Duration conclusion = Duration.ZERO;
        for (Script.Line l : full.lines()) {
            if (l.part().isConclusion()) {
                conclusion = conclusion.plus(rate.estimate(l.text(), japanese));
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
            Duration cost = rate.estimate(l.text(), japanese);
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

    private boolean isJapanese() {
        return "ja".equals(locale.getLanguage());
    }

    /** Free text without its final punctuation, so templates can add their own. */
    private static String bare(FreeText text) {
        String s = text.value().strip();
        while (!s.isEmpty() && "。．.!！?？、,".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.isEmpty() ? text.value().strip() : s;
    }

    private String decision(FreeText decision) {
        String d = bare(decision);
        String ending = templates.text("decision.wish_ending");
        if (!ending.isEmpty() && d.endsWith(ending)) {
            return d.substring(0, d.length() - ending.length()) + templates.text("decision.wish_spoken");
        }
        return d;
    }

    private String join(List<FreeText> items, String separatorKey) {
        List<String> parts = new ArrayList<>(items.size());
        for (FreeText f : items) {
            parts.add(bare(f));
        }
        return String.join(templates.text(separatorKey), parts);
    }

    private @Nullable String line(Briefing b, BriefingPart part) {
        FreeText concern = b.concern();
        var category = b.category();
        FreeText decision = b.decision();
        FreeText environment = b.environment();
        FreeText background = b.background();
        Temperature temperature = b.temperature();
        return switch (part) {
            case CONCERN -> concern == null ? null : templates.fill("concern", "concern", bare(concern));
            case CATEGORY_AND_DECISION -> category == null || decision == null ? null
                    : templates.fill("category_first", Map.of("category", category.label(), "decision",
                            decision(decision)));
            case CUSTOMER_STATE -> temperature == null ? null : customerState(temperature, b.urgency());
            case ACTIONS_TAKEN -> b.actionsTaken().isEmpty() ? null
                    : templates.fill("actions", "actions", join(b.actionsTaken(), "actions.separator"));
            case ENVIRONMENT -> environment == null ? null
                    : templates.fill("environment", "environment", bare(environment));
            case BACKGROUND -> background == null ? null : templates.fill("background", "background", bare(background));
            case HISTORY -> b.history().isEmpty() ? null
                    : templates.fill("history", "history", join(b.history(), "history.separator"));
        };
    }

    private String customerState(Temperature temperature, @Nullable Urgency u) {
        StringBuilder sb = new StringBuilder(templates.text("temperature." + temperature.name()));
        if (u != null) {
            String gap = isJapanese() ? "" : " ";
            if (u.inAHurry()) {
                sb.append(gap).append(templates.text("urgency.hurry"));
            }
            var since = u.waitingSince();
            if (since != null) {
                sb.append(gap).append(templates.fill("urgency.waiting", "since",
                        templates.dateFormat().format(since.atZone(zone))));
            }
            if (u.repeatContacts() > 0) {
                sb.append(gap).append(templates.fill("urgency.repeat", "count",
                        Integer.toString(u.repeatContacts() + 1)));
            }
            if (u.sameTroubleBefore()) {
                sb.append(gap).append(templates.text("urgency.same_trouble"));
            }
        }
        return sb.toString();
    }

    /** Shows the language, zone and rate; never templates or text. */
    @Override
    public String toString() {
        return "BriefingRenderer[" + locale + ", " + zone + ", " + rate + "]";
    }
}
