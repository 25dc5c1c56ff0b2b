package io.escalation.routing;

import java.util.Locale;
import io.escalation.text.Texts;
import io.escalation.model.ActorId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.model.CallState;
import io.escalation.model.Category;
import io.escalation.model.CustomerState;
import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.ExperienceLevel;
import io.escalation.model.FaultAttribution;
import io.escalation.model.Inquiry;
import io.escalation.model.ModelFixtures;
import io.escalation.model.Operator;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.RequestKind;
import io.escalation.model.Skill;
import io.escalation.model.Temperature;
import io.escalation.model.Tier;
import io.escalation.model.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seed scenarios through the standard policy. */
class StandardPolicyTest {

    static final Instant NOW = Instant.parse("2026-11-24T01:30:00Z");
    static final Skill MAIL = Skill.of("mail");

    static final Responder SV_MAIL = new Responder(ActorId.of("sv-mail"), Tier.SUPERVISOR, Presence.AVAILABLE, Set.of(MAIL), 2, 0.9, null);
    static final Responder SV_GENERAL = new Responder(ActorId.of("sv-general"), Tier.SUPERVISOR, Presence.AVAILABLE, Set.of(), 0, 0.7, null);
    static final Responder MANAGER = Responder.available("mgr-1", Tier.MANAGER);

    static RoutingContext.Builder context() {
        return RoutingContext.builder(NOW).roster(List.of(SV_MAIL, SV_GENERAL, MANAGER)).skills("mail-setup", Set.of(MAIL));
    }

    static Escalation.Builder mailQuestion(ExperienceLevel experience) {
        return ModelFixtures.seed()
                .operator(Operator.of("op-1", experience, "tokyo-1"))
                .inquiry(Inquiry.builder(RequestKind.ADVICE)
                        .category(Category.of("mail-setup", "メールの設定に失敗する"))
                        .decisionWanted("設定の見落としが無いか確認したい")
                        .actionTaken("プロバイダの公開設定値を入力")
                        .environment("Outlook 2016").build())
                .callState(CallState.onHold(NOW))
                .handlingTime(Duration.ofMinutes(6));
    }

    private static final RoutingPolicy POLICY = RoutingPolicies.standard();

    private static List<String> codes(RoutingDecision d) {
        return d.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void outlookQuestionFromATraineeGetsTheMailSupervisorWhileTheCustomerHolds() {
        RoutingDecision d = POLICY.route(mailQuestion(ExperienceLevel.TRAINEE).build(), context().build());
        assertEquals(Tier.SUPERVISOR, d.tier());
        assertEquals(RoutingMode.ANSWER_WHILE_HOLDING, d.mode());
        assertEquals(SV_MAIL, d.assignee(), "skill match beats lower load");
        assertEquals(Staffing.ASSIGNED, d.staffing());
        assertEquals(List.of("knowledge-gap", "assigned-best-match"), codes(d));
        assertEquals(Priority.NORMAL, d.priority());
        for (Reason r : d.reasons()) {
            assertFalse(Texts.standard().reason(r, Locale.JAPANESE).isBlank() || Texts.standard().reason(r, Locale.ENGLISH).isBlank() || r.rule().isBlank());
        }
    }

    @Test
    void customerDemandingASupervisorGetsOneTakingTheCallOver() {
        Escalation e = mailQuestion(ExperienceLevel.VETERAN)
                .customerState(new CustomerState(Temperature.DISSATISFIED, Urgency.NONE, true)).build();
        RoutingDecision d = POLICY.route(e, context().build());
        assertEquals(Tier.SUPERVISOR, d.tier());
        assertEquals(RoutingMode.TAKE_OVER, d.mode());
        assertTrue(codes(d).contains("demanded-supervisor"));
        assertTrue(Texts.standard().reason(d.reasons().get(0), Locale.JAPANESE).contains("上司を出せ"));
    }

    @Test
    void twentyMinutesWithoutProgressIsTakenOver() {
        Escalation e = mailQuestion(ExperienceLevel.REGULAR).handlingTime(Duration.ofMinutes(20)).build();
        RoutingDecision d = POLICY.route(e, context().build());
        assertEquals(RoutingMode.TAKE_OVER, d.mode());
        assertEquals(codes(d).get(0), "handling-time-exceeded");
        assertEquals(Priority.HIGH, d.priority());
        Escalation early = mailQuestion(ExperienceLevel.REGULAR).handlingTime(Duration.ofMinutes(14)).build();
        assertEquals(RoutingMode.ANSWER_WHILE_HOLDING, POLICY.route(early, context().build()).mode());
        Escalation trainee = mailQuestion(ExperienceLevel.TRAINEE).handlingTime(Duration.ofMinutes(10)).build();
        assertEquals(RoutingMode.TAKE_OVER, POLICY.route(trainee, context().build()).mode(),
                "trainees escalate earlier");
        Escalation veteran = mailQuestion(ExperienceLevel.VETERAN).handlingTime(Duration.ofMinutes(19)).build();
        assertEquals(RoutingMode.ANSWER_WHILE_HOLDING, POLICY.route(veteran, context().build()).mode(),
                "veterans are trusted with more");
    }

    static Escalation refund(FaultAttribution fault) {
        return ModelFixtures.seed()
                .inquiry(Inquiry.builder(RequestKind.IRREGULAR_HANDLING).category(Category.of("refund", "返金の依頼"))
                        .decisionWanted("手数料を返金してよいか").build())
                .fault(fault).customerState(CustomerState.of(Temperature.DISSATISFIED))
                .callState(CallState.onHold(NOW)).build();
    }

    @Test
    void refundExceptionWithTheCompanyAtFaultNeedsAManagerAndInOutsourcedCentersTheClient() {
        RoutingDecision inHouse = POLICY.route(refund(FaultAttribution.COMPANY), context().build());
        assertEquals(Tier.MANAGER, inHouse.tier());
        assertEquals(MANAGER, inHouse.assignee());
        assertFalse(inHouse.clientApprovalRequired());
        assertTrue(codes(inHouse).contains("irregular-needs-manager"));
        RoutingDecision outsourced = POLICY.route(refund(FaultAttribution.COMPANY), context().outsourced(true).build());
        assertEquals(Tier.MANAGER, outsourced.tier());
        assertEquals(RoutingMode.NEEDS_CLIENT_APPROVAL, outsourced.mode());
        assertTrue(outsourced.clientApprovalRequired());
        assertTrue(codes(outsourced).contains("irregular-needs-client"));
    }

    @Test
    void theSameRequestWithTheCustomerAtFaultGetsNoExceptionButASupervisorsExplanation() {
        RoutingDecision d = POLICY.route(refund(FaultAttribution.CUSTOMER), context().outsourced(true).build());
        assertEquals(Tier.SUPERVISOR, d.tier());
        assertEquals(RoutingMode.TAKE_OVER, d.mode());
        assertFalse(d.clientApprovalRequired());
        assertTrue(codes(d).contains("irregular-customer-at-fault"));
    }

    @Test
    void harassmentMovesToTheOrganisation() {
        Escalation e = mailQuestion(ExperienceLevel.VETERAN)
                .inquiry(Inquiry.builder(RequestKind.HARASSMENT).concern("暴言が続いている").build()).build();
        RoutingDecision d = POLICY.route(e, context().build());
        assertTrue(d.tier().isAtLeast(Tier.SUPERVISOR));
        assertEquals(RoutingMode.TAKE_OVER, d.mode());
        assertEquals("harassment", codes(d).get(0));
        assertTrue(Texts.standard().reason(d.reasons().get(0), Locale.ENGLISH).contains("operator is taken off"));
    }

    @Test
    void aCustomerChasingAnOverdueCallbackFromAnotherSiteIsTakenOverUrgently() {
        Escalation e = mailQuestion(ExperienceLevel.REGULAR)
                .operator(Operator.of("op-7", ExperienceLevel.REGULAR, "bangkok"))
                .customerState(new CustomerState(Temperature.STRONG_DEMAND, new Urgency(false, NOW.minus(Duration.ofDays(1)),
                        1, false), false)).build();
        RoutingDecision d = POLICY.route(e, context().customerChasing(true).overdueCallbacks(1).build());
        assertEquals(RoutingMode.TAKE_OVER, d.mode());
        assertTrue(codes(d).contains("chasing-overdue-callback"));
        assertEquals(Priority.CRITICAL, d.priority(), "urgent, raised once more for the customer's wait");
        RoutingDecision notChasing = POLICY.route(mailQuestion(ExperienceLevel.REGULAR).build(),
                context().overdueCallbacks(1).build());
        assertEquals(Priority.HIGH, notChasing.priority());
        assertTrue(codes(notChasing).contains("overdue-callback"));
    }

    @Test
    void theBestSupervisorAbsentSoTheNextBestIsChosen() {
        Responder away = new Responder(ActorId.of("sv-mail"), Tier.SUPERVISOR, Presence.AWAY, Set.of(MAIL), 0, 1.0, null);
        RoutingContext ctx = RoutingContext.builder(NOW).roster(List.of(away, SV_GENERAL, MANAGER))
                .skills("mail-setup", Set.of(MAIL)).build();
        RoutingDecision d = POLICY.route(mailQuestion(ExperienceLevel.TRAINEE).build(), ctx);
        assertEquals(SV_GENERAL, d.assignee());
    }

    @Test
    void selectionPrefersAvailableThenSkillThenLoadThenQualityThenId() {
        Responder busyExpert = new Responder(ActorId.of("a-busy"), Tier.SUPERVISOR, Presence.BUSY, Set.of(MAIL), 0, 1.0, null);
        Responder loaded = new Responder(ActorId.of("b-loaded"), Tier.SUPERVISOR, Presence.AVAILABLE, Set.of(MAIL), 5, 1.0, null);
        Responder light = new Responder(ActorId.of("c-light"), Tier.SUPERVISOR, Presence.AVAILABLE, Set.of(MAIL), 1, 0.5, null);
        Responder lightBetter = new Responder(ActorId.of("d-light"), Tier.SUPERVISOR, Presence.AVAILABLE, Set.of(MAIL), 1, 0.8, null);
        Responder twin = new Responder(ActorId.of("c-twin"), Tier.SUPERVISOR, Presence.AVAILABLE, Set.of(MAIL), 1, 0.8, null);
        Escalation e = mailQuestion(ExperienceLevel.TRAINEE).build();
        RoutingContext ctx = RoutingContext.builder(NOW).roster(List.of(busyExpert, loaded, light, lightBetter, twin))
                .skills("mail-setup", Set.of(MAIL)).build();
        assertEquals("c-twin", POLICY.route(e, ctx).assignee().id().value());
        RoutingContext onlyBusy = RoutingContext.builder(NOW).roster(List.of(busyExpert)).build();
        assertEquals("a-busy", POLICY.route(e, onlyBusy).assignee().id().value(), "busy responders still count as present");
    }

    @Test
    void nobodyPresentMovesUpAndThenQueues() {
        Escalation e = mailQuestion(ExperienceLevel.TRAINEE).build();
        RoutingDecision up = POLICY.route(e, RoutingContext.builder(NOW).responder(MANAGER).build());
        assertEquals(Tier.MANAGER, up.tier());
        assertEquals(Staffing.NEXT_TIER_UP, up.staffing());
        assertTrue(codes(up).contains("no-one-present-next-tier"));
        RoutingDecision queued = POLICY.route(e, RoutingContext.builder(NOW)
                .responder(new Responder(ActorId.of("m"), Tier.MANAGER, Presence.AWAY, Set.of(), 0, null, null)).build());
        assertEquals(Tier.SUPERVISOR, queued.tier());
        assertEquals(Staffing.QUEUED, queued.staffing());
        assertNull(queued.assignee());
        assertTrue(codes(queued).contains("queued-no-one-present"));
    }

    @Test
    void aDepartmentsCategoryIsReferredWithASupervisorOwningIt() {
        Escalation e = refund(FaultAttribution.UNDETERMINED).toBuilder()
                .inquiry(Inquiry.builder(RequestKind.ADVICE).category(Category.of("refund", "返金")).decisionWanted("返金可否")
                        .build()).build();
        RoutingDecision d = POLICY.route(e, context().department("refund", Department.of("billing")).build());
        assertEquals(RoutingMode.REFER_TO_DEPARTMENT, d.mode());
        assertEquals(Department.of("billing"), d.department());
        assertEquals(Tier.SUPERVISOR, d.tier());
    }

    @Test
    void aCallThatEndedIsAnsweredByCallback() {
        Escalation e = mailQuestion(ExperienceLevel.TRAINEE).callState(CallState.ended()).build();
        assertEquals(RoutingMode.CALL_BACK, POLICY.route(e, context().build()).mode());
    }

    @Test
    void thresholdsFixedInThePolicyWinOverTheContexts() {
        Escalation e = mailQuestion(ExperienceLevel.REGULAR).handlingTime(Duration.ofMinutes(8)).build();
        RoutingPolicy strict = RoutingPolicies.standard(Thresholds.DEFAULTS.withTakeOver(Duration.ofMinutes(5),
                Duration.ofMinutes(7), Duration.ofMinutes(9)));
        RoutingDecision d = strict.route(e, context().build());
        assertEquals(RoutingMode.TAKE_OVER, d.mode());
        assertTrue(Texts.standard().reason(d.reasons().get(0), Locale.JAPANESE).contains("7分"), Texts.standard().reason(d.reasons().get(0), Locale.JAPANESE));
        assertEquals(RoutingMode.ANSWER_WHILE_HOLDING, POLICY.route(e, context().build()).mode(),
                "the default 15 minutes have not passed");
        RoutingContext lenient = context().thresholds(Thresholds.DEFAULTS.withTakeOver(Duration.ofMinutes(60),
                Duration.ofMinutes(60), Duration.ofMinutes(60))).build();
        assertEquals(RoutingMode.TAKE_OVER, strict.route(e, lenient).mode(), "the policy's thresholds win");
    }

    @Test
    void contextHandlingTimeWinsOverTheEscalations() {
        Escalation e = mailQuestion(ExperienceLevel.REGULAR).handlingTime(Duration.ZERO).build();
        RoutingDecision d = POLICY.route(e, context().handlingTime(Duration.ofMinutes(16)).build());
        assertEquals(RoutingMode.TAKE_OVER, d.mode());
    }

    @Test
    void threeEarlierContactsMakeThisTheFourthAndBringASupervisor() {
        Escalation e = mailQuestion(ExperienceLevel.VETERAN)
                .customerState(new CustomerState(Temperature.CALM, new Urgency(false, null, 3, false), false)).build();
        Reason r = POLICY.route(e, context().build()).reasons().stream()
                .filter(x -> x.code().equals("repeat-contacts-supervisor")).findFirst().orElseThrow();
        assertEquals("4回目のお問い合わせのため、SVが対応", Texts.standard().reason(r, Locale.JAPANESE));
    }
}
