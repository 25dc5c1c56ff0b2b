package io.escalation.internal.briefing;

import io.escalation.internal.validation.Checks;
import io.escalation.model.Temperature;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An immutable set of briefing templates: every key the renderer uses, each with the placeholders
 * it must contain and may contain. Overrides are checked against those rules, so a center cannot
 * drop the conclusion by mistake (a {@code category_first} without {@code {decision}} is refused).
 *
 * <p>Placeholders are filled in one pass: a value is never scanned for placeholders again, so
 * an operator's text containing {@code {decision}} stays as typed.
 */
public final class Templates {

    /** How a placeholder looks: {@code {name}} with a lower-case name. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)\\}");

    /** Every key, with the placeholders it must contain (all of them) and may contain (no others). */
    private static final Map<String, Set<String>> KEYS;

    /** Keys whose text may be empty (a language without the wish inflection leaves them empty). */
    private static final Set<String> MAY_BE_EMPTY = Set.of("decision.wish_ending", "decision.wish_spoken");

    /** The key holding a {@link DateTimeFormatter} pattern. */
    public static final String DATE_FORMAT = "date.format";

    static {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        keys.put("category_first", Set.of("category", "decision"));
        keys.put("concern", Set.of("concern"));
        keys.put("decision.wish_ending", Set.of());
        keys.put("decision.wish_spoken", Set.of());
        for (Temperature t : Temperature.values()) {
            keys.put("temperature." + t.name(), Set.of());
        }
        keys.put("urgency.hurry", Set.of());
        keys.put("urgency.waiting", Set.of("since"));
        keys.put("urgency.repeat", Set.of("count"));
        keys.put("urgency.same_trouble", Set.of());
        keys.put("actions", Set.of("actions"));
        keys.put("actions.separator", Set.of());
        keys.put("environment", Set.of("environment"));
        keys.put("background", Set.of("background"));
        keys.put("history", Set.of("history"));
        keys.put("history.separator", Set.of());
        keys.put(DATE_FORMAT, Set.of());
        KEYS = java.util.Collections.unmodifiableMap(keys);
    }

    private final Map<String, String> texts;
    private final DateTimeFormatter dateFormat;

    private Templates(Map<String, String> texts, Locale locale) {
        this.texts = Map.copyOf(texts);
        this.dateFormat = DateTimeFormatter.ofPattern(texts.get(DATE_FORMAT), locale);
    }

    /**
     * Returns every template key, in a stable order.
     *
     * @return the keys
     */
    public static Set<String> keys() {
        return KEYS.keySet();
    }

    /**
     * Loads and checks a built-in template resource (UTF-8 properties next to this class's API).
     *
     * @param anchor a class in the package holding the resource
     * @param resource the resource name
     * @param locale the language, for dates
     * @return the templates
     * @throws IllegalStateException if the resource is missing or breaks the template rules (a build error)
     */
    public static Templates load(Class<?> anchor, String resource, Locale locale) {
        Properties p = new Properties();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing template resource " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template resource " + resource, e);
        }
        Map<String, String> texts = new HashMap<>();
        p.forEach((k, v) -> texts.put((String) k, (String) v));
        Checks.Checker check = Checks.building(Templates.class);
        for (String key : KEYS.keySet()) {
            check.require(texts.containsKey(key), "templates." + key, "Present", "the resource must define it", null);
        }
        for (String key : texts.keySet()) {
            check.require(KEYS.containsKey(key), "templates." + key, "KnownKey", "is not a template key", key);
        }
        texts.forEach((key, text) -> checkText(check, key, text));
        try {
            check.done();
        } catch (RuntimeException e) {
            throw new IllegalStateException("built-in template resource " + resource + " is broken: " + e.getMessage(), e);
        }
        return new Templates(texts, locale);
    }

    /**
     * Returns these templates with some replaced, after checking every replacement.
     *
     * @param overrides template key to text
     * @param locale the language, for dates
     * @return the new templates
     * @throws io.escalation.InvalidEscalationException listing every unknown key, missing or unknown
     *     placeholder, blank text and bad date pattern (path {@code templates.<key>})
     */
    public Templates with(Map<String, String> overrides, Locale locale) {
        Checks.Checker check = Checks.building(Templates.class);
        Map<String, String> merged = new HashMap<>(texts);
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            String key = e.getKey();
            String text = e.getValue();
            if (key == null || !KEYS.containsKey(key)) {
                check.require(false, "templates." + key, "KnownKey",
                        "is not a template key; known keys: " + new TreeSet<>(KEYS.keySet()), key);
                continue;
            }
            if (text == null) {
                check.require(false, "templates." + key, "NotNull", "must not be null", null);
                continue;
            }
            checkText(check, key, text);
            merged.put(key, text);
        }
        check.done();
        return new Templates(merged, locale);
    }

    private static void checkText(Checks.Checker check, String key, String text) {
        String path = "templates." + key;
        Set<String> allowed = KEYS.get(key);
        if (allowed == null) {
            return; // reported as an unknown key
        }
        if (text.isEmpty()) {
            check.require(MAY_BE_EMPTY.contains(key), path, "NotEmpty", "must not be empty", text);
            return;
        }
        if (!MAY_BE_EMPTY.contains(key) && !key.endsWith(".separator")) {
            check.require(!text.isBlank(), path, "NotBlank", "must not be blank", text);
        }
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        for (String name : found) {
            check.require(allowed.contains(name), path, "KnownPlaceholder",
                    "may contain only " + placeholders(allowed) + ", but contains {" + name + "}", text);
        }
        for (String name : new TreeSet<>(allowed)) {
            check.require(found.contains(name), path, "RequiredPlaceholder",
                    "must contain {" + name + "} (or the briefing would lose it)", text);
        }
        if (DATE_FORMAT.equals(key)) {
            boolean ok;
            try {
                DateTimeFormatter.ofPattern(text);
                ok = true;
            } catch (IllegalArgumentException e) {
                ok = false;
            }
            check.require(ok, path, "DatePattern", "must be a java.time DateTimeFormatter pattern", text);
        }
    }

    private static String placeholders(Set<String> names) {
        if (names.isEmpty()) {
            return "no placeholder";
        }
        StringBuilder sb = new StringBuilder();
        for (String n : new TreeSet<>(names)) {
            sb.append(sb.length() == 0 ? "" : ", ").append('{').append(n).append('}');
        }
        return sb.toString();
    }

    /**
     * Returns a template's text.
     *
     * @param key the key
     * @return the text
     * @throws IllegalArgumentException for an unknown key (a programming error in the renderer)
     */
    public String text(String key) {
        String t = texts.get(key);
        if (t == null) {
            throw new IllegalArgumentException("unknown template key " + key);
        }
        return t;
    }

    /**
     * Returns the formatter for instants shown in a briefing.
     *
     * @return the formatter, in the templates' language
     */
    public DateTimeFormatter dateFormat() {
        return dateFormat;
    }

    /**
     * Fills a template with one value.
     *
     * @param key the key
     * @param name the placeholder's name
     * @param value its value, inserted as is
     * @return the text
     */
    public String fill(String key, String name, String value) {
        return fill(key, Map.of(name, value));
    }

    /**
     * Fills a template in one pass: values are inserted as is and never scanned again.
     *
     * @param key the key
     * @param values placeholder name to value
     * @return the text
     */
    public String fill(String key, Map<String, String> values) {
        String template = text(key);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        int last = 0;
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value != null) {
                out.append(template, last, m.start()).append(value);
                last = m.end();
            }
        }
        return out.append(template, last, template.length()).toString();
    }

    /** Shows the number of templates only. */
    @Override
    public String toString() {
        return "Templates[" + texts.size() + " keys]";
    }
}
