package io.escalation.lifecycle;

import static io.escalation.lifecycle.LifecycleFixtures.acknowledge;
import static io.escalation.lifecycle.LifecycleFixtures.answer;
import static io.escalation.lifecycle.LifecycleFixtures.close;
import static io.escalation.lifecycle.LifecycleFixtures.explain;
import static io.escalation.lifecycle.LifecycleFixtures.instruct;
import static io.escalation.lifecycle.LifecycleFixtures.raisedSeed;
import static io.escalation.lifecycle.LifecycleFixtures.refer;
import static io.escalation.lifecycle.LifecycleFixtures.resolve;
import static io.escalation.lifecycle.LifecycleFixtures.takeOver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.model.FreeText;
import io.escalation.model.ModelFixtures;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.RequestKind;
import io.escalation.model.Inquiry;
import io.escalation.model.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
        s = acknowledge(s, SV, MIN);                         // the SV listens in
        assertEquals(SV, s.owner());
        s = instruct(s, SV, MIN);                            // tells the operator what to say
        s = takeOver(s, SV, Tier.SUPERVISOR, Duration.ofMinutes(5)); // then takes the call over
        s = refer(s, SV, MIN);                               // asks the department
        s = answer(s, DEPT, Duration.ofDays(2));             // which answers days later
        s = explain(s, SV, Duration.ofHours(1));             // explained to the customer
        s = refer(s, SV, MIN);                               // not satisfied: back to the department
        assertEquals(EscalationStatus.REFERRED, s.status());
        s = answer(s, DEPT, Duration.ofDays(1));
        s = explain(s, SV, Duration.ofHours(1));
        s = resolve(s, SV, MIN);                             // the customer accepts
        s = close(s, SV, MIN);
        assertEquals(EscalationStatus.CLOSED, s.status());
        assertEquals(12, s.version());
        assertEquals(12, s.history().size());
        assertEquals(s, EscalationState.fold(s.history()));
        assertTrue(s.allowedActions().isEmpty());
    }

    @Test
    void illegalTransitionNamesFromActionAndAllowedActions() {
        EscalationState s = raisedSeed();
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> explain(s, SV, MIN));
        assertEquals(EscalationStatus.RAISED, e.from());
        assertEquals(Action.EXPLAIN, e.action());
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
        assertThrows(UnauthorizedActionException.class, () -> irregular.apply(
                new EscalationEvent.IrregularHandlingApproved(irregular.id(), 2, LifecycleFixtures.T0, OP)));
        assertThrows(UnauthorizedActionException.class, () -> irregular.apply(
                new EscalationEvent.IrregularHandlingApproved(irregular.id(), 2, LifecycleFixtures.T0, SV)));
        EscalationState approved = irregular.apply(
                new EscalationEvent.IrregularHandlingApproved(irregular.id(), 2, LifecycleFixtures.T0, MANAGER));
        assertTrue(approved.managerApproved());
    }

    private static EscalationState irregular(boolean outsourced) {
        var e = ModelFixtures.seed().raisedAt(LifecycleFixtures.T0)
                .inquiry(Inquiry.builder(RequestKind.IRREGULAR_HANDLING).decisionWanted("返金できるか").build()).build();
        EscalationEvent.Raised r = new EscalationEvent.Raised(e.id(), 1, e.raisedAt(), OP, e, Tier.MANAGER, MANAGER,
                Priority.HIGH, List.of(Reason.of("irregular", "イレギュラー", "irregular", "test")), outsourced);
        return EscalationState.start(r);
    }

    @Test
    void outsourcedIrregularHandlingNeedsTheClientsApprovalBeforeResolving() {
        EscalationState s = irregular(true);
        s = acknowledge(s, MANAGER, MIN);
        s = s.apply(new EscalationEvent.IrregularHandlingApproved(s.id(), s.version() + 1, s.updatedAt(), MANAGER));
        s = instruct(s, MANAGER, MIN);
        EscalationState waiting = s;
        UnauthorizedActionException e = assertThrows(UnauthorizedActionException.class,
                () -> resolve(waiting, MANAGER, MIN));
        assertTrue(e.rule().contains("client"));
        s = s.apply(new EscalationEvent.ClientApproved(s.id(), s.version() + 1, s.updatedAt(), Actor.client("acme")));
        s = resolve(s, MANAGER, MIN);
        assertEquals(EscalationStatus.RESOLVED, s.status());
    }

    @Test
    void theOperatorCannotResolveIrregularHandling() {
        EscalationState s = instruct(acknowledge(irregular(false), SV, MIN), SV, MIN);
        EscalationState before = s;
        assertThrows(UnauthorizedActionException.class, () -> resolve(before, OP, MIN));
    }

    @Test
    void onlyTheRaisingOperatorMayWithdraw() {
        EscalationState s = raisedSeed();
        assertThrows(UnauthorizedActionException.class, () -> s.apply(
                new EscalationEvent.Withdrawn(s.id(), 2, LifecycleFixtures.T0, Actor.operator("op-2"), null)));
        EscalationState w = s.apply(new EscalationEvent.Withdrawn(s.id(), 2, LifecycleFixtures.T0, OP,
                FreeText.of("再起動で解決")));
        assertEquals(EscalationStatus.WITHDRAWN, w.status());
        assertEquals(EscalationStatus.CLOSED, close(w, SV, MIN).status());
    }

    @Test
    void callbacksAreScheduledOneAtATimeAndSettled() {
        EscalationState s = acknowledge(raisedSeed(), SV, MIN);
        Instant t = s.updatedAt();
        EscalationState scheduled = s.apply(new EscalationEvent.CallbackScheduled(s.id(), 3, t, SV, SV,
                t.plus(Duration.ofHours(1)), t.plus(Duration.ofHours(2)), t.plus(Duration.ofMinutes(105))));
        assertTrue(scheduled.pendingCallback().isPresent());
        assertTrue(scheduled.pendingCallback().get().isOverdue(t.plus(Duration.ofHours(3))));
        assertThrows(IllegalTransitionException.class, () -> scheduled.apply(new EscalationEvent.CallbackScheduled(
                s.id(), 4, t, SV, SV, t, t.plusSeconds(60), t)));
        EscalationState made = scheduled.apply(new EscalationEvent.CallbackMade(s.id(), 4, t.plusSeconds(3600), SV));
        assertEquals(CallbackOutcome.MADE, made.callbacks().get(0).outcome());
        assertThrows(IllegalTransitionException.class,
                () -> made.apply(new EscalationEvent.CallbackMissed(s.id(), 5, t.plusSeconds(3600), SV)));
        assertThrows(IllegalTransitionException.class, () -> s.apply(new EscalationEvent.CallbackScheduled(s.id(), 3,
                t, SV, SV, t.plusSeconds(100), t.plusSeconds(50), t)));
    }

    @Test
    void priorityOnlyRises() {
        EscalationState s = raisedSeed();
        Reason overdue = Reason.of("callback-overdue", "折り返し期限超過", "callback overdue", "test");
        EscalationState raised = s.apply(new EscalationEvent.PriorityRaised(s.id(), 2, LifecycleFixtures.T0,
                Actor.system("timer"), Priority.URGENT, overdue));
        assertEquals(Priority.URGENT, raised.priority());
        assertThrows(IllegalTransitionException.class, () -> raised.apply(new EscalationEvent.PriorityRaised(
                s.id(), 3, LifecycleFixtures.T0, Actor.system("timer"), Priority.HIGH, overdue)));
    }

    @Test
    void eventsMustContinueTheHistory() {
        EscalationState s = raisedSeed();
        assertThrows(EventSequenceException.class,
                () -> s.apply(new EscalationEvent.Acknowledged(s.id(), 3, LifecycleFixtures.T0, SV)));
        assertThrows(EventSequenceException.class, () -> s.apply(new EscalationEvent.Acknowledged(s.id(), 2,
                LifecycleFixtures.T0.minusSeconds(1), SV)));
        assertThrows(EventSequenceException.class, () -> s.apply(new EscalationEvent.Acknowledged(
                io.escalation.model.EscalationId.of("other"), 2, LifecycleFixtures.T0, SV)));
        assertThrows(EventSequenceException.class, () -> EscalationState.fold(List.of()));
        assertThrows(EventSequenceException.class, () -> EscalationState.fold(
                List.of(new EscalationEvent.Acknowledged(s.id(), 1, LifecycleFixtures.T0, SV))));
        EscalationEvent.Raised first = LifecycleFixtures.raised(s.escalation());
        assertThrows(IllegalTransitionException.class, () -> s.apply(new EscalationEvent.Raised(s.id(), 2,
                first.at(), first.actor(), first.escalation(), first.tier(), first.assignee(), first.priority(),
                first.reasons(), false)));
    }

    @Test
    void reopeningClearsTheResolution() {
        EscalationState s = resolve(instruct(acknowledge(raisedSeed(), SV, MIN), SV, MIN), OP, MIN);
        assertTrue(s.resolution() != null);
        EscalationState reopened = s.apply(new EscalationEvent.Reopened(s.id(), s.version() + 1, s.updatedAt(), SV,
                null));
        assertEquals(EscalationStatus.ACKNOWLEDGED, reopened.status());
        assertNull(reopened.resolution());
    }

    @Test
    void eventsValidateTheirParts() {
        assertThrows(io.escalation.InvalidEscalationException.class,
                () -> new EscalationEvent.Acknowledged(null, 0, null, null));
    }
}
