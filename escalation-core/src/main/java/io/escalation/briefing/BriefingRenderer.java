package io.escalation.briefing;

import io.escalation.model.FreeText;
import io.escalation.model.Urgency;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Renders briefings as scripts in Japanese or English, from templates a center can override, in
 * the order a {@link BriefingPolicy} gives, optionally cut to a speaking-time budget. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Script script = BriefingRenderer.japanese().render(Briefing.from(escalation));
 * script.paragraph(); // "メールの設定に失敗する案件で、設定の見落としが無いか確認したくて。..."
 * }</pre>
 */
public final class BriefingRenderer {

    private final Locale locale;
    private final Map<String, String> templates;
    private final ZoneId zone;
    private final SpeakingRate rate;

    private BriefingRenderer(Locale locale, Map<String, String> templates, ZoneId zone, SpeakingRate rate) {
        this.locale = locale;
        this.templates = Map.copyOf(templates);
        this.zone = zone;
        this.rate = rate;
    }

    /**
     * Returns the Japanese renderer, with the built-in templates.
     *
     * @return the renderer
     */
    public static BriefingRenderer japanese() {
        return new BriefingRenderer(Locale.JAPANESE, load("briefing_ja.properties"), ZoneOffset.UTC,
                SpeakingRate.DEFAULT);
    }

    /**
     * Returns the English renderer, with the built-in templates.
     *
     * @return the renderer
     */
    public static BriefingRenderer english() {
        return new BriefingRenderer(Locale.ENGLISH, load("briefing_en.properties"), ZoneOffset.UTC, SpeakingRate.DEFAULT);
    }

    /**
     * Returns the renderer for a locale: Japanese for {@code ja}, English otherwise.
     *
     * @param locale the supervisor's language
     * @return the renderer
     */
    public static BriefingRenderer forLocale(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? japanese() : english();
    }

    private static Map<String, String> load(String name) {
        Properties p = new Properties();
        try (InputStream in = BriefingRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing template resource " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new HashMap<>();
        p.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    /**
     * Returns a renderer with some templates replaced (keys as in the built-in resources,
     * {@code io/escalation/briefing/briefing_ja.properties} and {@code briefing_en.properties}).
     *
     * @param overrides template key to text
     * @return the new renderer
     * @throws IllegalArgumentException for a key the renderer does not know
     */
    public BriefingRenderer withTemplates(Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>(templates);
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            if (!templates.containsKey(e.getKey())) {
                throw new IllegalArgumentException("unknown template key '" + e.getKey() + "'; known: "
                        + new java.util.TreeSet<>(templates.keySet()));
            }
            merged.put(e.getKey(), Objects.requireNonNull(e.getValue(), "template"));
        }
        return new BriefingRenderer(locale, merged, zone, rate);
    }

    /**
     * Returns a renderer that shows instants ("waiting since ...") in {@code zone}.
     *
     * @param value the zone, usually the center's
     * @return the new renderer
     */
    public BriefingRenderer withZone(ZoneId value) {
        return new BriefingRenderer(locale, templates, Objects.requireNonNull(value, "zone"), rate);
    }

    /**
     * Returns a renderer that estimates speaking time at another rate.
     *
     * @param value the rate
     * @return the new renderer
     */
    public BriefingRenderer withRate(SpeakingRate value) {
        return new BriefingRenderer(locale, templates, zone, Objects.requireNonNull(value, "rate"));
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
        List<Script.Line> lines = new ArrayList<>();
        for (BriefingPart part : policy.order()) {
            String text = line(briefing, part);
            if (text != null) {
                lines.add(new Script.Line(part, text));
            }
        }
        return new Script(locale, lines);
    }

    /**
     * Renders within a speaking-time budget: the conclusion always, then the other parts in the
     * policy's order while they fit (the first part that does not fit, and all after it, are left
     * out). When the customer's state comes first by policy it is kept only if it fits with the
     * conclusion.
     *
     * @param briefing the briefing
     * @param policy the site's ordering rule
     * @param budget the speaking time available
     * @return the cut script, what was left out, and the estimate
     */
    public BudgetedScript render(Briefing briefing, BriefingPolicy policy, Duration budget) {
        Script full = render(briefing, policy);
        Duration conclusion = Duration.ZERO;
        for (Script.Line l : full.lines()) {
            if (l.part().isConclusion()) {
                conclusion = conclusion.plus(rate.estimate(l.text(), isJapanese()));
            }
        }
        boolean over = conclusion.compareTo(budget) > 0;
        Duration used = conclusion;
        boolean stopped = false;
        List<Script.Line> kept = new ArrayList<>();
        List<BriefingPart> omitted = new ArrayList<>();
        for (Script.Line l : full.lines()) {
            if (l.part().isConclusion()) {
                kept.add(l);
                continue;
            }
            Duration cost = rate.estimate(l.text(), isJapanese());
            if (!stopped && used.plus(cost).compareTo(budget) <= 0) {
                kept.add(l);
                used = used.plus(cost);
            } else {
                stopped = true;
                omitted.add(l.part());
            }
        }
        Script script = new Script(locale, kept);
        return new BudgetedScript(script, omitted, rate.estimate(script), budget, over);
    }

    private boolean isJapanese() {
        return "ja".equals(locale.getLanguage());
    }

    private String t(String key) {
        String v = templates.get(key);
        if (v == null) {
            throw new IllegalStateException("template '" + key + "' is missing");
        }
        return v;
    }

    private static String fill(String template, String name, String value) {
        return template.replace("{" + name + "}", value);
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
        String ending = t("decision.wish_ending");
        if (!ending.isEmpty() && d.endsWith(ending)) {
            return d.substring(0, d.length() - ending.length()) + t("decision.wish_spoken");
        }
        return d;
    }

    private String join(List<FreeText> items, String separatorKey) {
        List<String> parts = new ArrayList<>();
        for (FreeText f : items) {
            parts.add(bare(f));
        }
        return String.join(t(separatorKey), parts);
    }

    private @org.jspecify.annotations.Nullable String line(Briefing b, BriefingPart part) {
        return switch (part) {
            case CONCERN -> b.concern() == null ? null : fill(t("concern"), "concern", bare(b.concern()));
            case CATEGORY_AND_DECISION -> b.category() == null || b.decision() == null ? null
                    : fill(fill(t("category_first"), "category", b.category().label()), "decision",
                            decision(b.decision()));
            case CUSTOMER_STATE -> b.temperature() == null ? null : customerState(b);
            case ACTIONS_TAKEN -> b.actionsTaken().isEmpty() ? null
                    : fill(t("actions"), "actions", join(b.actionsTaken(), "actions.separator"));
            case ENVIRONMENT -> b.environment() == null ? null
                    : fill(t("environment"), "environment", bare(b.environment()));
            case BACKGROUND -> b.background() == null ? null : fill(t("background"), "background", bare(b.background()));
            case HISTORY -> b.history().isEmpty() ? null
                    : fill(t("history"), "history", join(b.history(), "history.separator"));
        };
    }

    private String customerState(Briefing b) {
        StringBuilder sb = new StringBuilder(t("temperature." + Objects.requireNonNull(b.temperature()).name()));
        Urgency u = b.urgency();
        if (u != null) {
            List<String> extra = new ArrayList<>();
            if (u.inAHurry()) {
                extra.add(t("urgency.hurry"));
            }
            if (u.waitingSince() != null) {
                DateTimeFormatter f = DateTimeFormatter.ofPattern(t("date.format"), locale);
                extra.add(fill(t("urgency.waiting"), "since", f.format(u.waitingSince().atZone(zone))));
            }
            if (u.repeatContacts() > 0) {
                extra.add(fill(t("urgency.repeat"), "count", Integer.toString(u.repeatContacts() + 1)));
            }
            if (u.sameTroubleBefore()) {
                extra.add(t("urgency.same_trouble"));
            }
            for (String s : extra) {
                sb.append(isJapanese() ? "" : " ").append(s);
            }
        }
        return sb.toString();
    }
}
