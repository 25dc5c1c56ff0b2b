package io.escalation.lifecycle;

import java.util.Locale;
import static io.escalation.lifecycle.LifecycleFixtures.acknowledge;
import static io.escalation.lifecycle.LifecycleFixtures.answer;
import static io.escalation.lifecycle.LifecycleFixtures.close;
import static io.escalation.lifecycle.LifecycleFixtures.explain;
import static io.escalation.lifecycle.LifecycleFixtures.instruct;
import static io.escalation.lifecycle.LifecycleFixtures.next;
import static io.escalation.lifecycle.LifecycleFixtures.raisedSeed;
import static io.escalation.lifecycle.LifecycleFixtures.refer;
import static io.escalation.lifecycle.LifecycleFixtures.resolve;
import static io.escalation.lifecycle.LifecycleFixtures.step;
import static io.escalation.lifecycle.LifecycleFixtures.takeOver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.InvalidEscalationException;
import io.escalation.model.ActorId;
import io.escalation.model.Channel;
import io.escalation.model.EscalationRef;
import io.escalation.model.Inquiry;
import io.escalation.model.ModelFixtures;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.RequestKind;
import io.escalation.model.SiteId;
import io.escalation.model.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EscalationStateTest {

    private static final Actor SV = Actor.supervisor("sv-1");
    private static final Actor MANAGER = Actor.manager("mgr-1");
    private static final Actor OP = Actor.operator("op-1");
    private static final Actor DEPT = Actor.department("mail-ops-1");
    private static final Duration MIN = Duration.ofMinutes(1);

    @Test
    void seedManagerFlowFromMonitoringToClose() {
        EscalationState s = raisedSeed();
        s = acknowledge(s, SV, MIN);                                      // the SV listens in
        assertEquals(SV, s.owner());
        s = instruct(s, SV, MIN);                                         // tells the operator what to say
        s = takeOver(s, MANAGER, Tier.MANAGER, Duration.ofMinutes(5));    // a manager takes the call over
        s = refer(s, MANAGER, "needs-department-decision", MIN);          // asks the department
        s = answer(s, DEPT, Duration.ofDays(2));                          // which answers days later
        s = explain(s, MANAGER, ExplanationOutcome.NOT_SATISFIED, Duration.ofHours(1));
        EscalationState notSatisfied = s;
        assertThrows(IllegalTransitionException.class, () -> resolve(notSatisfied, MANAGER, MIN),
                "a customer who did not accept the answer is not resolved");
        s = refer(s, MANAGER, "customer-not-satisfied", MIN);             // back to the department
        assertEquals(EscalationStatus.REFERRED, s.status());
        assertEquals(2, s.referrals());
        s = answer(s, DEPT, Duration.ofDays(1));
        s = explain(s, MANAGER, ExplanationOutcome.ACCEPTED, Duration.ofHours(1));
        s = resolve(s, MANAGER, MIN);                                     // the customer accepts
        s = close(s, MANAGER, MIN);
        assertEquals(EscalationStatus.CLOSED, s.status());
        assertEquals(Tier.MANAGER, s.tier());
        assertEquals(12, s.version());
        assertEquals(12, s.history().size());
        assertEquals(s, EscalationState.fold(s.history()));
        assertTrue(s.allowedActions().isEmpty());
        // the department loop is visible in the history
        List<String> loop = s.history().stream()
                .filter(e -> e.change() instanceof Change.Referred || e.change() instanceof Change.Explained)
                .map(e -> e.change() instanceof Change.Referred r ? "referred:" + r.reasonCode()
                        : "explained:" + ((Change.Explained) e.change()).outcome())
                .toList();
        assertEquals(List.of("referred:needs-department-decision", "explained:NOT_SATISFIED",
                "referred:customer-not-satisfied", "explained:ACCEPTED"), loop);
    }

    @Test
    void illegalTransitionNamesFromActionAndAllowedActions() {
        EscalationState s = raisedSeed();
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> explain(s, SV, ExplanationOutcome.ACCEPTED, MIN));
        assertEquals(EscalationStatus.RAISED, e.from());
        assertEquals(Action.EXPLAIN, e.action());
        assertEquals(s.ref(), e.ref());
        assertTrue(e.allowed().contains(Action.ACKNOWLEDGE));
        assertFalse(e.allowed().contains(Action.EXPLAIN));
        assertTrue(e.getMessage().contains("EXPLAIN is not allowed when RAISED"));
        assertEquals(1, s.version(), "a refused action changes nothing");
    }

    @Test
    void operatorsCannotAcknowledgeOrApproveIrregularHandling() {
        EscalationState s = raisedSeed();
        UnauthorizedActionException ack = assertThrows(UnauthorizedActionException.class,
                () -> acknowledge(s, OP, MIN));
        assertEquals(ActorRole.OPERATOR, ack.role());
        EscalationState irregular = irregular(false);
        assertThrows(UnauthorizedActionException.class,
                () -> step(irregular, OP, new Change.IrregularHandlingApproved()));
        assertThrows(UnauthorizedActionException.class,
                () -> step(irregular, SV, new Change.IrregularHandlingApproved()));
        EscalationState approved = step(irregular, MANAGER, new Change.IrregularHandlingApproved());
        assertTrue(approved.managerApproved());
    }

    private static EscalationState irregular(boolean outsourced) {
        var e = ModelFixtures.seed().raisedAt(LifecycleFixtures.T0)
                .inquiry(Inquiry.builder(RequestKind.IRREGULAR_HANDLING).decisionWanted("返金できるか").build()).build();
        return EscalationState.start(LifecycleFixtures.raised(e, Tier.MANAGER, MANAGER, Priority.HIGH, outsourced));
    }

    @Test
    void outsourcedExceptionsNeedTheClientsApprovalBeforeTheyAreGranted() {
        EscalationState s = irregular(true);
        s = acknowledge(s, MANAGER, MIN);
        s = step(s, MANAGER, new Change.IrregularHandlingApproved());
        s = instruct(s, MANAGER, MIN);
        EscalationState waiting = s;
        UnauthorizedActionException e = assertThrows(UnauthorizedActionException.class,
                () -> resolve(waiting, MANAGER, ExceptionDecision.GRANTED, MIN));
        assertTrue(e.rule().contains("client"));
        s = step(s, Actor.client("acme"), new Change.ClientApproved());
        s = resolve(s, MANAGER, ExceptionDecision.GRANTED, MIN);
        assertEquals(EscalationStatus.RESOLVED, s.status());
        assertEquals(ExceptionDecision.GRANTED, s.exceptionDecision());
    }

    @Test
    void aSupervisorCannotGrantAnExceptionNobodyApproved() {
        EscalationState s = instruct(acknowledge(irregular(false), SV, MIN), SV, MIN);
        EscalationState unapproved = s;
        UnauthorizedActionException e = assertThrows(UnauthorizedActionException.class,
                () -> resolve(unapproved, SV, ExceptionDecision.GRANTED, MIN));
        assertTrue(e.rule().contains("manager"));
        assertThrows(IllegalTransitionException.class, () -> resolve(unapproved, SV, MIN),
                "resolving irregular handling must say whether the exception was granted");
        EscalationState declined = resolve(s, SV, ExceptionDecision.DECLINED, MIN);
        assertEquals(ExceptionDecision.DECLINED, declined.exceptionDecision());
    }

    @Test
    void onlyIrregularHandlingCarriesAnExceptionDecision() {
        EscalationState s = instruct(acknowledge(raisedSeed(), SV, MIN), SV, MIN);
        assertThrows(IllegalTransitionException.class, () -> resolve(s, SV, ExceptionDecision.DECLINED, MIN));
    }

    @Test
    void theOperatorCannotResolveIrregularHandling() {
        EscalationState s = instruct(acknowledge(irregular(false), SV, MIN), SV, MIN);
        EscalationState before = s;
        assertThrows(UnauthorizedActionException.class, () -> resolve(before, OP, ExceptionDecision.DECLINED, MIN));
    }

    @Test
    void onlyTheRaisingOperatorMayWithdraw() {
        EscalationState s = raisedSeed();
        assertThrows(UnauthorizedActionException.class,
                () -> step(s, Actor.operator("op-2"), Change.withdrawn(null)));
        EscalationState w = step(s, OP, Change.withdrawn("再起動で解決"));
        assertEquals(EscalationStatus.WITHDRAWN, w.status());
        assertEquals(EscalationStatus.CLOSED, close(w, SV, MIN).status());
    }

    @Test
    void callbacksAreScheduledOneAtATimeAndSettled() {
        EscalationState s = acknowledge(raisedSeed(), SV, MIN);
        Instant t = s.updatedAt();
        ActorId sv = SV.id();
        EscalationState scheduled = step(s, SV, new Change.CallbackScheduled(sv, t.plus(Duration.ofHours(1)),
                t.plus(Duration.ofHours(2)), t.plus(Duration.ofMinutes(105))));
        assertTrue(scheduled.pendingCallback().isPresent());
        assertTrue(scheduled.pendingCallback().get().isOverdue(t.plus(Duration.ofHours(3))));
        assertThrows(IllegalTransitionException.class, () -> step(scheduled, SV,
                new Change.CallbackScheduled(sv, t, t.plusSeconds(60), t)));
        EscalationState made = step(scheduled, SV, new Change.CallbackMade(), Duration.ofHours(1));
        assertEquals(CallbackOutcome.MADE, made.callbacks().get(0).outcome());
        assertThrows(IllegalTransitionException.class, () -> step(made, SV, new Change.CallbackMissed()));
        assertThrows(IllegalTransitionException.class, () -> step(s, SV,
                new Change.CallbackScheduled(sv, t.plusSeconds(100), t.plusSeconds(50), t)));
    }

    @Test
    void chasesAreCountedOnTheEscalationAndItsPendingCallback() {
        EscalationState s = acknowledge(raisedSeed(), SV, MIN);
        Instant t = s.updatedAt();
        s = step(s, SV, new Change.CallbackScheduled(SV.id(), t.plusSeconds(600), t.plusSeconds(1800),
                t.plusSeconds(900)));
        Change chase = Change.customerChased(SiteId.of("bangkok-1"), Channel.PHONE);
        s = step(step(s, OP, chase, MIN), Actor.operator("op-bkk"), chase, MIN);
        assertEquals(2, s.chases());
        assertEquals(2, s.pendingCallback().orElseThrow().chases());
        s = step(s, SV, new Change.CallbackMade());
        s = step(s, OP, chase, MIN);
        assertEquals(3, s.chases());
        assertEquals(2, s.callbacks().get(0).chases(), "a settled callback keeps the chases it had");
    }

    @Test
    void priorityOnlyRises() {
        EscalationState s = raisedSeed();
        Reason overdue = Reason.of("callback-overdue", "test");
        EscalationState raised = step(s, Actor.system("timer"), new Change.PriorityRaised(Priority.URGENT, overdue));
        assertEquals(Priority.URGENT, raised.priority());
        assertEquals(Priority.NORMAL, raised.routedPriority());
        assertThrows(IllegalTransitionException.class, () -> step(raised, Actor.system("timer"),
                new Change.PriorityRaised(Priority.HIGH, overdue)));
    }

    @Test
    void eventsMustContinueTheHistory() {
        EscalationState s = raisedSeed();
        Change ack = Change.acknowledged();
        assertThrows(EventSequenceException.class,
                () -> s.apply(new EscalationEvent(s.ref(), 3, LifecycleFixtures.T0, SV, ack)));
        assertThrows(EventSequenceException.class,
                () -> s.apply(new EscalationEvent(s.ref(), 2, LifecycleFixtures.T0.minusSeconds(1), SV, ack)));
        assertThrows(EventSequenceException.class, () -> s.apply(new EscalationEvent(
                EscalationRef.of(s.ref().tenant().value(), "other"), 2, LifecycleFixtures.T0, SV, ack)));
        assertThrows(EventSequenceException.class, () -> s.apply(new EscalationEvent(
                EscalationRef.of("another-tenant", s.id().value()), 2, LifecycleFixtures.T0, SV, ack)),
                "the same id in another tenant is another escalation");
        assertThrows(EventSequenceException.class, () -> EscalationState.fold(List.of()));
        assertThrows(EventSequenceException.class, () -> EscalationState.fold(
                List.of(new EscalationEvent(s.ref(), 1, LifecycleFixtures.T0, SV, ack))));
        EscalationEvent first = LifecycleFixtures.raised(s.escalation());
        assertThrows(IllegalTransitionException.class, () -> s.apply(next(s, OP, first.change(), Duration.ZERO)));
    }

    @Test
    void reopeningClearsTheResolution() {
        EscalationState s = resolve(instruct(acknowledge(raisedSeed(), SV, MIN), SV, MIN), OP, MIN);
        assertTrue(s.resolution() != null);
        EscalationState reopened = step(s, SV, Change.reopened(null));
        assertEquals(EscalationStatus.ACKNOWLEDGED, reopened.status());
        assertNull(reopened.resolution());
    }

    @Test
    void eventsAndChangesValidateTheirParts() {
        assertThrows(InvalidEscalationException.class, () -> new EscalationEvent(null, 0, null, null, null));
        InvalidEscalationException e = assertThrows(InvalidEscalationException.class,
                () -> new Change.Referred(ReferralKind.DEPARTMENT, io.escalation.model.Department.of("billing"),
                        "not a code!", null));
        assertEquals(List.of("reasonCode"), e.paths());
        assertEquals(List.of("instruction"), assertThrows(InvalidEscalationException.class,
                () -> Change.instructed(" ")).paths());
    }

    @Test
    void theActionTableNamesEveryChangeOnceWithUniqueJsonNames() {
        Set<Class<?>> types = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Action a : Action.values()) {
            assertTrue(types.add(a.changeType()), a + " repeats a change type");
            assertTrue(names.add(a.jsonName()), a + " repeats a JSON name");
            assertTrue(a.jsonName().matches("[a-z][A-Za-z]*"), a + " is not lowerCamel");
            assertEquals(a, Action.byJsonName(a.jsonName()).orElseThrow());
            assertFalse(a.roles().isEmpty(), a + " allows nobody");
        }
        assertEquals(Set.of(Change.class.getPermittedSubclasses()), types,
                "every change record has exactly one row in the table");
        assertEquals(EnumSet.allOf(Action.class).size(), Change.class.getPermittedSubclasses().length);
    }

    @Test
    void eventIdsAreStableAndDifferPerTenantAndVersion() {
        EscalationState s = acknowledge(raisedSeed(), SV, MIN);
        EscalationEvent first = s.history().get(0);
        EscalationEvent second = s.history().get(1);
        assertEquals(first.eventId(), LifecycleFixtures.raised(s.escalation()).eventId());
        assertFalse(first.eventId().equals(second.eventId()));
        EscalationEvent otherTenant = new EscalationEvent(EscalationRef.of("other", s.id().value()), 2,
                second.at(), second.actor(), second.change());
        assertFalse(second.eventId().equals(otherTenant.eventId()));
    }

    @Test
    void toStringShowsNoPersonalData() {
        EscalationState s = step(instruct(acknowledge(raisedSeed(), SV, MIN), SV, MIN), SV,
                Change.awaitingCustomer("山田様に書類を送付していただく"));
        assertFalse(s.toString().contains("山田"));
        assertFalse(s.history().toString().contains("山田"));
        assertFalse(s.history().toString().contains("設定を再確認"));
    }
}
