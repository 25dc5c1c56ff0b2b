package io.escalation.examples.crm;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the CRM's own small request bodies (actions, tickets) with the application's {@link JsonMapper},
 * strictly: a duplicate key, an unknown field or a value of the wrong type is refused with its JSON path.
 * Jackson's messages quote the input, so they are never passed on: a refusal names the path and the rule only.
 * Bodies arrive as bytes, never as a {@code String}, so that Spring's debug logging of a read body shows no text.
 */
@Component
public class StrictBodies {

    private final JsonMapper mapper;

    /**
     * Uses the application's mapper.
     *
     * @param mapper the application's mapper
     */
    public StrictBodies(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Reads a body.
     *
     * @param body the bytes, UTF-8
     * @param type the record to read
     * @param <T> the record
     * @return the value
     * @throws CrmRequestException 400, naming the JSON path, when the body cannot be read
     */
    public <T> T read(byte[] body, Class<T> type) {
        ObjectReader reader = mapper.readerFor(type)
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try {
            T value = reader.readValue(body);
            if (value == null) {
                throw new CrmRequestException(HttpStatus.BAD_REQUEST, "$", "object", "the body must be a JSON object");
            }
            return value;
        } catch (JacksonException e) {
            throw new CrmRequestException(HttpStatus.BAD_REQUEST, path(e), rule(e),
                    "the body is not a valid " + type.getSimpleName() + " document");
        }
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference ref : e.getPath()) {
            String name = ref.getPropertyName();
            if (name != null) {
                path.append(name.matches("[A-Za-z][A-Za-z0-9_]{0,63}") ? "." + name : ".<field>");
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String rule(JacksonException e) {
        String kind = e.getClass().getSimpleName();
        if (kind.contains("UnrecognizedProperty") || kind.contains("PropertyBinding")) {
            return "unknown-field";
        }
        if (kind.contains("MismatchedInput") || kind.contains("InvalidFormat")) {
            return "wrong-type";
        }
        String original = e.getOriginalMessage();
        if (original != null && original.startsWith("Duplicate")) {
            return "duplicate-key";
        }
        return "malformed";
    }
}
