package io.escalation.routing;

import java.util.Locale;
import io.escalation.model.ActorId;
import static io.escalation.routing.StandardPolicyTest.NOW;
import static io.escalation.routing.StandardPolicyTest.context;
import static io.escalation.routing.StandardPolicyTest.mailQuestion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.InvalidEscalationException;
import io.escalation.Violation;
import io.escalation.model.Escalation;
import io.escalation.model.ExperienceLevel;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.Tier;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoutingCompositionTest {

    private static final Reason VIP = Reason.of("vip", "acme/vip");
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
        // the override's reasons first, then the base's deciding reasons (not whom it would have assigned)
        assertEquals(List.of("vip", "assigned-best-match", "knowledge-gap"), codes(trainee));
        assertEquals(1, trainee.reasons().stream().filter(r -> r.code().equals("assigned-best-match")).count());
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
    }

    @Test
    void onATieOfTiersHighestTierKeepsTheMoreInvolvedMode() {
        RoutingPolicy managerCallsBack = (e, c) -> ResponderSelector.standard()
                .staff(RoutingDecision.of(Tier.MANAGER, RoutingMode.CALL_BACK, VIP), e, c);
        for (List<RoutingPolicy> order : List.of(List.of(managerCallsBack, MANAGER_TAKES_OVER),
                List.of(MANAGER_TAKES_OVER, managerCallsBack))) {
            RoutingDecision d = RoutingPolicies.highestTier(order.toArray(RoutingPolicy[]::new))
                    .route(mailQuestion(ExperienceLevel.TRAINEE).build(), context().build());
            assertEquals(RoutingMode.TAKE_OVER, d.mode(), "a take-over beats a call-back at the same tier");
        }
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

    private static InvalidEscalationException invalid(org.junit.jupiter.api.function.Executable build) {
        return assertThrows(InvalidEscalationException.class, build);
    }

    private static List<String> rules(InvalidEscalationException e) {
        return e.violations().stream().map(Violation::rule).toList();
    }

    @Test
    void decisionsRejectContradictionsWithTypedErrors() {
        Reason r = VIP;
        InvalidEscalationException noAssignee = invalid(() -> new RoutingDecision(Tier.SUPERVISOR,
                RoutingMode.TAKE_OVER, null, false, null, Staffing.ASSIGNED, Priority.NORMAL, List.of(r)));
        assertEquals(List.of("assignee"), noAssignee.paths());
        assertEquals(List.of("AssigneeMatchesStaffing"), rules(noAssignee));
        InvalidEscalationException otherTier = invalid(() -> new RoutingDecision(Tier.SUPERVISOR,
                RoutingMode.TAKE_OVER, null, false, Responder.available("m", Tier.MANAGER), Staffing.ASSIGNED,
                Priority.NORMAL, List.of(r)));
        assertEquals(List.of("AssigneeOfDecidedTier"), rules(otherTier));
        Responder away = new Responder(ActorId.of("sv-away"), Tier.SUPERVISOR, Presence.AWAY, java.util.Set.of(), 0, null, null);
        InvalidEscalationException absent = invalid(() -> new RoutingDecision(Tier.SUPERVISOR,
                RoutingMode.TAKE_OVER, null, false, away, Staffing.ASSIGNED, Priority.NORMAL, List.of(r)));
        assertEquals(List.of("AssigneePresent"), rules(absent));
        InvalidEscalationException noReasons = invalid(() -> new RoutingDecision(Tier.SUPERVISOR,
                RoutingMode.TAKE_OVER, null, false, null, Staffing.QUEUED, Priority.NORMAL, List.of()));
        assertEquals(List.of("reasons"), noReasons.paths());
        InvalidEscalationException nulls = invalid(() -> new RoutingDecision(null, null, null, false, null, null,
                null, null));
        assertEquals(List.of("mode", "priority", "reasons", "staffing", "tier"), nulls.paths(),
                "every missing part is named at once");
        assertEquals("RoutingDecision", nulls.type());
        assertEquals(List.of("reason"), invalid(() -> RoutingDecision.of(Tier.SUPERVISOR, RoutingMode.TAKE_OVER,
                null)).paths());
    }

    @Test
    void combinatorsNameAMissingArgument() {
        assertEquals(List.of("policies"), invalid(RoutingPolicies::highestTier).paths());
        assertEquals(List.of("policies[1]"), invalid(() -> RoutingPolicies.highestTier(RoutingPolicies.standard(),
                null)).paths());
        assertEquals(List.of("rules[0]"), invalid(() -> RoutingPolicies.firstMatch((RoutingRule) null)).paths());
        assertEquals(List.of("fallback"), invalid(() -> RoutingPolicies.withFallback((e, c) -> Optional.empty(),
                null)).paths());
        assertEquals(List.of("condition"), invalid(() -> RoutingPolicies.when(null, RoutingPolicies.standard()))
                .paths());
        assertEquals(List.of("base"), invalid(() -> RoutingPolicies.override(null, (e, c) -> Optional.empty()))
                .paths());
        assertEquals(List.of("json"), invalid(() -> RoutingPolicies.fromJson(null)).paths());
        assertEquals(List.of("name"), invalid(() -> RoutingPolicies.named(null)).paths());
    }

    @Test
    void customLaddersAreOrderedAndSearchable() {
        Tier qa = Tier.of("qa", 350);
        TierLadder ladder = TierLadder.of(List.of(Tier.OPERATOR, Tier.SUPERVISOR, qa, Tier.MANAGER));
        assertEquals(qa, ladder.above(Tier.SUPERVISOR).orElseThrow());
        assertEquals(Tier.SUPERVISOR, ladder.atLeast(Tier.VETERAN));
        assertEquals(Optional.of(qa), ladder.byCode("qa"));
        assertEquals(ladder, TierLadder.of(List.of(Tier.OPERATOR, Tier.SUPERVISOR, qa, Tier.MANAGER)),
                "ladders are values");
        InvalidEscalationException order = invalid(() -> TierLadder.of(List.of(Tier.MANAGER, Tier.OPERATOR)));
        assertEquals(List.of("tiers[1]"), order.paths());
        assertTrue(order.getMessage().contains("strictly increasing rank, but operator (100) follows manager (400)"),
                order.getMessage());
    }

    @Test
    void aLadderRejectsARepeatedCodeAnEmptyListAndNullTiers() {
        InvalidEscalationException repeated = invalid(() -> TierLadder.of(List.of(Tier.of("sv", 300),
                Tier.of("sv", 310))));
        assertEquals(List.of("tiers[1]"), repeated.paths());
        assertEquals(List.of("DistinctCodes"), rules(repeated));
        assertEquals(List.of("NotEmpty"), rules(invalid(() -> TierLadder.of(List.of()))));
        assertEquals(List.of("tiers"), invalid(() -> TierLadder.of(null)).paths());
        assertEquals(List.of("tiers[1]"), invalid(() -> TierLadder.of(java.util.Arrays.asList(Tier.OPERATOR, null)))
                .paths());
    }

    @Test
    void thresholdsSayWhatTheyGotForEveryBrokenThreshold() {
        InvalidEscalationException e = invalid(() -> Thresholds.DEFAULTS.withTakeOver(
                java.time.Duration.ofSeconds(5), java.time.Duration.ofMinutes(15), java.time.Duration.ofHours(5)));
        assertEquals(List.of("takeOverTrainee", "takeOverVeteran"), e.paths());
        assertEquals("must be between PT1M and PT4H, but was PT5S", e.violations().get(0).message());
        assertEquals("must be between PT1M and PT4H, but was PT5H", e.violations().get(1).message());
        InvalidEscalationException counts = invalid(() -> Thresholds.DEFAULTS.withRepeatContacts(0, 1000));
        assertEquals(List.of("repeatContactsForPriority", "repeatContactsForSupervisor"), counts.paths());
        assertEquals(List.of("supervisorTemperature"), invalid(() -> Thresholds.DEFAULTS.withTemperatures(null,
                io.escalation.model.Temperature.UPSET)).paths());
    }

    @Test
    void contextsRejectBadInputAtOnceNamingTheParameter() {
        RoutingContext.Builder b = RoutingContext.builder(NOW);
        assertEquals(List.of("handlingTime"), invalid(() -> b.handlingTime(java.time.Duration.ofMinutes(-1))).paths());
        assertEquals(List.of("overdueCallbacks"), invalid(() -> b.overdueCallbacks(-1)).paths());
        assertEquals(List.of("zone"), invalid(() -> b.zone(null)).paths());
        assertEquals(List.of("responder"), invalid(() -> b.roster(java.util.Arrays.asList(
                Responder.available("sv-1", Tier.SUPERVISOR), null))).paths());
        assertEquals(List.of("now"), invalid(() -> RoutingContext.builder(null)).paths());
        assertEquals(List.of("needed"), invalid(() -> b.skills("mail-setup", null)).paths());
    }

    @Test
    void aRosterListsEachResponderOnce() {
        Responder available = Responder.available("sv-1", Tier.SUPERVISOR);
        Responder away = new Responder(ActorId.of("sv-1"), Tier.SUPERVISOR, Presence.AWAY, java.util.Set.of(), 0, null, null);
        InvalidEscalationException e = invalid(() -> RoutingContext.builder(NOW).responder(available).responder(away)
                .build());
        assertEquals(List.of("roster[1]"), e.paths());
        assertEquals(List.of("DistinctIds"), rules(e));
    }

    @Test
    void operatorProfilesRejectMissingParts() {
        assertEquals(List.of("authorities", "experience"),
                invalid(() -> new OperatorProfile(null, null)).paths());
        assertEquals(List.of("authorities"), invalid(() -> new OperatorProfile(ExperienceLevel.VETERAN,
                new java.util.HashSet<>(java.util.Arrays.asList(Authority.HANDLE_COMPLAINTS, null)))).paths());
        assertEquals(new OperatorProfile(ExperienceLevel.VETERAN, java.util.Set.of()),
                OperatorProfile.of(ExperienceLevel.VETERAN));
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
