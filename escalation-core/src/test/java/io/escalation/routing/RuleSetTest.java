package io.escalation.routing;

import java.util.Locale;
import io.escalation.text.Texts;
import static io.escalation.routing.StandardPolicyTest.NOW;
import static io.escalation.routing.StandardPolicyTest.context;
import static io.escalation.routing.StandardPolicyTest.mailQuestion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.model.CustomerState;
import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.ExperienceLevel;
import io.escalation.model.Priority;
import io.escalation.model.Temperature;
import io.escalation.model.Tier;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    static final String ACME = """
            {
              "name": "acme",
              "tiers": [ {"code": "qa", "rank": 350} ],
              "rules": [
                { "name": "night-upset",
                  "when": { "temperatureAtLeast": "UPSET", "timeOfDayIn": {"from": "22:00", "to": "06:00"} },
                  "then": { "tier": "manager", "mode": "TAKE_OVER", "priority": "URGENT" },
                  "because": { "ja": "夜間の激しいクレームは上席へ", "en": "upset customers at night go to a manager" } },
                { "name": "mail-trainees",
                  "when": { "categoryIn": ["mail-setup"], "experienceIs": ["TRAINEE"], "handlingTimeOver": "PT5M" },
                  "then": { "tier": "qa", "mode": "ANSWER_WHILE_HOLDING" } },
                { "name": "billing",
                  "when": { "categoryIn": ["billing"] },
                  "then": { "tier": "supervisor", "mode": "REFER_TO_DEPARTMENT", "department": "billing" } }
              ],
              "otherwise": "standard"
            }
            """;

    @Test
    void theFirstMatchingRuleDecidesWithItsOwnReason() {
        RoutingPolicy acme = RoutingPolicies.fromJson(ACME);
        Escalation upset = mailQuestion(ExperienceLevel.VETERAN).customerState(CustomerState.of(Temperature.FURIOUS))
                .build();
        RoutingContext night = context().zone(ZoneId.of("Asia/Tokyo")).build(); // 01:30Z = 10:30 JST: day
        assertEquals("standard/temperature-supervisor", acme.route(upset, night).reasons().get(0).rule(),
                "by day the rule does not apply and the standard policy decides");
        RoutingContext atNight = RoutingContext.builder(NOW.plusSeconds(13 * 3600)).zone(ZoneId.of("Asia/Tokyo"))
                .responder(StandardPolicyTest.MANAGER).build(); // 14:30Z = 23:30 JST
        RoutingDecision d = acme.route(upset, atNight);
        assertEquals(Tier.MANAGER, d.tier());
        assertEquals(Priority.URGENT, d.priority());
        assertEquals("night-upset", d.reasons().get(0).code());
        assertEquals("acme/night-upset", d.reasons().get(0).rule());
        assertEquals("夜間の激しいクレームは上席へ", Texts.standard().reason(d.reasons().get(0), Locale.JAPANESE));
    }

    @Test
    void customTiersAndDepartmentsCarryThrough() {
        RoutingPolicy acme = RoutingPolicies.fromJson(ACME);
        Responder qa = Responder.available("qa-1", Tier.of("qa", 350));
        // custom tiers must be on the center's ladder for staffing to find them
        RoutingContext ctx = context().responder(qa).ladder(TierLadder.of(java.util.List.of(Tier.OPERATOR, Tier.VETERAN,
                Tier.SUPERVISOR, qa.tier(), Tier.MANAGER))).build();
        RoutingDecision d = acme.route(mailQuestion(ExperienceLevel.TRAINEE).build(), ctx);
        assertEquals("qa", d.tier().code());
        assertEquals(qa, d.assignee());
        RoutingDecision billing = acme.route(mailQuestion(ExperienceLevel.REGULAR)
                .inquiry(io.escalation.model.Inquiry.builder(io.escalation.model.RequestKind.ADVICE)
                        .category(io.escalation.model.Category.of("billing", "請求")).decisionWanted("x").build())
                .build(), context().build());
        assertEquals(RoutingMode.REFER_TO_DEPARTMENT, billing.mode());
        assertEquals(Department.of("billing"), billing.department());
    }

    private static RuleSetException error(String json) {
        return assertThrows(RuleSetException.class, () -> RoutingPolicies.fromJson(json));
    }

    @Test
    void loadingErrorsNameTheRuleAndTheJsonPointer() {
        RuleSetException temp = error(ACME.replace("\"temperatureAtLeast\": \"UPSET\"", "\"temperatureAtLeast\": \"ANGRY\""));
        assertEquals("/rules/0/when/temperatureAtLeast", temp.pointer());
        assertEquals(0, temp.ruleIndex());
        assertEquals("night-upset", temp.ruleName());
        assertTrue(temp.getMessage().contains("FURIOUS"), temp.getMessage());
        assertTrue(temp.getMessage().endsWith("but was \"ANGRY\""), "says what it got: " + temp.getMessage());

        RuleSetException tier = error(ACME.replace("\"tier\": \"qa\"", "\"tier\": \"director\""));
        assertEquals("/rules/1/then/tier", tier.pointer());
        assertEquals("mail-trainees", tier.ruleName());

        RuleSetException unknown = error(ACME.replace("\"handlingTimeOver\"", "\"handlingTimeAbove\""));
        assertEquals("/rules/1/when/handlingTimeAbove", unknown.pointer());

        RuleSetException duration = error(ACME.replace("\"PT5M\"", "\"5 minutes\""));
        assertEquals("/rules/1/when/handlingTimeOver", duration.pointer());

        RuleSetException dept = error(ACME.replace(", \"department\": \"billing\"", ""));
        assertEquals("/rules/2/then/department", dept.pointer());

        RuleSetException duplicate = error(ACME.replace("\"name\": \"billing\"", "\"name\": \"night-upset\""));
        assertEquals("/rules/2/name", duplicate.pointer());

        assertEquals("", error("{ not json").pointer());
        assertEquals("/rules", error("{\"name\": \"x\"}").pointer());
        assertEquals("/otherwise", error(ACME.replace("\"otherwise\": \"standard\"", "\"otherwise\": \"magic\""))
                .pointer());
        assertEquals("/rules/0/when/timeOfDayIn/to", error(ACME.replace("\"to\": \"06:00\"", "\"to\": \"22:00\""))
                .pointer());
        RuleSetException duplicateKey = error(ACME.replace("\"when\": { \"temperatureAtLeast\": \"UPSET\",",
                "\"when\": { \"temperatureAtLeast\": \"UPSET\", \"temperatureAtLeast\": \"CALM\","));
        assertEquals("", duplicateKey.pointer(), "duplicate keys are rejected while parsing");
    }

    @Test
    void anOtherwiseActionDecidesWhenNoRuleApplies() {
        RoutingPolicy policy = RoutingPolicies.fromJson("""
                {"name": "tiny", "rules": [],
                 "otherwise": {"tier": "veteran", "mode": "ANSWER_WHILE_HOLDING", "priority": "LOW"}}
                """);
        RoutingDecision d = policy.route(mailQuestion(ExperienceLevel.TRAINEE).build(),
                RoutingContext.builder(NOW).responder(Responder.available("vet-1", Tier.VETERAN)).build());
        assertEquals(Tier.VETERAN, d.tier());
        assertEquals(Priority.LOW, d.priority());
        assertEquals("otherwise", d.reasons().get(0).code());
    }

    @Test
    void aRuleSetCannotRedefineATierItAlreadyKnows() {
        RuleSetException standard = error(ACME.replace("{\"code\": \"qa\", \"rank\": 350}",
                "{\"code\": \"supervisor\", \"rank\": 999}"));
        assertEquals("/tiers/0/code", standard.pointer());
        assertTrue(standard.getMessage().contains("already defined"), standard.getMessage());
        RuleSetException twice = error(ACME.replace("{\"code\": \"qa\", \"rank\": 350}",
                "{\"code\": \"qa\", \"rank\": 350}, {\"code\": \"qa\", \"rank\": 360}"));
        assertEquals("/tiers/1/code", twice.pointer());
    }

    @Test
    void aTimeOfDayRuleMayNameItsOwnZone() {
        RoutingPolicy tokyoNights = RoutingPolicies.fromJson("""
                {"name": "tokyo-nights", "rules": [
                  {"name": "night", "when": {"timeOfDayIn": {"from": "22:00", "to": "06:00", "zone": "Asia/Tokyo"}},
                   "then": {"tier": "manager", "mode": "CALL_BACK"}}]}
                """);
        Escalation e = mailQuestion(ExperienceLevel.REGULAR).build();
        // 14:30Z is 23:30 in Tokyo: night there, whatever the context's zone (UTC here) says
        RoutingContext utc = RoutingContext.builder(NOW.plusSeconds(13 * 3600)).responder(StandardPolicyTest.MANAGER)
                .build();
        assertEquals("night", tokyoNights.route(e, utc).reasons().get(0).code());
        // 01:30Z is 10:30 in Tokyo: the standard policy decides
        assertEquals("knowledge-gap", tokyoNights.route(e, context().build()).reasons().get(0).code());
        RuleSetException zone = error("""
                {"name": "x", "rules": [{"name": "n", "when": {"timeOfDayIn": {"from": "22:00", "to": "06:00",
                 "zone": "Mars/Olympus"}}, "then": {"tier": "manager", "mode": "CALL_BACK"}}]}
                """);
        assertEquals("/rules/0/when/timeOfDayIn/zone", zone.pointer());
        assertTrue(zone.getMessage().endsWith("but was \"Mars/Olympus\""), zone.getMessage());
    }

    @Test
    void anOversizedRuleSetIsRejectedBeforeParsing() {
        RuleSetException e = error("{\"name\": \"x\", \"rules\": []}" + " ".repeat(1 << 20));
        assertEquals("", e.pointer());
        assertTrue(e.getMessage().contains("at most 1048576 characters"), e.getMessage());
    }
}
