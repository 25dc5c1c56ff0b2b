package io.escalation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.InvalidEscalationException;
import io.escalation.Violation;
import io.escalation.json.EscalationJson;
import io.escalation.json.EscalationJsonException;
import io.escalation.testkit.EscalationGens;
import io.escalation.testkit.Gen;
import io.escalation.testkit.Gens;
import io.escalation.testkit.InvalidInput;
import io.escalation.testkit.Property;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Rules of the model that must hold for every generated escalation (1,000 cases each). */
class ModelPropertiesTest {

    private static final EscalationJson JSON = EscalationJson.create();
    private static final JsonMapper TREE = JsonMapper.builder().build();

    @Test
    void everyEscalationRoundTripsThroughJsonExactly() {
        Property.forAll(EscalationGens.escalations()).named("JSON round trip")
                .check(e -> assertEquals(e, JSON.readEscalation(JSON.write(e))));
    }

    @Test
    void everyPartRoundTripsThroughJsonOnItsOwn() {
        Property.forAll(EscalationGens.customers(), EscalationGens.inquiries(), EscalationGens.callStates())
                .check((customer, inquiry, call) -> {
                    assertEquals(customer, JSON.read(JSON.write(customer), Customer.class));
                    assertEquals(inquiry, JSON.read(JSON.write(inquiry), Inquiry.class));
                    assertEquals(call, JSON.read(JSON.write(call), CallState.class));
                });
    }

    @Test
    void validationAcceptsEveryValidEscalationAndRebuildingIsIdentity() {
        Property.forAll(EscalationGens.escalations())
                .check(e -> {
                    assertEquals(e, e.toBuilder().build());
                    assertEquals(e.inquiry(), e.inquiry().toBuilder().build());
                    assertEquals(e.customer(), e.customer().toBuilder().build());
                });
    }

    @Test
    void aHostsOwnJakartaValidatorFindsNothingWrongWithValidValues() {
        Validator hostValidator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
        Property.forAll(EscalationGens.escalations())
                .check(e -> {
                    for (Object part : List.of(e, e.customer(), e.inquiry(), e.operator(), e.customerState(),
                            e.customerState().urgency(), e.callState())) {
                        assertEquals(Set.of(), hostValidator.validate(part), part.getClass().getSimpleName());
                    }
                });
    }

    @Test
    void validationRejectsEveryMutationWithTheExpectedTypePathAndRule() {
        Property.forAll(EscalationGens.invalidInputs()).named("invalid inputs")
                .check(input -> {
                    InvalidEscalationException e = assertThrows(InvalidEscalationException.class, input.attempt()::run,
                            input.description());
                    assertEquals(input.expectedType(), e.type(), input.description());
                    assertEquals(List.of(input.expectedPath()), e.paths(), input.description());
                    assertEquals(input.expectedRule(), e.violations().get(0).rule(), input.description());
                });
    }

    @Test
    void everyMutationIsReachedByTheGenerator() {
        Set<String> seen = new HashSet<>();
        Property.forAll(EscalationGens.invalidInputs()).check(i -> seen.add(i.description()));
        Escalation any = EscalationGens.escalations().samples(1, 10, 1).get(0);
        Set<String> all = new HashSet<>();
        for (InvalidInput i : EscalationGens.mutationsOf(any)) {
            all.add(i.description());
        }
        assertEquals(all, seen);
    }

    /** A JSON mutation: where to change the document, how, and the violation path expected. */
    private record JsonMutation(String description, String expectedPath, Consumer<ObjectNode> change) {
        @Override
        public String toString() {
            return description;
        }
    }

    private static ObjectNode at(ObjectNode root, String... names) {
        ObjectNode node = root;
        for (String n : names) {
            node = (ObjectNode) node.get(n);
        }
        return node;
    }

    private static final List<JsonMutation> JSON_MUTATIONS = List.of(
            new JsonMutation("blank tenant", "tenant", r -> r.put("tenant", "")),
            new JsonMutation("blank operator id", "operator.id", r -> at(r, "operator").put("id", " ")),
            new JsonMutation("locale without language", "customer.locale", r -> at(r, "customer").put("locale", "und")),
            new JsonMutation("too many repeat contacts", "customerState.urgency.repeatContacts",
                    r -> at(r, "customerState", "urgency").put("repeatContacts", 1000)),
            new JsonMutation("null kind", "inquiry.kind", r -> at(r, "inquiry").putNull("kind")),
            new JsonMutation("negative handling time", "handlingTime", r -> r.put("handlingTime", "PT-1S")),
            new JsonMutation("missing raisedAt", "raisedAt", r -> r.remove("raisedAt")),
            new JsonMutation("blank action", "inquiry.actionsTaken[*]",
                    r -> ((ArrayNode) at(r, "inquiry").get("actionsTaken")).add("  ")),
            new JsonMutation("blank category label", "inquiry.category.label", r -> {
                ObjectNode category = at(r, "inquiry").putObject("category");
                category.put("code", "x");
                category.put("label", "");
            }),
            new JsonMutation("empty contact window", "customer.reachable.until", r -> {
                ObjectNode w = at(r, "customer").putObject("reachable");
                w.put("from", "10:00");
                w.put("until", "10:00");
            }));

    @Test
    void invalidJsonValuesAreRejectedWithTheirPathFromTheRoot() {
        Gen<JsonMutation> mutations = Gens.elements(JSON_MUTATIONS);
        Property.forAll(EscalationGens.escalations(), mutations).named("JSON mutations")
                .check((e, mutation) -> {
                    ObjectNode root = (ObjectNode) TREE.readTree(JSON.write(e));
                    mutation.change().accept(root);
                    String expected = mutation.expectedPath().replace("[*]",
                            "[" + (e.inquiry().actionsTaken().size()) + "]");
                    EscalationJsonException ex = assertThrows(EscalationJsonException.class,
                            () -> JSON.readEscalation(TREE.writeValueAsString(root)));
                    assertEquals(EscalationJsonException.Problem.INVALID_VALUE, ex.problem(), ex.getMessage());
                    assertEquals(List.of(expected), ex.violations().stream().map(Violation::path).distinct().toList(),
                            ex.getMessage());
                });
    }

    @Test
    void toStringNeverShowsPersonalData() {
        Property.forAll(EscalationGens.escalations())
                .check(e -> {
                    String shown = e.toString();
                    List<String> personal = new ArrayList<>();
                    if (e.customer().name() != null) {
                        personal.add(e.customer().name().value());
                    }
                    if (e.customer().contact() != null) {
                        personal.add(e.customer().contact().value());
                    }
                    Inquiry i = e.inquiry();
                    for (FreeText t : texts(i)) {
                        personal.add(t.value());
                    }
                    for (String p : personal) {
                        assertFalse(p.length() >= 6 && shown.contains(p), "personal data in toString");
                    }
                });
    }

    private static List<FreeText> texts(Inquiry i) {
        List<FreeText> out = new ArrayList<>(i.actionsTaken());
        out.addAll(i.history());
        for (FreeText t : new FreeText[] {i.decisionWanted(), i.concern(), i.environment(), i.background(),
                i.impact()}) {
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    @Test
    void generatorsReachEveryEnumConstantCallStateAndOptionalField() {
        Set<Object> seen = new HashSet<>();
        Set<String> present = new HashSet<>();
        Set<String> absent = new HashSet<>();
        Property.forAll(EscalationGens.escalations()).check(e -> {
            seen.add(e.channel());
            seen.add(e.fault());
            seen.add(e.operator().experience());
            seen.add(e.customerState().temperature());
            seen.add(e.inquiry().kind());
            seen.add(e.callState().getClass());
            track(present, absent, "idempotencyKey", e.idempotencyKey());
            track(present, absent, "timeZone", e.customer().timeZone());
            track(present, absent, "name", e.customer().name());
            track(present, absent, "contact", e.customer().contact());
            track(present, absent, "reachable", e.customer().reachable());
            track(present, absent, "category", e.inquiry().category());
            track(present, absent, "decisionWanted", e.inquiry().decisionWanted());
            track(present, absent, "concern", e.inquiry().concern());
            track(present, absent, "impact", e.inquiry().impact());
        });
        List<Object> expected = new ArrayList<>();
        expected.addAll(EnumSet.allOf(Channel.class));
        expected.addAll(EnumSet.allOf(FaultAttribution.class));
        expected.addAll(EnumSet.allOf(ExperienceLevel.class));
        expected.addAll(EnumSet.allOf(Temperature.class));
        expected.addAll(EnumSet.allOf(RequestKind.class));
        expected.addAll(List.of(CallState.Live.class, CallState.OnHold.class, CallState.CallbackPromised.class,
                CallState.Ended.class));
        assertTrue(seen.containsAll(expected), "not reached: " + expected.stream().filter(x -> !seen.contains(x)).toList());
        assertEquals(present, absent);
        assertEquals(9, present.size());
    }

    private static void track(Set<String> present, Set<String> absent, String name, Object value) {
        (value == null ? absent : present).add(name);
    }

    @Test
    void parsedTreeHasStableLowerCamelFieldNames() {
        Escalation e = EscalationGens.escalations().samples(3, 50, 1).get(0);
        JsonNode root = TREE.readTree(JSON.write(e));
        List<String> names = new ArrayList<>(root.propertyNames());
        assertEquals(List.of("id", "tenant", "idempotencyKey", "raisedAt", "channel", "operator", "customer", "inquiry",
                "customerState", "fault", "callState", "handlingTime").stream().filter(names::contains).toList(), names);
    }
}
