package io.escalation.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.lifecycle.Action;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.EscalationRef;
import io.escalation.testkit.EscalationGens;
import io.escalation.testkit.Gens;
import io.escalation.testkit.LifecycleGens;
import io.escalation.testkit.Property;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The event JSON that stores and outbox consumers use: every change type round-trips exactly. */
class EventJsonPropertiesTest {

    private static final EscalationJson JSON = EscalationJson.create();
    private static final Instant AT = Instant.parse("2026-11-24T01:30:00Z");

    @Test
    void everyChangeTypeRoundTrips() {
        for (Action action : Action.values()) {
            Property.forAll(LifecycleGens.changes(action, AT),
                    Gens.combine(EscalationGens.tenants(), EscalationGens.escalationIds(), EscalationRef::of),
                    Gens.longs(1, 1_000_000)).tries(60).named("round trip of " + action)
                    .check((change, ref, version) -> {
                        EscalationEvent event = new EscalationEvent(ref, version, AT,
                                Actor.supervisor("sv-1"), change);
                        String json = JSON.write(event);
                        assertTrue(json.contains("\"type\":\"" + action.jsonName() + "\""), json);
                        EscalationEvent back = JSON.readEvent(json);
                        assertEquals(event, back);
                        assertEquals(json, JSON.write(back), "writing is stable");
                    });
        }
    }

    @Test
    void generatedHistoriesRoundTripAndFoldAgain() {
        Set<Action> seen = EnumSet.noneOf(Action.class);
        Property.forAll(LifecycleGens.histories(40)).tries(200).check(history -> {
            List<EscalationEvent> back = history.stream().map(JSON::write).map(JSON::readEvent).toList();
            assertEquals(history, back);
            assertEquals(EscalationState.fold(history), EscalationState.fold(back));
            history.forEach(e -> seen.add(e.action()));
        });
        assertTrue(seen.size() >= Action.values().length - 2, "histories reach most actions: " + seen);
    }

    @Test
    void theEnvelopeIsFlatVersionedAndStrict() {
        EscalationEvent event = new EscalationEvent(EscalationRef.of("acme", "esc-1"), 2, AT,
                Actor.supervisor("sv-1"), Change.instructed("山田様に再設定を案内"));
        String json = JSON.write(event);
        assertTrue(json.startsWith("{\"schema\":1,\"eventId\":\"" + event.eventId() + "\",\"tenant\":\"acme\","
                + "\"escalationId\":\"esc-1\",\"version\":2,\"at\":\"2026-11-24T01:30:00Z\","
                + "\"actor\":{\"id\":\"sv-1\",\"role\":\"SUPERVISOR\"},\"type\":\"instructed\",\"change\":"), json);
        EscalationJsonException wrongSchema = assertThrows(EscalationJsonException.class,
                () -> JSON.readEvent(json.replace("\"schema\":1", "\"schema\":2")));
        assertEquals(EscalationJsonException.Problem.INVALID_VALUE, wrongSchema.problem());
        EscalationJsonException unknownType = assertThrows(EscalationJsonException.class,
                () -> JSON.readEvent(json.replace("\"instructed\"", "\"teleported\"")));
        assertTrue(unknownType.getMessage().contains("type"), unknownType.getMessage());
        EscalationJsonException forgedId = assertThrows(EscalationJsonException.class,
                () -> JSON.readEvent(json.replace("\"version\":2", "\"version\":3")));
        assertTrue(forgedId.violations().stream().anyMatch(v -> v.path().equals("eventId")), forgedId.getMessage());
        EscalationJsonException unknownField = assertThrows(EscalationJsonException.class,
                () -> JSON.readEvent(json.replace("\"schema\":1,", "\"schema\":1,\"extra\":true,")));
        assertEquals(EscalationJsonException.Problem.UNKNOWN_FIELD, unknownField.problem());
        EscalationJsonException badChange = assertThrows(EscalationJsonException.class,
                () -> JSON.readEvent(json.replace("\"instruction\":", "\"instructions\":")));
        assertTrue(badChange.jsonPath().startsWith("$.change"), badChange.jsonPath());
        for (EscalationJsonException e : List.of(wrongSchema, unknownType, forgedId, unknownField, badChange)) {
            assertFalse(e.getMessage().contains("山田"), e.getMessage());
        }
        assertEquals(event, JSON.readEvent(json.replace("\"eventId\":\"" + event.eventId() + "\",", "")),
                "the derived event id may be left out");
    }
}
