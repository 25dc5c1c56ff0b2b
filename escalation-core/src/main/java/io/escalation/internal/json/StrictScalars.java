package io.escalation.internal.json;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Readers for the scalar types the model writes as strings. Each accepts exactly the form the
 * writer produces and nothing else: a JSON string (never a number, an array or an object), in its
 * canonical form (no surrounding spaces, no other offset than {@code Z}, no other unit split), so
 * that no two documents mean the same value and no gateway can read a value differently.
 */
public final class StrictScalars {

    private StrictScalars() {}

    /** A scalar read from its canonical string form; anything else is a format error. */
    static class Canonical<T> extends StdScalarDeserializer<T> {
        private final Class<T> type;
        private final Function<String, T> parse;
        private final Function<T, String> print;
        private final String form;

        Canonical(Class<T> type, Function<String, T> parse, Function<T, String> print, String form) {
            super(type);
            this.type = type;
            this.parse = parse;
            this.print = print;
            this.form = form;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                @SuppressWarnings("unchecked")
                T unexpected = (T) ctxt.handleUnexpectedToken(type, p);
                return unexpected;
            }
            String text = p.getString();
            T value;
            try {
                value = parse.apply(text);
            } catch (DateTimeException | IllegalArgumentException | IllformedLocaleException e) {
                value = null;
            }
            if (value == null || !canonical(value, text)) {
                @SuppressWarnings("unchecked")
                T weird = (T) ctxt.handleWeirdStringValue(type, text, "expected " + form);
                return weird;
            }
            return value;
        }

        boolean canonical(T value, String text) {
            return print.apply(value).equals(text);
        }
    }

    static Canonical<Instant> instants() {
        return new Canonical<>(Instant.class, StrictScalars::parseInstant, Instant::toString,
                "an ISO-8601 instant in UTC, e.g. 2026-11-24T01:30:00Z") {
            @Override
            boolean canonical(Instant value, String text) {
                // the fast path accepts canonical text only; the rest is compared with the writer's form
                return fourDigitYear(text) || super.canonical(value, text);
            }
        };
    }

    static Canonical<Duration> durations() {
        return new Canonical<>(Duration.class, Duration::parse, Duration::toString,
                "an ISO-8601 duration as written, e.g. PT8M");
    }

    static Canonical<LocalTime> localTimes() {
        return new Canonical<>(LocalTime.class, s -> localTimeShape(s) ? LocalTime.parse(s) : null,
                t -> t.getSecond() == 0 ? t.toString().substring(0, 5) : t.toString(), "a local time HH:mm or HH:mm:ss")
                {
                    @Override
                    boolean canonical(LocalTime value, String text) {
                        return true; // both HH:mm and HH:mm:ss name one time; the pattern refused the rest
                    }
                };
    }

    /** Whether the text is {@code dd:dd} or {@code dd:dd:dd} with ASCII digits. */
    static boolean localTimeShape(String s) {
        int n = s.length();
        if (n != 5 && n != 8) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ok = i % 3 == 2 ? c == ':' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean fourDigitYear(String text) {
        return text.length() > 4 && digit(text.charAt(0)) >= 0 && text.charAt(4) == '-';
    }

    /**
     * Reads an instant. Text with a four-digit year (every instant from year 0 to 9999) is read by
     * hand and only in the form {@link Instant#toString()} writes: {@code yyyy-MM-ddTHH:mm:ssZ}, with
     * an optional fraction of 3, 6 or 9 digits whose last group is not {@code 000}; anything else
     * with a four-digit year is refused (returns {@code null}). Other text (signed or longer years)
     * goes to {@link Instant#parse} and is then compared with the writer's form.
     *
     * @param s the text
     * @return the instant, or {@code null} when the text is not a canonical instant
     */
    static Instant parseInstant(String s) {
        if (!fourDigitYear(s)) {
            return Instant.parse(s);
        }
        int n = s.length();
        if (n < 20 || s.charAt(n - 1) != 'Z' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = number(s, 0, 4);
        int month = number(s, 5, 2);
        int day = number(s, 8, 2);
        int hour = number(s, 11, 2);
        int minute = number(s, 14, 2);
        int second = number(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (n != 20) {
            int digits = n - 21;
            if (s.charAt(19) != '.' || (digits != 3 && digits != 6 && digits != 9)
                    || s.startsWith("000", n - 4)) {
                return null;
            }
            int fraction = number(s, 20, digits);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction * (digits == 3 ? 1_000_000 : digits == 6 ? 1_000 : 1);
        }
        long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay(); // DateTimeException: no such day
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
    }

    /** The decimal number of ASCII digits at {@code s[from, from + length)}, or -1. */
    private static int number(String s, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            int d = digit(s.charAt(i));
            if (d < 0) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static int digit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    /** Writes a local time as {@code HH:mm}, or {@code HH:mm:ss} when it has seconds. */
    public static final class LocalTimeWriter extends tools.jackson.databind.ser.std.StdScalarSerializer<LocalTime> {
        /** Creates the writer. */
        public LocalTimeWriter() {
            super(LocalTime.class);
        }

        @Override
        public void serialize(LocalTime value, tools.jackson.core.JsonGenerator gen,
                tools.jackson.databind.SerializationContext ctxt) {
            gen.writeString(value.getSecond() == 0 && value.getNano() == 0 ? value.toString().substring(0, 5)
                    : value.withNano(0).toString());
        }
    }

    static Canonical<ZoneId> zones() {
        return new Canonical<>(ZoneId.class, s -> s.length() > 64 ? null : ZoneId.of(s), ZoneId::getId,
                "a time-zone id, e.g. Asia/Tokyo");
    }

    static Canonical<Locale> locales() {
        return new Canonical<>(Locale.class,
                s -> s.isEmpty() || s.length() > 64 ? null : new Locale.Builder().setLanguageTag(s).build(),
                Locale::toLanguageTag, "a well-formed BCP 47 language tag, e.g. ja-JP");
    }

    /** Reads the SDK's enums by their exact constant name: no trimming, no case folding, no numbers. */
    static final class StrictEnum<E extends Enum<E>> extends StdScalarDeserializer<E> {
        private final Class<E> type;
        private final java.util.Map<String, E> byName = new java.util.HashMap<>();

        StrictEnum(Class<E> type) {
            super(type);
            this.type = type;
            for (E constant : type.getEnumConstants()) {
                byName.put(constant.name(), constant);
            }
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                @SuppressWarnings("unchecked")
                E unexpected = (E) ctxt.handleUnexpectedToken(type, p);
                return unexpected;
            }
            E value = byName.get(p.getString());
            if (value == null) {
                @SuppressWarnings("unchecked")
                E weird = (E) ctxt.handleWeirdStringValue(type, p.getString(), "expected one of " + byName.keySet());
                return weird;
            }
            return value;
        }
    }

    /** The module's deserializers: the strict scalars, the event envelope, and exact names for our enums. */
    static final class Lookup extends tools.jackson.databind.module.SimpleDeserializers {
        private static final long serialVersionUID = 1L;

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public tools.jackson.databind.ValueDeserializer<?> findEnumDeserializer(tools.jackson.databind.JavaType type,
                tools.jackson.databind.DeserializationConfig config,
                tools.jackson.databind.BeanDescription.Supplier beanDescRef) {
            Class<?> raw = type.getRawClass();
            if (raw.getName().startsWith("io.escalation.")) {
                return new StrictEnum(raw);
            }
            return super.findEnumDeserializer(type, config, beanDescRef);
        }
    }
}
