package io.escalation.examples.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.model.Category;
import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.FaultAttribution;
import io.escalation.model.Priority;
import io.escalation.model.RequestKind;
import io.escalation.model.Tier;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingDecision;
import io.escalation.routing.RoutingMode;
import io.escalation.routing.RoutingPolicies;
import io.escalation.routing.RoutingPolicy;
import io.escalation.routing.UnknownPolicyException;
import io.escalation.routing.spi.RoutingPolicyProvider;
import io.escalation.testkit.EscalationGens;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How a host uses the vendor's jar: it puts it on the class path (or module path) and asks
 * {@link RoutingPolicies#named} for the name in its configuration. Nothing else is wired.
 */
class HostFindsPoliciesByNameTest {

    private static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");
    private static final RoutingContext FLOOR = RoutingContext.builder(NOW)
            .roster(List.of(Responder.available("sv-1", Tier.SUPERVISOR), Responder.available("mg-1", Tier.MANAGER)))
            .build();

    @Test
    void theHostGetsTheJavaPolicyByItsName() {
        RoutingPolicy policy = RoutingPolicies.named("bank-center");

        Escalation harassment = BankCases.about(EscalationGens.seed(NOW).build(), RequestKind.HARASSMENT,
                Category.of("atm", "ATMの不具合"));
        RoutingDecision d = policy.route(harassment, FLOOR);
        assertEquals(BankCenterPolicy.COMPLIANCE, d.department());
        assertEquals(new BankCenterPolicy().route(harassment, FLOOR), d);
        assertSame(policy, RoutingPolicies.named("bank-center"), "the provider hands out one shared policy");
    }

    @Test
    void theHostGetsTheJsonRuleSetByItsName() {
        RoutingPolicy rules = RoutingPolicies.named("bank-rules");

        Escalation fraud = BankCases.about(EscalationGens.seed(NOW).build(), RequestKind.ADVICE,
                Category.of("card-fraud", "カードの不正利用"));
        RoutingDecision d = rules.route(fraud, FLOOR);
        assertEquals(Tier.SUPERVISOR, d.tier());
        assertEquals(RoutingMode.TAKE_OVER, d.mode());
        assertEquals(Priority.URGENT, d.priority());
        assertEquals("bank-rules/unauthorised-transfer", d.reasons().get(0).rule());

        Escalation loan = BankCases.about(EscalationGens.seed(NOW).build(), RequestKind.IRREGULAR_HANDLING,
                Category.of("mortgage", "住宅ローンの返済")).toBuilder().fault(FaultAttribution.CUSTOMER).build();
        RoutingDecision referred = rules.route(loan, FLOOR);
        assertEquals(Tier.MANAGER, referred.tier());
        assertEquals(Department.of("lending"), referred.department());

        Escalation other = EscalationGens.seed(NOW).build();
        assertEquals(RoutingPolicies.standard().route(other, FLOOR).tier(), rules.route(other, FLOOR).tier(),
                "what no rule matches goes to the standard policy");
    }

    @Test
    void anUnknownNameListsTheNamesThatExist() {
        UnknownPolicyException e = assertThrows(UnknownPolicyException.class, () -> RoutingPolicies.named("bank"));

        assertEquals("bank", e.name());
        for (String known : List.of("bank-center", "bank-rules", "standard")) {
            assertTrue(e.getMessage().contains(known), e.getMessage());
        }
    }

    @Test
    void theServicesFileAndTheModuleDescriptorRegisterTheSameProviders() throws IOException {
        String service = RoutingPolicyProvider.class.getName();
        Set<String> listed;
        try (InputStream in = resource("META-INF/services/" + service)) {
            listed = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        ModuleDescriptor module;
        try (InputStream in = resource("module-info.class")) {
            module = ModuleDescriptor.read(in);
        }

        assertEquals(Set.of(BankCenterPolicyProvider.class.getName(), BankRulesProvider.class.getName()), listed);
        assertEquals("io.escalation.examples.vendor", module.name());
        assertEquals(List.of(listed.toString()), module.provides().stream()
                .filter(p -> p.service().equals(service)).map(p -> new TreeSet<>(p.providers()).toString()).toList());
        assertEquals(Set.of("io.escalation.examples.vendor"),
                module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    }

    private static InputStream resource(String name) throws IOException {
        // the module's own output, not a module-info.class of some other jar on the class path
        java.net.URL url = BankRulesProvider.class.getProtectionDomain().getCodeSource().getLocation();
        java.nio.file.Path root;
        try {
            root = java.nio.file.Path.of(url.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException("cannot locate the module's classes", e);
        }
        return java.nio.file.Files.newInputStream(root.resolve(name));
    }
}
