package io.escalation.routing;

import static io.escalation.routing.StandardPolicyTest.NOW;
import static io.escalation.routing.StandardPolicyTest.context;
import static io.escalation.routing.StandardPolicyTest.mailQuestion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.model.Escalation;
import io.escalation.model.ExperienceLevel;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.Tier;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoutingCompositionTest {

    private static final Reason VIP = Reason.of("vip", "VIP顧客", "VIP customer", "acme/vip");
    private static final RoutingPolicy MANAGER_TAKES_OVER = (e, c) -> ResponderSelector.standard()
            .staff(RoutingDecision.of(Tier.MANAGER, RoutingMode.TAKE_OVER, VIP).withPriority(Priority.URGENT), e, c);

    private static List<String> codes(RoutingDecision d) {
        return d.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void overrideWinsWhenItAppliesAndKeepsTheBaseReasons() {
        RoutingPolicy policy = RoutingPolicies.override(RoutingPolicies.standard(),
                RoutingPolicies.when((e, c) -> e.operator().experience() == ExperienceLevel.TRAINEE, MANAGER_TAKES_OVER));
        RoutingDecision trainee = policy.route(mailQuestion(ExperienceLevel.TRAINEE).build(), context().build());
        assertEquals(Tier.MANAGER, trainee.tier());
        // the override's reasons first, then the base's, which explain what it would have decided
        assertEquals(List.of("vip", "assigned-best-match", "knowledge-gap", "assigned-best-match"), codes(trainee));
        RoutingDecision regular = policy.route(mailQuestion(ExperienceLevel.REGULAR).build(), context().build());
        assertEquals(Tier.SUPERVISOR, regular.tier());
    }

    @Test
    void highestTierTakesTheHighestAndKeepsEveryReasonAndTheHighestPriority() {
        RoutingPolicy policy = RoutingPolicies.highestTier(RoutingPolicies.standard(), MANAGER_TAKES_OVER);
        RoutingDecision d = policy.route(mailQuestion(ExperienceLevel.TRAINEE).build(), context().build());
        assertEquals(Tier.MANAGER, d.tier());
        assertEquals(Priority.URGENT, d.priority());
        assertTrue(codes(d).containsAll(List.of("vip", "knowledge-gap")));
        assertThrows(IllegalArgumentException.class, RoutingPolicies::highestTier);
    }

    @Test
    void firstMatchAsksInOrderAndWithFallbackCompletesIt() {
        RoutingRule never = (e, c) -> Optional.empty();
        RoutingRule trainees = RoutingPolicies.when((e, c) -> e.operator().experience() == ExperienceLevel.TRAINEE,
                MANAGER_TAKES_OVER);
        RoutingPolicy policy = RoutingPolicies.withFallback(RoutingPolicies.firstMatch(never, trainees),
                RoutingPolicies.standard());
        assertEquals(Tier.MANAGER, policy.route(mailQuestion(ExperienceLevel.TRAINEE).build(), context().build()).tier());
        assertEquals(Tier.SUPERVISOR, policy.route(mailQuestion(ExperienceLevel.VETERAN).build(), context().build())
                .tier());
    }

    @Test
    void policiesAreFoundByNameOnlyWhenAsked() {
        assertSame(RoutingPolicies.standard().getClass(), RoutingPolicies.named("standard").getClass());
        UnknownPolicyException e = assertThrows(UnknownPolicyException.class, () -> RoutingPolicies.named("acme"));
        assertTrue(e.getMessage().contains("standard"), e.getMessage());
    }

    @Test
    void decisionsRejectContradictions() {
        Reason r = VIP;
        assertThrows(IllegalArgumentException.class, () -> new RoutingDecision(Tier.SUPERVISOR,
                RoutingMode.TAKE_OVER, null, false, null, Staffing.ASSIGNED, Priority.NORMAL, List.of(r)));
        assertThrows(IllegalArgumentException.class, () -> new RoutingDecision(Tier.SUPERVISOR,
                RoutingMode.TAKE_OVER, null, false, Responder.available("m", Tier.MANAGER), Staffing.ASSIGNED,
                Priority.NORMAL, List.of(r)));
        assertThrows(IllegalArgumentException.class, () -> new RoutingDecision(Tier.SUPERVISOR,
                RoutingMode.TAKE_OVER, null, false, null, Staffing.QUEUED, Priority.NORMAL, List.of()));
    }

    @Test
    void customLaddersAreOrderedAndSearchable() {
        Tier qa = Tier.of("qa", 350);
        TierLadder ladder = TierLadder.of(List.of(Tier.OPERATOR, Tier.SUPERVISOR, qa, Tier.MANAGER));
        assertEquals(qa, ladder.above(Tier.SUPERVISOR).orElseThrow());
        assertEquals(Tier.SUPERVISOR, ladder.atLeast(Tier.VETERAN));
        assertEquals(Optional.of(qa), ladder.byCode("qa"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TierLadder.of(List.of(Tier.MANAGER, Tier.OPERATOR)));
        assertTrue(e.getMessage().contains("strictly increasing"));
    }

    @Test
    void thresholdsSayWhatTheyGot() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Thresholds.DEFAULTS.withTakeOver(java.time.Duration.ofSeconds(5), java.time.Duration.ofMinutes(15),
                        java.time.Duration.ofMinutes(20)));
        assertEquals("takeOverTrainee must be between PT1M and PT4H, but was PT5S", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Thresholds.DEFAULTS.withRepeatContacts(0, 3));
    }

    @Test
    void contextDefaultsComeFromTheEscalation() {
        Escalation e = mailQuestion(ExperienceLevel.VETERAN).build();
        RoutingContext ctx = RoutingContext.builder(NOW).build();
        assertEquals(e.handlingTime(), ctx.handlingTimeOf(e));
        assertEquals(ExperienceLevel.VETERAN, ctx.operatorOf(e).experience());
        assertTrue(ctx.departmentOf(e).isEmpty());
    }
}
