package io.escalation.examples.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.InvalidEscalationException;
import io.escalation.model.Category;
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
import io.escalation.routing.Staffing;
import io.escalation.testkit.EscalationGens;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the bank's rules decide, case by case. */
class BankCenterPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");
    private static final Responder SUPERVISOR = Responder.available("sv-1", Tier.SUPERVISOR);
    private static final Responder MANAGER = Responder.available("mg-1", Tier.MANAGER);
    private static final RoutingContext FLOOR = RoutingContext.builder(NOW)
            .roster(List.of(Responder.available("op-9", Tier.OPERATOR), SUPERVISOR, MANAGER)).build();

    private final BankCenterPolicy policy = new BankCenterPolicy();

    private static Escalation escalation(RequestKind kind, String category) {
        return BankCases.about(EscalationGens.seed(NOW).build(), kind, Category.of(category, "bank category"));
    }

    @Test
    void harassmentGoesToComplianceAndASupervisorTakesOver() {
        RoutingDecision d = policy.route(escalation(RequestKind.HARASSMENT, "atm"), FLOOR);

        assertEquals(BankCenterPolicy.COMPLIANCE, d.department());
        assertEquals(RoutingMode.TAKE_OVER, d.mode());
        assertEquals(SUPERVISOR, d.assignee());
        assertEquals(Priority.HIGH, d.priority());
        assertEquals(BankCenterPolicy.HARASSMENT, d.reasons().get(0), "the bank's reason comes first");
        assertTrue(d.reasons().stream().anyMatch(r -> r.rule().equals("standard/harassment")),
                "the standard policy's view is kept after it: " + d.reasons());
    }

    @Test
    void aRegulatoryComplaintIsReferredToComplianceEvenForAPrivateBankingCustomer() {
        Escalation complaint = escalation(RequestKind.COMPLAINT, "mis-selling");

        for (Escalation e : List.of(complaint, BankCases.privateBanking(complaint))) {
            RoutingDecision d = policy.route(e, FLOOR);
            assertEquals(BankCenterPolicy.COMPLIANCE, d.department());
            assertEquals(RoutingMode.REFER_TO_DEPARTMENT, d.mode());
            assertEquals(Tier.SUPERVISOR, d.tier());
            assertEquals(BankCenterPolicy.REGULATORY, d.reasons().get(0));
        }
    }

    @Test
    void aComplaintOutsideTheRegulatoryCategoriesStaysWithTheStandardPolicy() {
        Escalation e = escalation(RequestKind.COMPLAINT, "atm");

        assertEquals(RoutingPolicies.standard().route(e, FLOOR), policy.route(e, FLOOR));
        assertNull(policy.route(e, FLOOR).department());
    }

    @Test
    void aPrivateBankingCustomerGoesStraightToASupervisor() {
        Escalation plain = escalation(RequestKind.ADVICE, "atm");
        assertEquals(RoutingMode.ANSWER_WHILE_HOLDING, policy.route(plain, FLOOR).mode(), "the standard answer");

        RoutingDecision d = policy.route(BankCases.privateBanking(plain), FLOOR);

        assertEquals(Tier.SUPERVISOR, d.tier());
        assertEquals(RoutingMode.TAKE_OVER, d.mode());
        assertEquals(Staffing.ASSIGNED, d.staffing());
        assertEquals(SUPERVISOR, d.assignee());
        assertEquals(BankCenterPolicy.VIP, d.reasons().get(0));
    }

    @Test
    void aPrivateBankingCustomerKeepsAManagerWhenTheStandardPolicyCallsForOne() {
        Escalation irregular = escalation(RequestKind.IRREGULAR_HANDLING, "atm").toBuilder()
                .fault(FaultAttribution.COMPANY).build();
        assertEquals(Tier.MANAGER, RoutingPolicies.standard().route(irregular, FLOOR).tier());

        RoutingDecision d = policy.route(BankCases.privateBanking(irregular), FLOOR);

        assertEquals(Tier.MANAGER, d.tier(), "VIP never lowers the tier");
        assertEquals(MANAGER, d.assignee());
        assertTrue(d.reasons().contains(BankCenterPolicy.VIP), "and says it saw a VIP: " + d.reasons());
    }

    @Test
    void withNobodyPresentTheComplianceCaseWaitsInTheSupervisorQueue() {
        RoutingContext empty = RoutingContext.builder(NOW).build();

        RoutingDecision d = policy.route(escalation(RequestKind.HARASSMENT, "atm"), empty);

        assertEquals(Staffing.QUEUED, d.staffing());
        assertEquals(Tier.SUPERVISOR, d.tier());
        assertEquals(BankCenterPolicy.COMPLIANCE, d.department());
    }

    @Test
    void aMissingArgumentIsRefusedWithTheSdkError() {
        Escalation e = escalation(RequestKind.ADVICE, "atm");

        assertThrows(InvalidEscalationException.class, () -> policy.route(null, FLOOR));
        assertThrows(InvalidEscalationException.class, () -> policy.route(e, null));
    }
}
