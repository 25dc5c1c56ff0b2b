package io.escalation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.escalation.briefing.Briefing;
import io.escalation.briefing.BriefingRenderer;
import io.escalation.briefing.HandoverSheet;
import io.escalation.json.EscalationJson;
import io.escalation.model.CallState;
import io.escalation.model.CustomerState;
import io.escalation.model.Escalation;
import io.escalation.model.ModelFixtures;
import io.escalation.model.ModelLimits;
import io.escalation.model.Temperature;
import io.escalation.model.Urgency;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingPolicies;
import io.escalation.routing.RoutingPolicy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Whatever instant the model accepts, every renderer and policy handles; beyond it the model refuses. */
class ExtremeInstantsTest {

    private static final String NIGHT_RULES = """
            {"name": "edges",
             "rules": [{"name": "night", "when": {"timeOfDayIn": {"from": "22:00", "to": "06:00", "zone": "Pacific/Kiritimati"}},
                        "then": {"tier": "supervisor", "mode": "CALL_BACK"}}],
             "otherwise": "standard"}
            """;

    private static Escalation at(Instant t) {
        return ModelFixtures.seed().raisedAt(t)
                .customerState(new CustomerState(Temperature.UPSET, new Urgency(true, t, 1, false), false))
                .callState(CallState.onHold(t)).build();
    }

    @Test
    void theFirstAndLastAcceptedInstantsAreHandledEverywhere() {
        RoutingPolicy night = RoutingPolicies.fromJson(NIGHT_RULES);
        for (Instant t : List.of(ModelLimits.EARLIEST_INSTANT, ModelLimits.LATEST_INSTANT)) {
            Escalation e = at(t);
            RoutingContext ctx = RoutingContext.builder(t).zone(ZoneId.of("Pacific/Kiritimati")).build();
            assertDoesNotThrow(() -> RoutingPolicies.standard().route(e, ctx));
            assertDoesNotThrow(() -> night.route(e, ctx));
            for (Locale locale : List.of(Locale.JAPAN, Locale.US)) {
                assertDoesNotThrow(() -> HandoverSheet.of(e, t, ZoneId.of("Pacific/Kiritimati")).render(locale));
                assertDoesNotThrow(() -> BriefingRenderer.forLocale(locale).render(Briefing.from(e)));
            }
            EscalationJson json = EscalationJson.create();
            assertEquals(e, json.readEscalation(json.write(e)));
        }
    }

    @Test
    void instantsBeyondTheRangeAreRefusedWhereTheyEnter() {
        for (Instant t : List.of(ModelLimits.EARLIEST_INSTANT.minusNanos(1), ModelLimits.LATEST_INSTANT.plusNanos(1),
                Instant.MAX, Instant.MIN)) {
            InvalidEscalationException e = assertThrows(InvalidEscalationException.class, () -> at(t));
            assertEquals("InstantRange", e.violations().get(0).rule(), e.getMessage());
            assertThrows(InvalidEscalationException.class, () -> RoutingContext.builder(t).build());
            assertThrows(InvalidEscalationException.class, () -> CallState.onHold(t));
        }
    }
}
