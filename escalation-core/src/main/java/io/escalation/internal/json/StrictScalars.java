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
        return new Canonical<>(Instant.class, Instant::parse, Instant::toString,
                "an ISO-8601 instant in UTC, e.g. 2026-11-24T01:30:00Z");
    }

    static Canonical<Duration> durations() {
        return new Canonical<>(Duration.class, Duration::parse, Duration::toString,
                "an ISO-8601 duration as written, e.g. PT8M");
    }

    static Canonical<LocalTime> localTimes() {
        return new Canonical<>(LocalTime.class, s -> s.matches("\\d\\d:\\d\\d(:\\d\\d)?") ? LocalTime.parse(s) : null,
                t -> t.getSecond() == 0 ? t.toString().substring(0, 5) : t.toString(), "a local time HH:mm or HH:mm:ss")
                {
                    @Override
                    boolean canonical(LocalTime value, String text) {
                        return true; // both HH:mm and HH:mm:ss name one time; the pattern refused the rest
                    }
                };
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
