package io.escalation.text;

import io.escalation.internal.validation.Checks;
import io.escalation.model.LocalizedText;
import io.escalation.model.Reason;
import io.escalation.model.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every text the SDK shows, per language: the names of built-in terms (temperatures, statuses,
 * request kinds, ...), the wording of reasons, briefings, handover sheets and callback promises.
 * Japanese and English are built in ({@code io/escalation/text/texts_ja.properties} and
 * {@code texts_en.properties}, UTF-8); a host adds a language or changes wording with
 * {@link #with(Locale, Map)}:
 *
 * <pre>{@code
 * Texts texts = Texts.standard()
 *         .with(Locale.CHINESE, Texts.read(getClass().getResourceAsStream("/texts_zh.properties")))
 *         .with(Locale.JAPANESE, Map.of("term.Temperature.UPSET", "お怒り"));
 * }</pre>
 *
 * <p>Every key a language gives is checked: it must be a key of the built-in texts, contain the
 * placeholders both built-in languages use for it (<code>{name}</code>; {@code {Name}} is the same
 * value capitalised) and none that neither uses, not be blank (unless the English wording may be empty), and a
 * {@code *.pattern} must be a {@link DateTimeFormatter} pattern. A language that leaves a key out
 * falls back to English for it. A reader's locale picks the language of its exact tag, else of
 * its language, else English. Placeholders are filled in one pass: values (an operator's words)
 * are inserted as they are and never read as placeholders. Immutable and thread-safe.
 */
public final class Texts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)\\}");
    private static final Locale FALLBACK = Locale.ENGLISH;

    private static final class BuiltIn {
        static final Map<String, String> JAPANESE = load("texts_ja.properties");
        static final Map<String, String> ENGLISH = load("texts_en.properties");
        /** Placeholders every built-in language uses for a key: each language must keep them. */
        static final Map<String, Set<String>> REQUIRED = new HashMap<>();
        /** Placeholders some built-in language uses for a key: no language may use others. */
        static final Map<String, Set<String>> ALLOWED = new HashMap<>();
        /** Keys whose wording may be empty in some language. */
        static final Set<String> MAY_BE_EMPTY = new TreeSet<>();

        static {
            for (Map.Entry<String, String> e : ENGLISH.entrySet()) {
                Set<String> english = placeholders(e.getValue());
                Set<String> japanese = placeholders(JAPANESE.getOrDefault(e.getKey(), ""));
                Set<String> both = new TreeSet<>(english);
                both.retainAll(japanese);
                Set<String> any = new TreeSet<>(english);
                any.addAll(japanese);
                REQUIRED.put(e.getKey(), both);
                ALLOWED.put(e.getKey(), any);
                if (e.getValue().isEmpty() || JAPANESE.getOrDefault(e.getKey(), "x").isEmpty()) {
                    MAY_BE_EMPTY.add(e.getKey());
                }
            }
            if (!JAPANESE.keySet().equals(ENGLISH.keySet())) {
                throw new IllegalStateException("the built-in Japanese and English texts name different keys");
            }
        }

        static final Texts STANDARD = new Texts(Map.of(Locale.JAPANESE, JAPANESE, Locale.ENGLISH, ENGLISH));

        private static Map<String, String> load(String resource) {
            try (InputStream in = Texts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing built-in texts " + resource);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read built-in texts " + resource, e);
            }
        }
    }

    private final Map<Locale, Map<String, String>> languages;
    private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

    private Texts(Map<Locale, Map<String, String>> languages) {
        Map<Locale, Map<String, String>> copy = new LinkedHashMap<>();
        languages.forEach((l, m) -> copy.put(l, Map.copyOf(m)));
        this.languages = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the built-in texts: Japanese and English.
     *
     * @return the shared instance
     */
    public static Texts standard() {
        return BuiltIn.STANDARD;
    }

    /**
     * Reads UTF-8 properties (a host's texts for a language) into a map.
     *
     * @param utf8Properties the stream, closed by the caller
     * @return key to text
     * @throws io.escalation.InvalidEscalationException if the stream is missing or unreadable
     */
    public static Map<String, String> read(InputStream utf8Properties) {
        Checks.present(Texts.class, "utf8Properties", utf8Properties);
        return read(new InputStreamReader(utf8Properties, StandardCharsets.UTF_8));
    }

    /**
     * Reads properties text (a host's texts for a language) into a map.
     *
     * @param reader the text, closed by the caller
     * @return key to text
     * @throws io.escalation.InvalidEscalationException if the reader is missing or unreadable
     */
    public static Map<String, String> read(Reader reader) {
        Checks.present(Texts.class, "reader", reader);
        Properties p = new Properties();
        try {
            p.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            Checks.building(Texts.class).require(false, "reader", "Readable",
                    "must be readable properties (" + e.getClass().getSimpleName() + ")", null).done();
        }
        Map<String, String> out = new TreeMap<>();
        for (String k : p.stringPropertyNames()) {
            out.put(k, p.getProperty(k));
        }
        return out;
    }

    /**
     * Returns these texts with a language added, or with some of a language's wording replaced.
     *
     * @param language the language, e.g. {@code Locale.CHINESE} or {@code Locale.forLanguageTag("th")}
     * @param texts key to text; keys left out keep the language's current wording (or English)
     * @return the new texts
     * @throws io.escalation.InvalidEscalationException listing every unknown key, missing or unknown
     *     placeholder, blank text and bad pattern, at paths {@code texts.<key>}
     */
    public Texts with(Locale language, Map<String, String> texts) {
        Checks.Checker check = Checks.building(Texts.class)
                .require(language != null, "language", "NotNull", "must not be null", null)
                .require(texts != null, "texts", "NotNull", "must not be null", null);
        check.done();
        Map<String, String> merged = new HashMap<>(languages.getOrDefault(language, Map.of()));
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String key = e.getKey();
            String text = e.getValue();
            String path = "texts." + (key == null ? "null"
                    : key.length() <= 80 && key.matches("[A-Za-z0-9._-]+") ? key : io.escalation.Violation.kindOf(key));
            if (key == null || !BuiltIn.ENGLISH.containsKey(key)) {
                check.require(false, path, "KnownKey", "is not a text key (see Texts.keys())", key);
                continue;
            }
            if (text == null) {
                check.require(false, path, "NotNull", "must not be null", null);
                continue;
            }
            checkText(check, key, path, text);
            merged.put(key, text);
        }
        check.done();
        Map<Locale, Map<String, String>> all = new LinkedHashMap<>(languages);
        all.put(language, merged);
        return new Texts(all);
    }

    /**
     * Returns these texts with a language added or changed from properties.
     *
     * @param language the language
     * @param texts the properties; only string keys and values are read
     * @return the new texts
     * @throws io.escalation.InvalidEscalationException as {@link #with(Locale, Map)}
     */
    public Texts with(Locale language, Properties texts) {
        Map<String, String> map = new HashMap<>();
        for (String key : Checks.present(Texts.class, "texts", texts).stringPropertyNames()) {
            map.put(key, texts.getProperty(key));
        }
        return with(language, map);
    }

    private static void checkText(Checks.Checker check, String key, String path, String text) {
        if (text.isBlank()) {
            check.require(BuiltIn.MAY_BE_EMPTY.contains(key) || key.endsWith(".separator") && !text.isEmpty(), path,
                    "NotBlank", "must not be blank", text);
            if (!BuiltIn.MAY_BE_EMPTY.contains(key)) {
                return;
            }
        }
        check.require(Checks.plainChars(text), path, "PlainText", "must not contain control characters", text);
        Set<String> allowed = BuiltIn.ALLOWED.get(key);
        Set<String> found = placeholders(text);
        for (String name : found) {
            check.require(allowed.contains(name), path, "KnownPlaceholder",
                    "may contain only " + names(allowed) + ", but contains {" + name + "}", text);
        }
        for (String name : BuiltIn.REQUIRED.get(key)) {
            check.require(found.contains(name), path, "RequiredPlaceholder",
                    "must contain {" + name + "} (or the text would lose it)", text);
        }
        if (key.endsWith(".pattern")) {
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

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String names(Set<String> names) {
        if (names.isEmpty()) {
            return "no placeholder";
        }
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            sb.append(sb.length() == 0 ? "" : ", ").append('{').append(n).append('}');
        }
        return sb.toString();
    }

    /**
     * Returns every key, e.g. {@code term.Temperature.UPSET} or {@code briefing.category_first}.
     *
     * @return the keys, sorted
     */
    public static Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(BuiltIn.ENGLISH.keySet()));
    }

    /**
     * Returns the languages these texts hold.
     *
     * @return the languages, built-in first
     */
    public Set<Locale> languages() {
        return languages.keySet();
    }

    /**
     * Returns the language a reader's locale is served in: its exact tag, else its language, else
     * English.
     *
     * @param locale the reader's locale
     * @return a language of {@link #languages()}
     */
    public Locale languageFor(Locale locale) {
        Checks.present(Texts.class, "locale", locale);
        if (languages.containsKey(locale)) {
            return locale;
        }
        for (Locale l : languages.keySet()) {
            if (l.getLanguage().equals(locale.getLanguage()) && l.getCountry().isEmpty()) {
                return l;
            }
        }
        for (Locale l : languages.keySet()) {
            if (l.getLanguage().equals(locale.getLanguage())) {
                return l;
            }
        }
        return FALLBACK;
    }

    /**
     * Returns a text in the reader's language (or English, when that language leaves the key out).
     *
     * @param key a key of {@link #keys()}
     * @param locale the reader's locale
     * @return the text
     * @throws io.escalation.InvalidEscalationException for an unknown key
     */
    public String get(String key, Locale locale) {
        String text = languages.getOrDefault(languageFor(locale), Map.of()).get(key);
        if (text == null) {
            text = BuiltIn.ENGLISH.get(key);
        }
        if (text == null) {
            Checks.building(Texts.class).require(false, "key", "KnownKey", "is not a text key", key).done();
        }
        return text;
    }

    /**
     * Returns whether a key exists.
     *
     * @param key a key
     * @return {@code true} for a key of {@link #keys()}
     */
    public static boolean has(String key) {
        return key != null && BuiltIn.ENGLISH.containsKey(key);
    }

    /**
     * Fills a text's placeholders in one pass; {@code {Name}} gets the value capitalised.
     *
     * @param key a key
     * @param locale the reader's locale
     * @param values placeholder name to value, inserted as they are
     * @return the text
     */
    public String format(String key, Locale locale, Map<String, String> values) {
        return fill(get(key, locale), Checks.present(Texts.class, "values", values));
    }

    /**
     * Fills placeholders in one pass: values are inserted as they are and never scanned again.
     *
     * @param template a text with <code>{name}</code> placeholders
     * @param values placeholder name to value
     * @return the filled text
     */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        int last = 0;
        while (m.find()) {
            String name = m.group(1);
            String value = values.get(name);
            boolean capital = false;
            if (value == null && Character.isUpperCase(name.charAt(0))) {
                value = values.get(Character.toLowerCase(name.charAt(0)) + name.substring(1));
                capital = true;
            }
            if (value != null) {
                out.append(template, last, m.start());
                out.append(capital && !value.isEmpty()
                        ? value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1) : value);
                last = m.end();
            }
        }
        return out.append(template, last, template.length()).toString();
    }

    /**
     * Returns how a built-in term is said, e.g. {@code ご立腹} for {@code Temperature.UPSET} in Japanese.
     *
     * @param constant a constant of the SDK's enums
     * @param locale the reader's locale
     * @return the term, or the constant's name when the SDK has no wording for it
     */
    public String term(Enum<?> constant, Locale locale) {
        Checks.present(Texts.class, "constant", constant);
        String key = "term." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        return has(key) ? get(key, locale) : constant.name();
    }

    /**
     * Returns how a term of the center's vocabulary is said: its label in the reader's language,
     * the built-in wording of a standard tier, else its code.
     *
     * @param term a category, department, skill or tier
     * @param locale the reader's locale
     * @return the words
     */
    public String label(Vocabulary term, Locale locale) {
        Checks.present(Texts.class, "term", term);
        LocalizedText label = term.label();
        if (label != null) {
            return label.in(locale);
        }
        String key = "term." + term.getClass().getSimpleName() + "." + term.code().toUpperCase(Locale.ROOT);
        return has(key) ? get(key, locale) : term.code();
    }

    /**
     * Returns a reason in the reader's language: the center's own wording when it has one, else
     * the wording {@code reason.<code>} (or {@code reason.<code>.<case>} when the reason has a
     * {@code case} argument; {@code reason.rule-applies} when it names a center's {@code rule})
     * filled with the arguments, terms and labels said in that language; a code without wording is
     * shown as it is.
     *
     * @param reason the reason
     * @param locale the reader's locale
     * @return the text
     */
    public String reason(Reason reason, Locale locale) {
        Checks.present(Texts.class, "reason", reason);
        if (reason.text() != null) {
            return reason.text().in(locale);
        }
        Reason.Arg variant = reason.args().get("case");
        String key = "reason." + reason.code();
        if (reason.args().containsKey("rule")) {
            key = "reason.rule-applies"; // a rule of a center's rule set without wording of its own
        } else if (variant != null && variant.value() != null && has(key + "." + variant.value())) {
            key = key + "." + variant.value();
        }
        if (!has(key)) {
            return reason.code();
        }
        Map<String, String> values = new HashMap<>();
        reason.args().forEach((name, arg) -> values.put(name, arg(arg, locale)));
        return fill(get(key, locale), values);
    }

    private String arg(Reason.Arg arg, Locale locale) {
        if (arg.value() != null) {
            return arg.value();
        }
        if (arg.label() != null) {
            return arg.label().in(locale);
        }
        String key = "term." + arg.term();
        return has(key) ? get(key, locale) : String.valueOf(arg.term());
    }

    /**
     * Returns the date formatter of a {@code *.pattern} key in the reader's language. A pattern with
     * an era ({@code G}) is formatted in the Japanese calendar for Japanese readers.
     *
     * @param key a key ending in {@code .pattern}
     * @param locale the reader's locale
     * @return the formatter
     */
    public DateTimeFormatter pattern(String key, Locale locale) {
        Locale language = languageFor(locale);
        return formatters.computeIfAbsent(language.toLanguageTag() + "|" + key, k -> {
            DateTimeFormatter f = DateTimeFormatter.ofPattern(get(key, language), language);
            return "ja".equals(language.getLanguage()) && get(key, language).contains("G")
                    ? f.withChronology(java.time.chrono.JapaneseChronology.INSTANCE) : f;
        });
    }

    /**
     * Formats a date-time with a {@code *.pattern} key; in the Japanese calendar the first year of
     * an era is written 元年 (令和元年5月1日), as it is said, never 令和1年.
     *
     * @param key a key ending in {@code .pattern}
     * @param locale the reader's locale
     * @param value the date-time
     * @return the text
     */
    public String date(String key, Locale locale, java.time.temporal.TemporalAccessor value) {
        Checks.present(Texts.class, "value", value);
        DateTimeFormatter f = pattern(key, locale);
        String text = f.format(value);
        if (f.getChronology() instanceof java.time.chrono.JapaneseChronology) {
            java.time.chrono.JapaneseDate date = java.time.chrono.JapaneseDate.from(value);
            if (date.get(java.time.temporal.ChronoField.YEAR_OF_ERA) == 1) {
                String era = date.getEra().getDisplayName(java.time.format.TextStyle.FULL, Locale.JAPANESE);
                text = text.replace(era + "1年", era + "元年");
            }
        }
        return text;
    }

    /** Shows the languages only. */
    @Override
    public String toString() {
        return "Texts" + languages.keySet().stream().map(Locale::toLanguageTag).toList();
    }
}
