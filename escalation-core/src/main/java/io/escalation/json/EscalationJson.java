package io.escalation.json;

import io.escalation.InvalidEscalationException;
import io.escalation.Violation;
import io.escalation.internal.json.ModelModule;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.model.Escalation;
import io.escalation.internal.validation.Checks;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes the escalation model as JSON.
 *
 * <p>Two ways in:
 * <ul>
 *   <li>{@link #create()} gives a strict, ready reader/writer: ISO-8601 instants and durations,
 *       stable lowerCamel field names (the record components), enums by name, absent fields for
 *       absent values; unknown fields, wrong types, documents over 1 MiB or nested deeper than 64
 *       fail with an {@link EscalationJsonException} naming the JSON path.</li>
 *   <li>{@link #module()} gives the Jackson 3 module alone, for a host that configures its own
 *       {@code JsonMapper}; the model carries no Jackson annotation.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * EscalationJson json = EscalationJson.create();
 * String text = json.write(escalation);
 * Escalation back = json.read(text, Escalation.class);
 * }</pre>
 */
public final class EscalationJson {

    /** The largest document accepted, in bytes of UTF-8: 1 MiB. */
    public static final int MAX_DOCUMENT_BYTES = 1 << 20;

    /** The deepest nesting of arrays and objects accepted. */
    public static final int MAX_NESTING_DEPTH = 64;

    /** The most digits a number may have; no field needs more. */
    public static final int MAX_NUMBER_LENGTH = 100;

    private static final EscalationJson DEFAULT = new EscalationJson();

    private final JsonMapper mapper;

    /**
     * The second-pass reader per type, made once: the first pass already refused duplicate keys, so
     * this one does not look again. An {@code ObjectReader} prefetches and contextualises its root
     * deserializer when it is made, which is not work to repeat on every read.
     */
    private final ClassValue<ObjectReader> binders = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return mapper.readerFor(type).without(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        }
    };

    private EscalationJson() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxDocumentLength(MAX_DOCUMENT_BYTES)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .addModule(module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(tools.jackson.databind.cfg.EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Enum, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .build();
    }

    /**
     * Returns the strict reader/writer.
     *
     * @return a shared, thread-safe instance
     */
    public static EscalationJson create() {
        return DEFAULT;
    }

    /**
     * Returns the Jackson 3 module that maps the model, for a host's own {@code JsonMapper}.
     * Hosts that want the limits of {@link #create()} configure them on their mapper.
     *
     * @return a new module instance
     */
    public static JacksonModule module() {
        return new ModelModule();
    }

    /**
     * Writes any model value as JSON.
     *
     * @param value an escalation or one of its parts
     * @return the JSON text
     */
    public String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    /**
     * Reads an escalation.
     *
     * @param json the JSON text
     * @return the escalation, valid
     * @throws EscalationJsonException if the text is not a valid escalation
     */
    public Escalation readEscalation(String json) {
        return read(json, Escalation.class);
    }

    /**
     * Reads an event of an escalation's history, as {@link #write(Object)} writes it: a flat
     * envelope ({@code schema}, {@code eventId}, {@code tenant}, {@code escalationId},
     * {@code version}, {@code at}, {@code actor}, {@code type}) and the {@code change} under its type
     * name ({@link io.escalation.lifecycle.Action#jsonName()}). Stores and outbox consumers read
     * events with exactly this.
     *
     * @param json the JSON text
     * @return the event, valid
     * @throws EscalationJsonException if the text is not a valid event
     */
    public EscalationEvent readEvent(String json) {
        return read(json, EscalationEvent.class);
    }

    /**
     * Reads a model value of the given type.
     *
     * @param <T> the type
     * @param json the JSON text
     * @param type an escalation or one of its parts
     * @return the value, valid
     * @throws EscalationJsonException if the text is not a valid value of {@code type}
     */
    public <T> T read(String json, Class<T> type) {
        if (json == null || type == null) {
            throw new EscalationJsonException(EscalationJsonException.Problem.TRUNCATED, "$",
                    json == null ? "the document is null" : "the type to read is null", List.of());
        }
        if (json.length() > MAX_DOCUMENT_BYTES
                || (json.length() > MAX_DOCUMENT_BYTES / 3 && utf8Length(json) > MAX_DOCUMENT_BYTES)) {
            throw tooLarge();
        }
        if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
            throw new EscalationJsonException(EscalationJsonException.Problem.INVALID_ENCODING, "$",
                    "the document starts with a byte-order mark", List.of());
        }
        return bind(json, type);
    }

    /**
     * Reads a model value of the given type from UTF-8 bytes. Bytes that are not UTF-8 (or start
     * with a byte-order mark) are refused, never decoded with replacement characters.
     *
     * @param <T> the type
     * @param json the JSON document as UTF-8
     * @param type an escalation or one of its parts
     * @return the value, valid
     * @throws EscalationJsonException if the bytes are not a valid value of {@code type}
     */
    public <T> T read(byte[] json, Class<T> type) {
        if (json == null) {
            return read((String) null, type);
        }
        if (json.length > MAX_DOCUMENT_BYTES) {
            throw tooLarge();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(json)).toString();
        } catch (CharacterCodingException e) {
            throw new EscalationJsonException(EscalationJsonException.Problem.INVALID_ENCODING, "$",
                    "the bytes are not UTF-8", List.of());
        }
        return read(text, type);
    }

    private <T> T bind(String json, Class<T> type) {
        // First pass: the token stream alone, so syntax, size, depth, duplicate and encoding problems
        // are reported as such even where binding would have stopped earlier at a type mismatch.
        // Strings are read in it only to find where a lone surrogate is, when the text has one.
        boolean loneSurrogate = !surrogatesPaired(json);
        try (JsonParser parser = mapper.createParser(json)) {
            try {
                if (parser.nextToken() == null) {
                    throw new EscalationJsonException(EscalationJsonException.Problem.TRUNCATED, "$",
                            "the document is empty", List.of());
                }
                do {
                    JsonToken token = parser.currentToken();
                    if (parser.streamReadContext().inRoot() && (token.isStructEnd() || token.isScalarValue())
                            && parser.nextToken() != null) {
                        throw new EscalationJsonException(EscalationJsonException.Problem.MALFORMED, "$",
                                "content follows the document", List.of());
                    }
                    token = parser.currentToken();
                    if (token == null) {
                        break;
                    }
                    if (loneSurrogate && (token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME)
                            && !Checks.plainSurrogates(parser.getString())) {
                        throw new EscalationJsonException(EscalationJsonException.Problem.INVALID_ENCODING,
                                pathOf(parser), "a string holds a lone surrogate", List.of());
                    }
                } while (parser.nextToken() != null);
            } catch (JacksonException e) {
                throw translate(e, pathOf(parser));
            }
        }
        if (loneSurrogate) {
            // a lone surrogate the token pass did not place in a string
            throw new EscalationJsonException(EscalationJsonException.Problem.INVALID_ENCODING, "$",
                    "a string holds a lone surrogate", List.of());
        }
        try {
            // the first pass found no duplicate key: the second need not look again
            T value = binders.get(type).readValue(json);
            if (value == null) {
                throw new EscalationJsonException(EscalationJsonException.Problem.WRONG_TYPE, "$",
                        "expected " + type.getSimpleName() + ", not null", List.of());
            }
            return value;
        } catch (JacksonException e) {
            throw translate(e, null);
        } catch (InvalidEscalationException e) {
            throw invalidAt("$", e);
        }
    }

    /**
     * Returns whether every surrogate in the JSON text is paired, counting both raw characters and
     * {@code \\uXXXX} escapes (as the parser will decode them), without making strings.
     */
    static boolean surrogatesPaired(String json) {
        boolean pendingHigh = false;
        for (int i = 0, n = json.length(); i < n; i++) {
            char c = json.charAt(i);
            int unit = -1;
            if (c == '\\' && i + 1 < n) {
                if (json.charAt(i + 1) == 'u' && i + 5 < n) {
                    int v = hex4(json, i + 2);
                    if (v >= 0) {
                        unit = v;
                        i += 5;
                    } else {
                        i++;
                    }
                } else {
                    i++;   // an escaped character: never a surrogate
                    unit = 0;
                }
            } else {
                unit = c;
            }
            boolean high = unit >= 0xD800 && unit <= 0xDBFF;
            boolean low = unit >= 0xDC00 && unit <= 0xDFFF;
            if (pendingHigh && !low) {
                return false;
            }
            if (!pendingHigh && low) {
                return false;
            }
            pendingHigh = high;
        }
        return !pendingHigh;
    }

    private static int hex4(String s, int from) {
        int v = 0;
        for (int i = from; i < from + 4; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    /** The path of the parser's current position, with field names shown only when they look like identifiers. */
    private static String pathOf(JsonParser parser) {
        List<String> parts = new ArrayList<>();
        for (TokenStreamContext c = parser.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject()) {
                String name = c.currentName();
                parts.add(name == null ? "" : "." + name);
            } else if (c.inArray()) {
                parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        StringBuilder out = new StringBuilder("$");
        for (int i = parts.size() - 1; i >= 0; i--) {
            out.append(parts.get(i));
        }
        return out.toString();
    }

    private static EscalationJsonException tooLarge() {
        return new EscalationJsonException(EscalationJsonException.Problem.TOO_LARGE, "$",
                "documents are limited to " + MAX_DOCUMENT_BYTES + " bytes", List.of());
    }

    static EscalationJsonException translate(JacksonException e, @org.jspecify.annotations.Nullable String streamPath) {
        String path = streamPath != null ? streamPath : jsonPath(e);
        if (!path.matches("[$A-Za-z0-9_.\\[\\]]*")) {
            path = "$(path withheld: it contains a field name that is not an identifier)";
        }
        InvalidEscalationException invalid = findInvalid(e);
        if (invalid != null) {
            return invalidAt(path, invalid);
        }
        if (e instanceof StreamConstraintsException) {
            String original = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
            if (original.contains("depth")) {
                return new EscalationJsonException(EscalationJsonException.Problem.TOO_DEEP, path,
                        "nesting is limited to " + MAX_NESTING_DEPTH + " levels", List.of());
            }
            if (original.contains("number")) {
                return new EscalationJsonException(EscalationJsonException.Problem.NUMBER_TOO_LARGE, path,
                        "numbers are limited to " + MAX_NUMBER_LENGTH + " characters", List.of());
            }
            return new EscalationJsonException(EscalationJsonException.Problem.TOO_LARGE, path,
                    "documents are limited to " + MAX_DOCUMENT_BYTES + " bytes", List.of());
        }
        if (e instanceof StreamReadException && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate")) {
            return new EscalationJsonException(EscalationJsonException.Problem.DUPLICATE_KEY, path,
                    "a field appears twice in one object", List.of());
        }
        if (e instanceof UnexpectedEndOfInputException) {
            return new EscalationJsonException(EscalationJsonException.Problem.TRUNCATED, path,
                    "input ended " + location(e), List.of());
        }
        if (e instanceof StreamReadException) {
            return new EscalationJsonException(EscalationJsonException.Problem.MALFORMED, path,
                    "not well-formed JSON " + location(e), List.of());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            // field names are structure, not data; still, only identifier-like names are echoed
            String name = unknown.getPropertyName();
            String shown = name != null && name.matches("[A-Za-z_][A-Za-z0-9_]{0,63}") ? name : "(name withheld)";
            return new EscalationJsonException(EscalationJsonException.Problem.UNKNOWN_FIELD, path,
                    "unknown field '" + shown + "' in " + simpleName(unknown.getReferringClass()), List.of());
        }
        if (e instanceof InvalidTypeIdException typeId) {
            return new EscalationJsonException(EscalationJsonException.Problem.WRONG_TYPE, path,
                    "unknown or missing type id for " + simpleName(typeId.getBaseType() == null ? null
                            : typeId.getBaseType().getRawClass()), List.of());
        }
        if (e instanceof tools.jackson.databind.exc.MismatchedInputException mismatch) {
            return new EscalationJsonException(EscalationJsonException.Problem.WRONG_TYPE, path,
                    "expected " + simpleName(mismatch.getTargetType()), List.of());
        }
        return new EscalationJsonException(EscalationJsonException.Problem.MALFORMED, path,
                "unreadable input (" + e.getClass().getSimpleName() + ")", List.of());
    }

    private static EscalationJsonException invalidAt(String path, InvalidEscalationException invalid) {
        List<Violation> violations = new ArrayList<>();
        String prefix = path.equals("$") ? "" : path.substring(2);
        for (Violation v : invalid.violations()) {
            violations.add(v.at(prefix));
        }
        return new EscalationJsonException(EscalationJsonException.Problem.INVALID_VALUE, path,
                invalid.type() + " rejected its input", violations);
    }

    private static String simpleName(@org.jspecify.annotations.Nullable Class<?> type) {
        return type == null ? "a value" : type.getSimpleName();
    }

    private static String location(JacksonException e) {
        var loc = e.getLocation();
        return loc == null ? "" : "(line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    private static @org.jspecify.annotations.Nullable InvalidEscalationException findInvalid(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidEscalationException invalid) {
                return invalid;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String jsonPath(JacksonException e) {
        StringBuilder out = new StringBuilder("$");
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                out.append('.').append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static int utf8Length(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
