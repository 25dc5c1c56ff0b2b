package io.escalation.internal.json;

import io.escalation.InvalidEscalationException;
import io.escalation.Violation;
import io.escalation.lifecycle.Action;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.model.EscalationRef;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.node.TreeTraversingParser;

/**
 * The stable JSON form of an {@link EscalationEvent}: a flat envelope with a schema version, the
 * event's stable id, and the change under its type name from the {@link Action} table.
 *
 * <pre>{@code
 * {"schema":1,"eventId":"…","tenant":"acme","escalationId":"esc-1","version":2,
 *  "at":"2026-05-07T01:02:03Z","actor":{"id":"sv-1","role":"SUPERVISOR"},
 *  "type":"acknowledged","change":{}}
 * }</pre>
 *
 * <p>Every envelope field is required except {@code eventId}, which, when present, must be the
 * id the event derives; unknown fields are refused like everywhere else.
 */
public final class EventMapping {

    /** The envelope's schema version; readers refuse any other. */
    public static final int SCHEMA = 1;

    private EventMapping() {}

    /**
     * The envelope as Jackson binds it, before the change is read by its type.
     *
     * @param schema the schema version
     * @param eventId the event's stable id as written (a string), or {@code null} when absent
     * @param tenant the tenant
     * @param escalationId the escalation's id
     * @param version the event's version
     * @param at when it happened
     * @param actor who did it
     * @param type the change's JSON type name
     * @param change the change, unread
     */
    record Wire(int schema, @Nullable JsonNode eventId, String tenant, String escalationId, long version, Instant at,
            Actor actor, String type, JsonNode change) {}

    /** Writes events. */
    static final class Serializer extends ValueSerializer<EscalationEvent> {
        @Override
        public void serialize(EscalationEvent event, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeNumberProperty("schema", SCHEMA);
            gen.writeStringProperty("eventId", event.eventId().toString());
            gen.writeStringProperty("tenant", event.ref().tenant().value());
            gen.writeStringProperty("escalationId", event.ref().id().value());
            gen.writeNumberProperty("version", event.version());
            gen.writeStringProperty("at", event.at().toString());
            gen.writePOJOProperty("actor", event.actor());
            gen.writeStringProperty("type", event.action().jsonName());
            gen.writePOJOProperty("change", event.change());
            gen.writeEndObject();
        }
    }

    /** Reads events strictly. */
    static final class Deserializer extends ValueDeserializer<EscalationEvent> {
        // Jackson contextualises a root deserializer again on every DeserializationContext.readValue
        // (building its property matcher each time), so the envelope's and each change type's
        // deserializer are looked up once and kept; the lookups are pure, so a race only repeats one.
        private volatile @Nullable ValueDeserializer<Object> wireReader;
        private final AtomicReferenceArray<ValueDeserializer<Object>> changeReaders =
                new AtomicReferenceArray<>(Action.values().length);

        private ValueDeserializer<Object> wireReader(DeserializationContext ctxt) {
            ValueDeserializer<Object> reader = wireReader;
            if (reader == null) {
                reader = ctxt.findRootValueDeserializer(ctxt.constructType(Wire.class));
                wireReader = reader;
            }
            return reader;
        }

        private ValueDeserializer<Object> changeReader(DeserializationContext ctxt, Action action) {
            ValueDeserializer<Object> reader = changeReaders.get(action.ordinal());
            if (reader == null) {
                reader = ctxt.findRootValueDeserializer(ctxt.constructType(action.changeType()));
                changeReaders.set(action.ordinal(), reader);
            }
            return reader;
        }

        private @Nullable Change readChange(@Nullable JsonNode node, Action action, DeserializationContext ctxt) {
            if (node == null || node.isMissingNode()) {
                return null;
            }
            ValueDeserializer<Object> reader = changeReader(ctxt, action);
            try (TreeTraversingParser tree = new TreeTraversingParser(node, ctxt)) {
                tree.nextToken();
                Object value = tree.hasToken(JsonToken.VALUE_NULL) ? reader.getNullValue(ctxt)
                        : reader.deserialize(tree, ctxt);
                return action.changeType().cast(value);
            }
        }

        @Override
        public EscalationEvent deserialize(JsonParser p, DeserializationContext ctxt) {
            Wire wire = (Wire) wireReader(ctxt).deserialize(p, ctxt);
            if (wire.schema() != SCHEMA) {
                throw invalid("schema", "Schema", "must be " + SCHEMA, Integer.valueOf(wire.schema()));
            }
            Action action = Action.byJsonName(wire.type()).orElseThrow(() ->
                    invalid("type", "KnownType", "must be one of the change types of the lifecycle", wire.type()));
            Change change;
            try {
                change = readChange(wire.change(), action, ctxt);
            } catch (JacksonException e) {
                throw e.prependPath(wire, "change");
            }
            EscalationRef ref;
            try {
                ref = EscalationRef.of(wire.tenant(), wire.escalationId());
            } catch (InvalidEscalationException e) {
                throw new InvalidEscalationException("EscalationEvent", e.violations().stream()
                        .map(v -> new Violation(v.path().equals("id") ? "escalationId" : v.path(), v.rule(),
                                v.message(), v.rejectedKind()))
                        .toList());
            }
            EscalationEvent event = new EscalationEvent(ref, wire.version(), wire.at(), wire.actor(), change);
            if (wire.eventId() != null && !(wire.eventId().isString()
                    && wire.eventId().asString().equals(event.eventId().toString()))) {
                throw invalid("eventId", "DerivedId",
                        "must be the id derived from tenant, escalationId and version, or absent", wire.eventId());
            }
            return event;
        }
    }

    private static InvalidEscalationException invalid(String path, String rule, String message,
            @Nullable Object rejected) {
        return new InvalidEscalationException("EscalationEvent",
                List.of(new Violation(path, rule, message, Violation.kindOf(rejected))));
    }
}
