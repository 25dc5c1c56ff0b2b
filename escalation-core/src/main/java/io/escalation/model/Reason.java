package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Why the SDK decided something (a routing decision, a deadline, a priority): a stable code for
 * machines and, for people, a message in no particular language. The reader's language is chosen
 * when it is shown: {@code Texts.reason(reason, locale)} fills the wording {@code reason.<code>}
 * of that language with the arguments (numbers, built-in terms, the center's labels), so a
 * decision made once reads in Japanese, English or any language a host adds. A center's own
 * reason (a rule set's {@code because}) brings its own {@link #text() wording} instead.
 *
 * <p>Reasons contain no personal data or operator free text; they are safe to log.
 *
 * @param code stable machine-readable code, e.g. {@code demanded-supervisor}
 * @param rule the rule or policy that produced it, e.g. {@code standard/demanded-supervisor}
 * @param args the message's arguments by placeholder name, sorted by name
 * @param text the center's own wording, or {@code null} for the built-in wording of the code
 */
public record Reason(
        @NotNull @Pattern(regexp = ModelLimits.CODE, message = ModelLimits.CODE_MESSAGE) String code,
        @NotNull @Pattern(regexp = RULE, message = RULE_MESSAGE) String rule,
        @NotNull Map<String, Arg> args,
        @Nullable LocalizedText text) {

    /** A rule's name: codes joined by {@code /}. */
    static final String RULE = Checks.RULE_REGEX;

    /** The message of a broken {@link #RULE}. */
    static final String RULE_MESSAGE = "must be 1-200 characters of letters, digits, '.', '_', ':', '/' or '-'";

    /**
     * One argument of a reason's message: a literal value (a number, an id), a built-in term
     * (shown in the reader's language) or a center's label. Exactly one part is present.
     *
     * @param value a literal, shown as it is
     * @param term a built-in term as {@code Type.CONSTANT}, e.g. {@code Temperature.UPSET}
     * @param label a center's label, e.g. a department's name per language
     */
    public record Arg(@Nullable String value, @Nullable String term, @Nullable LocalizedText label) {

        /**
         * Validates that exactly one part is present and the literal or term is short and plain.
         *
         * @throws io.escalation.InvalidEscalationException otherwise
         */
        public Arg {
            int present = (value == null ? 0 : 1) + (term == null ? 0 : 1) + (label == null ? 0 : 1);
            if (present != 1 || (value != null && !Checks.isText(value, ModelLimits.LABEL_MAX))
                    || (term != null && !TERM.matcher(term).matches())) {
                Checks.building(Arg.class)
                        .require(present == 1, "", "ExactlyOne", "needs exactly one of value, term and label", null)
                        .require(value == null || Checks.isText(value, ModelLimits.LABEL_MAX), "value", "Label",
                                "must be 1-" + ModelLimits.LABEL_MAX + " plain characters", value)
                        .require(term == null || TERM.matcher(term).matches(), "term", "Term",
                                "must name a built-in term as Type.CONSTANT", term)
                        .done();
            }
        }

        /**
         * Returns a literal argument.
         *
         * @param value the value, shown as it is
         * @return the argument
         */
        public static Arg of(Object value) {
            return new Arg(String.valueOf(value), null, null);
        }

        /**
         * Returns a built-in term, shown in the reader's language.
         *
         * @param constant e.g. {@code Temperature.UPSET}
         * @return the argument
         */
        public static Arg term(Enum<?> constant) {
            Checks.present(Arg.class, "constant", constant);
            return TERMS.get(constant.getDeclaringClass())[constant.ordinal()];
        }

        /** One argument per constant, made once: reasons name terms on every routing decision. */
        private static final ClassValue<Arg[]> TERMS = new ClassValue<>() {
            @Override
            protected Arg[] computeValue(Class<?> type) {
                Object[] constants = type.getEnumConstants();
                Arg[] out = new Arg[constants.length];
                for (int i = 0; i < constants.length; i++) {
                    out[i] = new Arg(null, type.getSimpleName() + "." + ((Enum<?>) constants[i]).name(), null);
                }
                return out;
            }
        };

        private static final java.util.regex.Pattern TERM = java.util.regex.Pattern.compile(
                "[A-Z][A-Za-z]*\\.[A-Z][A-Z0-9_]*");

        /**
         * Returns a term of the center's vocabulary: its label when it has one, else its code.
         *
         * @param term a category, department, skill or tier
         * @return the argument
         */
        public static Arg of(Vocabulary term) {
            Checks.present(Arg.class, "term", term);
            LocalizedText label = term.label();
            if (label == null && term instanceof Tier tier && STANDARD_TIERS.contains(tier.code())) {
                return new Arg(null, "Tier." + tier.code().toUpperCase(java.util.Locale.ROOT), null);
            }
            return label != null ? new Arg(null, null, label) : new Arg(term.code(), null, null);
        }

        private static final java.util.Set<String> STANDARD_TIERS = java.util.Set.of("operator", "veteran",
                "supervisor", "manager");
    }

    /**
     * Validates the reason and copies the arguments, sorted by name.
     *
     * @throws io.escalation.InvalidEscalationException if a part breaks its rule
     */
    public Reason {
        if (!Checks.isCode(code) || rule == null || !Checks.isRule(rule) || args == null || Checks.hasNull(args.values())
                || !argNames(args)) {
            Checks.Checker check = Checks.of(Reason.class, code, rule, args, text);
            if (args != null) {
                check.require(!Checks.hasNull(args.values()), "args", "NotNull", "must not hold null", null)
                        .require(argNames(args), "args", "Pattern", "names must be lower-camel identifiers", null);
            }
            check.done();
        }
        args = args.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(args));
    }

    private static boolean argNames(Map<String, Arg> args) {
        for (String k : args.keySet()) {
            if (!Checks.isArgName(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns a reason with the built-in wording of its code and no arguments.
     *
     * @param code stable code
     * @param rule the producing rule
     * @return the reason
     */
    public static Reason of(String code, String rule) {
        return new Reason(code, rule, Map.of(), null);
    }

    /**
     * Returns a reason with a center's own wording, e.g. a rule set's {@code because}.
     *
     * @param code stable code
     * @param rule the producing rule
     * @param text the wording per language
     * @return the reason
     */
    public static Reason of(String code, String rule, LocalizedText text) {
        return new Reason(code, rule, Map.of(), Checks.present(Reason.class, "text", text));
    }

    /**
     * Returns this reason with one more argument.
     *
     * @param name the placeholder's name, lower camel case
     * @param arg the argument
     * @return the new reason
     */
    public Reason with(String name, Arg arg) {
        Map<String, Arg> more = new TreeMap<>(args);
        more.put(name, arg);
        return new Reason(code, rule, more, text);
    }

    /**
     * Returns this reason with one more literal argument.
     *
     * @param name the placeholder's name
     * @param value the value
     * @return the new reason
     */
    public Reason with(String name, Object value) {
        return with(name, Arg.of(value));
    }

    /**
     * Shows the code, the rule and the arguments (no personal data by contract).
     *
     * @return e.g. {@code Reason[callback-overdue minutes=12 (callback/overdue)]}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Reason[").append(code);
        args.forEach((k, v) -> sb.append(' ').append(k).append('=')
                .append(v.value() != null ? v.value() : v.term() != null ? v.term() : v.label()));
        return sb.append(" (").append(rule).append(")]").toString();
    }
}
