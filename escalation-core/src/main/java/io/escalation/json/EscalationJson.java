package io.escalation.json;

import io.escalation.InvalidEscalationException;
import io.escalation.Violation;
import io.escalation.internal.json.ModelModule;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.model.Escalation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
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

    private static final EscalationJson DEFAULT = new EscalationJson();

    private final JsonMapper mapper;

    private EscalationJson() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxDocumentLength(MAX_DOCUMENT_BYTES)
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .addModule(module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(tools.jackson.databind.cfg.EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
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
        if (json.length() > MAX_DOCUMENT_BYTES
                || (json.length() > MAX_DOCUMENT_BYTES / 3 && utf8Length(json) > MAX_DOCUMENT_BYTES)) {
            throw tooLarge();
        }
        return bind(json, type);
    }

    /**
     * Reads a model value of the given type from UTF-8 bytes.
     *
     * @param <T> the type
     * @param json the JSON document as UTF-8
     * @param type an escalation or one of its parts
     * @return the value, valid
     * @throws EscalationJsonException if the bytes are not a valid value of {@code type}
     */
    public <T> T read(byte[] json, Class<T> type) {
        if (json.length > MAX_DOCUMENT_BYTES) {
            throw tooLarge();
        }
        return bind(new String(json, StandardCharsets.UTF_8), type);
    }

    private <T> T bind(String json, Class<T> type) {
        // First pass: the token stream alone, so syntax, size and depth problems are reported as
        // such even where binding would have stopped earlier at a type mismatch.
        try (JsonParser parser = mapper.createParser(json)) {
            if (parser.nextToken() == null) {
                throw new EscalationJsonException(EscalationJsonException.Problem.TRUNCATED, "$",
                        "the document is empty", List.of());
            }
            while (parser.nextToken() != null) {
                // scan only
            }
        } catch (JacksonException e) {
            throw translate(e);
        }
        try {
            return mapper.readValue(json, type);
        } catch (JacksonException e) {
            throw translate(e);
        } catch (InvalidEscalationException e) {
            throw invalidAt("$", e);
        }
    }

    private static EscalationJsonException tooLarge() {
        return new EscalationJsonException(EscalationJsonException.Problem.TOO_LARGE, "$",
                "documents are limited to " + MAX_DOCUMENT_BYTES + " bytes", List.of());
    }

    static EscalationJsonException translate(JacksonException e) {
        String path = jsonPath(e);
        if (!path.matches("[$A-Za-z0-9_.\\[\\]]*")) {
            path = "$(path withheld: it contains a field name that is not an identifier)";
        }
        InvalidEscalationException invalid = findInvalid(e);
        if (invalid != null) {
            return invalidAt(path, invalid);
        }
        if (e instanceof StreamConstraintsException) {
            boolean depth = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT).contains("depth");
            return depth
                    ? new EscalationJsonException(EscalationJsonException.Problem.TOO_DEEP, path,
                            "nesting is limited to " + MAX_NESTING_DEPTH + " levels", List.of())
                    : new EscalationJsonException(EscalationJsonException.Problem.TOO_LARGE, path,
                            "documents are limited to " + MAX_DOCUMENT_BYTES + " bytes", List.of());
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
