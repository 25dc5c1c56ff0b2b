package io.escalation.internal.validation;

import io.escalation.InvalidEscalationException;
import io.escalation.Violation;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Validates the canonical-constructor arguments of model records against their Jakarta
 * constraints, before the record exists, so no invalid instance can ever be observed.
 *
 * <p>The constraints are the records' Jakarta annotations, evaluated by {@link Constraints} without a
 * validation provider: nothing is bootstrapped, nothing is logged, and a rejected value is never
 * interpolated into a message. Hosts validate the same records with their own Jakarta validator
 * and get the same verdicts.
 */
public final class Checks {

    private static final Comparator<Violation> ORDER =
            Comparator.comparing(Violation::path).thenComparing(Violation::rule);

    private static final ClassValue<Constructor<?>> CANONICAL = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                return type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor on " + type.getName(), e);
            }
        }
    };

    /** Identifiers and codes (the model's {@code ModelLimits.CODE} is this constant). */
    public static final String CODE_REGEX = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

    /** Idempotency keys (the model's {@code ModelLimits.KEY} is this constant). */
    public static final String KEY_REGEX = "[A-Za-z0-9][A-Za-z0-9._:/+=-]{0,127}";

    /** A reason's rule: codes joined by {@code /} (the model's {@code Reason.RULE} is this constant). */
    public static final String RULE_REGEX = "[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}";

    /** The name of a reason's argument. */
    public static final String ARG_NAME_REGEX = "[a-z][A-Za-z0-9]{0,31}";

    /** Text: no control characters but tab, line feed and carriage return; no lone surrogates. */
    public static final String TEXT_CHARS_REGEX = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\p{Cs}]*";

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(CODE_REGEX);
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile(KEY_REGEX);
    private static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile(RULE_REGEX);
    private static final java.util.regex.Pattern ARG_NAME = java.util.regex.Pattern.compile(ARG_NAME_REGEX);

    private Checks() {}

    // Fast paths. Each is a sufficient condition for the matching Jakarta constraints to hold
    // (same semantics as Hibernate Validator's validators), so a constructor may skip Hibernate
    // Validator when it is true; when it is false, Hibernate Validator decides and reports.

    /**
     * Returns whether {@code value} satisfies {@code @NotNull @Pattern(regexp = ModelLimits.CODE)}.
     *
     * @param value the value
     * @return {@code true} when valid
     */
    public static boolean isCode(@Nullable String value) {
        return value != null && matches(value, 64, "._:-");
    }

    /**
     * Returns whether {@code value} satisfies {@code @NotNull @Pattern(regexp = ModelLimits.KEY)}.
     *
     * @param value the value
     * @return {@code true} when valid
     */
    public static boolean isKey(@Nullable String value) {
        return value != null && matches(value, 128, "._:/+=-");
    }

    /**
     * Returns whether {@code value} matches {@link #RULE_REGEX}, without a regex (a reason is made
     * on every routing decision).
     *
     * @param value the value
     * @return {@code true} when valid
     */
    public static boolean isRule(@Nullable String value) {
        return value != null && matches(value, 200, "._:/-");
    }

    /**
     * Returns whether {@code value} matches {@link #ARG_NAME_REGEX}, without a regex.
     *
     * @param value the value
     * @return {@code true} when valid
     */
    public static boolean isArgName(@Nullable String value) {
        return value != null && !value.isEmpty() && value.charAt(0) >= 'a' && value.charAt(0) <= 'z'
                && matches(value, 32, "");
    }

    /**
     * Whether {@code value} is an ASCII letter or digit followed by up to {@code max - 1} letters,
     * digits or {@code extra} characters: the code-like patterns without a regex (they run on every
     * id of every document and every reason of every decision).
     */
    private static boolean matches(String value, int max, String extra) {
        int n = value.length();
        if (n == 0 || n > max || !asciiAlnum(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = value.charAt(i);
            if (!asciiAlnum(c) && extra.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * Returns whether the regexes and the fast checks agree on {@code value}; for tests.
     *
     * @param value a value
     * @return {@code true} when both accept or both refuse it
     */
    static boolean sameVerdictAsPatterns(String value) {
        return CODE.matcher(value).matches() == isCode(value) && KEY.matcher(value).matches() == isKey(value)
                && RULE.matcher(value).matches() == isRule(value)
                && ARG_NAME.matcher(value).matches() == isArgName(value);
    }

    /**
     * Returns whether {@code value} satisfies {@code @NotBlank @Size(max = max)}.
     *
     * @param value the value
     * @param max the longest length
     * @return {@code true} when valid
     */
    public static boolean isText(@Nullable String value, int max) {
        return value != null && value.length() <= max && !value.isBlank() && plainChars(value);
    }

    /**
     * Returns whether {@code value} holds only characters {@link #TEXT_CHARS_REGEX} allows.
     *
     * @param value the text
     * @return {@code true} without control characters (but tab and line breaks) and lone surrogates
     */
    public static boolean plainChars(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c == 0x7F) {
                return false;
            }
        }
        return plainSurrogates(value);
    }

    /**
     * Returns whether every surrogate in {@code value} is part of a pair.
     *
     * @param value the text
     * @return {@code true} without lone surrogates
     */
    public static boolean plainSurrogates(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Returns whether {@code value} lies in the range of instants the model accepts
     * (1970-01-01 to the end of 9999, UTC).
     *
     * @param value the instant
     * @return {@code true} when present and in range
     */
    public static boolean isInstant(java.time.@Nullable Instant value) {
        return value != null && !value.isBefore(EARLIEST) && !value.isAfter(LATEST);
    }

    /** The earliest instant the model accepts. */
    public static final java.time.Instant EARLIEST = java.time.Instant.parse("1970-01-01T00:00:00Z");

    /** The latest instant the model accepts. */
    public static final java.time.Instant LATEST = java.time.Instant.parse("9999-12-31T23:59:59.999999999Z");

    /** The message of a broken instant range. */
    public static final String INSTANT_MESSAGE = "must lie between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z";

    /**
     * Returns whether no argument is {@code null}.
     *
     * @param values the values
     * @return {@code true} when all are present
     */
    public static boolean allPresent(@Nullable Object... values) {
        for (Object v : values) {
            if (v == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns whether a collection holds a null element, without calling {@code contains(null)}
     * (which immutable collections reject with an exception).
     *
     * @param values the collection
     * @return {@code true} if an element is null
     */
    public static boolean hasNull(java.util.Collection<?> values) {
        for (Object v : values) {
            if (v == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns whether {@code list} is present, has at most {@code max} elements and no null element.
     *
     * @param list the list
     * @param max the most elements
     * @return {@code true} when valid
     */
    public static boolean isList(java.util.@Nullable List<?> list, int max) {
        if (list == null || list.size() > max) {
            return false;
        }
        for (Object o : list) {
            if (o == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Starts checking the arguments of {@code type}'s canonical constructor.
     *
     * @param type the record being constructed
     * @param args the constructor arguments, in component order
     * @return a checker that already holds every Jakarta constraint violation
     */
    public static Checker of(Class<? extends Record> type, @Nullable Object... args) {
        return new Checker(type.getSimpleName()).constructor(type, args);
    }

    /**
     * Starts an empty checker for a builder that converts raw input before construction.
     *
     * @param type the type being built
     * @return an empty checker
     */
    public static Checker building(Class<?> type) {
        return new Checker(type.getSimpleName());
    }

    private static Checker runConstructor(Checker checker, Class<? extends Record> type, @Nullable Object[] args) {
        List<Violation> found = new ArrayList<>(2);
        Constraints.check(type, CANONICAL.get(type), args, found);
        for (Violation v : found) {
            if (!checker.rejectedPaths.contains(v.path())) { // else already reported by the conversion that left it empty
                checker.violations.add(v);
            }
        }
        return checker;
    }

    /**
     * Returns {@code value}, or throws an {@link InvalidEscalationException} naming {@code path}
     * (rule {@code NotNull}) when it is missing.
     *
     * @param <T> the value's type
     * @param type the type whose method got the argument
     * @param path the parameter's name
     * @param value the argument
     * @return the argument
     */
    public static <T> T present(Class<?> type, String path, @Nullable T value) {
        if (value == null) {
            building(type).require(false, path, "NotNull", "must not be null", null).done();
        }
        return value;
    }

    /**
     * Checks the arguments of {@code type}'s canonical constructor and throws if any is invalid.
     *
     * @param type the record being constructed
     * @param args the constructor arguments, in component order
     * @throws InvalidEscalationException listing every violation
     */
    public static void validate(Class<? extends Record> type, @Nullable Object... args) {
        of(type, args).done();
    }

    /** Collects violations for one record; add hand-written rules with {@link #require}. */
    public static final class Checker {
        private final String type;
        private final List<Violation> violations = new ArrayList<>(2);
        private final java.util.Set<String> rejectedPaths = new java.util.HashSet<>(2);

        Checker(String type) {
            this.type = type;
        }

        /**
         * Adds the Jakarta constraint violations of {@code type}'s canonical-constructor arguments.
         *
         * @param type the record
         * @param args the arguments, in component order
         * @return this checker
         */
        public Checker constructor(Class<? extends Record> type, @Nullable Object... args) {
            return runConstructor(this, type, args);
        }

        /**
         * Runs {@code factory}; if it rejects its input, records its violations under {@code path}.
         *
         * @param <T> the produced type
         * @param path where the produced value goes in the object being built
         * @param factory converts raw input into a model value
         * @return the value, or {@code null} when it was rejected
         */
        public <T> @Nullable T attempt(String path, java.util.function.Supplier<T> factory) {
            try {
                return factory.get();
            } catch (InvalidEscalationException e) {
                rejectedPaths.add(path);
                for (Violation v : e.violations()) {
                    violations.add(v.at(path));
                }
                return null;
            }
        }

        /**
         * Adds a violation unless {@code ok}.
         *
         * @param ok whether the rule holds
         * @param path field path of the rule
         * @param rule the rule's name
         * @param message what the rule demands, without the value
         * @param rejected the rejected value; only its kind is kept
         * @return this checker
         */
        public Checker require(boolean ok, String path, String rule, String message, @Nullable Object rejected) {
            if (!ok) {
                violations.add(new Violation(path, rule, message, Violation.kindOf(rejected)));
            }
            return this;
        }

        /**
         * Adds an {@code InstantRange} violation unless {@code value} is null (reported by the
         * constraints) or in the model's range.
         *
         * @param path the field path
         * @param value the instant
         * @return this checker
         */
        public Checker instant(String path, java.time.@Nullable Instant value) {
            return require(value == null || isInstant(value), path, "InstantRange", INSTANT_MESSAGE, value);
        }

        /**
         * Adds a {@code NotNull} or {@code DurationRange} violation unless {@code value} lies in
         * {@code [min, max]}.
         *
         * @param path the field path
         * @param value the duration
         * @param min the shortest accepted
         * @param max the longest accepted
         * @return this checker
         */
        public Checker duration(String path, java.time.@Nullable Duration value, java.time.Duration min,
                java.time.Duration max) {
            if (value == null) {
                return require(false, path, "NotNull", "must not be null", null);
            }
            return require(value.compareTo(min) >= 0 && value.compareTo(max) <= 0, path, "DurationRange",
                    "must be between " + min + " and " + max + ", but was " + value, value);
        }

        /**
         * Adds a {@code NotNull} violation for every null element of {@code list}.
         *
         * @param path the list's field path
         * @param list the list, possibly {@code null} (reported elsewhere)
         * @return this checker
         */
        public Checker noNullElements(String path, java.util.@Nullable List<?> list) {
            if (list != null) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) == null) {
                        violations.add(new Violation(path + "[" + i + "]", "NotNull", "must not be null", "null"));
                    }
                }
            }
            return this;
        }

        /**
         * Returns whether no violation was found so far, so later rules can rely on earlier ones.
         *
         * @return {@code true} when every rule so far holds
         */
        public boolean ok() {
            return violations.isEmpty();
        }

        /**
         * Throws if any rule was broken.
         *
         * @throws InvalidEscalationException listing every violation in path order
         */
        public void done() {
            if (!violations.isEmpty()) {
                violations.sort(ORDER);
                throw new InvalidEscalationException(type, violations);
            }
        }
    }
}
