package io.escalation.desk;

import io.escalation.model.LocalizedText;
import java.util.Locale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.escalation.InvalidEscalationException;
import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.CallbackOption;
import io.escalation.callback.CallbackPlan;
import io.escalation.callback.Candidate;
import io.escalation.callback.Handoff;
import io.escalation.json.EscalationJson;
import io.escalation.lifecycle.Action;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.BusinessTime;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.lifecycle.EscalationStatus;
import io.escalation.lifecycle.ExceptionDecision;
import io.escalation.lifecycle.ExplanationOutcome;
import io.escalation.lifecycle.IllegalTransitionException;
import io.escalation.lifecycle.ReferralKind;
import io.escalation.lifecycle.SlaClocks;
import io.escalation.lifecycle.UnauthorizedActionException;
import io.escalation.model.ActorId;
import io.escalation.model.Channel;
import io.escalation.model.CustomerRef;
import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.EscalationRef;
import io.escalation.model.Inquiry;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.RequestKind;
import io.escalation.model.SiteId;
import io.escalation.model.TenantId;
import io.escalation.model.Tier;
import io.escalation.routing.Presence;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.store.CaseQuery;
import io.escalation.store.EscalationStore;
import io.escalation.store.InMemoryCaseLibrary;
import io.escalation.store.InMemoryEscalationStore;
import io.escalation.testkit.EscalationGens;
import io.escalation.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class EscalationDeskTest {

    /** Tuesday 2026-11-24, 10:30 in Tokyo. */
    private static final Instant T0 = Instant.parse("2026-11-24T01:30:00Z");
    private static final Actor SV = Actor.supervisor("sv-1");
    private static final Actor MANAGER = Actor.manager("mgr-1");
    private static final Actor DEPT = Actor.department("billing-1");
    private static final Actor OP = Actor.operator("op-1");

    private final TestClock clock = TestClock.fixed(T0);
    private final EscalationStore store = new InMemoryEscalationStore();
    private final InMemoryCaseLibrary library = new InMemoryCaseLibrary();
    private final List<String> heard = new ArrayList<>();
    private final EscalationDesk desk = EscalationDesk.builder().store(store).clock(clock).caseLibrary(library)
            .listener((event, state) -> heard.add(event.action() + "@" + state.version()))
            .build();

    private static final List<Responder> ROSTER = List.of(Responder.available("sv-1", Tier.SUPERVISOR),
            Responder.available("mgr-1", Tier.MANAGER));

    private RoutingContext context() {
        return RoutingContext.builder(clock.instant()).roster(ROSTER).build();
    }

    private EscalationRef seeded() {
        EscalationRef ref = desk.raise(EscalationGens.seed(clock.instant()).build(), context()).ref();
        heard.clear();
        return ref;
    }

    @Test
    void raisingRoutesStoresAndNotifies() {
        Escalation e = EscalationGens.seed(clock.instant()).idempotencyKey("crm-1").build();
        EscalationDesk.RaiseResult raised = desk.raise(e, context());
        assertTrue(raised.created());
        assertEquals(Tier.SUPERVISOR, raised.state().tier());
        assertEquals(Actor.supervisor("sv-1"), raised.state().owner());
        assertEquals(raised.decision().reasons(), raised.state().routingReasons());
        assertEquals(List.of("RAISE@1"), heard);
        EscalationDesk.RaiseResult retry = desk.raise(e.toBuilder().id("esc-retry").build(), context());
        assertFalse(retry.created(), "the same idempotency key returns the first escalation");
        assertEquals(e.ref(), retry.ref());
        assertEquals(List.of("RAISE@1"), heard, "a retry notifies nobody");
    }

    @Test
    void aResponderWhoIsAwayCannotBeAssigned() {
        EscalationRef ref = seeded();
        Responder away = new Responder(ActorId.of("sv-9"), Tier.SUPERVISOR, Presence.AWAY, Set.of(), 0, null, null);
        UnauthorizedActionException ex = assertThrows(UnauthorizedActionException.class,
                () -> desk.apply(ref, SV, EscalationDesk.reassignTo(ref, away)));
        assertTrue(ex.rule().contains("away"));
        EscalationState s = desk.apply(ref, SV,
                EscalationDesk.reassignTo(ref, Responder.available("mgr-1", Tier.MANAGER)));
        assertEquals(Actor.manager("mgr-1"), s.owner());
    }

    @Test
    void seedManagerFlowThroughTheDesk() {
        EscalationRef ref = seeded();
        Department mailOps = Department.of("mail-ops");
        desk.apply(ref, SV, Change.acknowledged());                                   // monitor
        clock.advance(Duration.ofMinutes(2));
        desk.apply(ref, SV, Change.instructed("設定値をもう一度読み上げてもらって"));     // instruct
        clock.advance(Duration.ofMinutes(5));
        desk.apply(ref, MANAGER, Change.takenOver(Tier.MANAGER));                     // manager takes over
        desk.apply(ref, MANAGER, Change.referred(ReferralKind.DEPARTMENT, mailOps, "server-side-check", null));
        clock.advance(Duration.ofDays(1));
        desk.apply(ref, DEPT, Change.answerReceived("サーバ側の障害でした"));
        desk.apply(ref, MANAGER, Change.explained(ExplanationOutcome.NOT_SATISFIED, "wants-compensation", null));
        desk.apply(ref, MANAGER, Change.referred(ReferralKind.DEPARTMENT, mailOps, "customer-not-satisfied",
                "補償の可否を確認"));                                                    // refer again
        clock.advance(Duration.ofHours(5));
        desk.apply(ref, DEPT, Change.answerReceived("復旧済み、再設定で送信可"));
        desk.apply(ref, MANAGER, Change.explained(ExplanationOutcome.ACCEPTED, null, null));   // accept
        EscalationState resolved = desk.apply(ref, MANAGER, Change.resolved("再設定で送受信できることを確認", null));
        EscalationState closed = desk.apply(ref, MANAGER, Change.closed());
        assertEquals(EscalationStatus.RESOLVED, resolved.status());
        assertEquals(EscalationStatus.CLOSED, closed.status());
        assertEquals(12, closed.version());
        assertEquals(2, closed.referrals());
        assertEquals(11, heard.size());
        assertEquals("CLOSE@12", heard.get(heard.size() - 1));
        assertEquals(closed, desk.get(ref));
        assertEquals(1, library.search(ref.tenant(), CaseQuery.text("設定 見落とし")).size(), "resolved cases are filed");
        SlaClocks clocks = desk.slaClocks(ref, BusinessTime.WALL_CLOCK);
        assertEquals(Duration.ofDays(1).plusHours(5), clocks.paused());
        // the history round-trips through the event JSON exactly
        EscalationJson json = EscalationJson.create();
        List<EscalationEvent> back = closed.history().stream().map(json::write).map(json::readEvent).toList();
        assertEquals(closed.history(), back);
        assertEquals(closed, EscalationState.fold(back));
    }

    @Test
    void aRefusedActionStoresNothingAndNotifiesNobody() {
        EscalationRef ref = seeded();
        assertThrows(IllegalTransitionException.class,
                () -> desk.apply(ref, SV, Change.explained(ExplanationOutcome.ACCEPTED, null, null)));
        assertThrows(UnauthorizedActionException.class, () -> desk.apply(ref, OP, Change.acknowledged()));
        assertEquals(1, desk.get(ref).version());
        assertTrue(heard.isEmpty());
    }

    @Test
    void aFailingListenerNeverUndoesTheTransitionAndIsLoggedWithoutPersonalData() {
        Logger logger = (Logger) LoggerFactory.getLogger(EscalationDesk.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            List<String> later = new ArrayList<>();
            EscalationDesk failing = EscalationDesk.builder().store(store).clock(clock)
                    .listener((event, state) -> {
                        throw new IllegalStateException("secret customer detail 山田");
                    })
                    .listener((event, state) -> {
                        throw new AssertionError("an Error from a listener: 山田");
                    })
                    .listener((event, state) -> later.add(event.action().name()))
                    .build();
            EscalationRef ref = seeded();
            EscalationState s = failing.apply(ref, SV, Change.acknowledged());
            assertEquals(EscalationStatus.ACKNOWLEDGED, s.status(), "an Error in a listener is not a failed transition");
            assertEquals(s, store.load(ref));
            assertEquals(List.of("ACKNOWLEDGE"), later, "the next listener still runs");
            assertEquals(2, appender.list.size());
            for (ILoggingEvent logged : appender.list) {
                String line = logged.getFormattedMessage();
                assertTrue(line.contains("ACKNOWLEDGE") && line.contains(ref.id().value()), line);
                assertFalse(line.contains("山田") || line.contains("secret"), line);
            }
        } finally {
            logger.detachAppender(appender);
        }
    }

    @Test
    void queriesAnswerTheFloorsQuestions() {
        EscalationRef ref = seeded();
        TenantId t = ref.tenant();
        CustomerRef customer = desk.get(ref).escalation().customer().ref();
        assertEquals(List.of(ref), desk.openEscalationsOf(t, customer).stream().map(EscalationState::ref).toList());
        assertTrue(desk.openEscalationsOf(t, CustomerRef.of("someone-else")).isEmpty());
        assertTrue(desk.openEscalationsOf(TenantId.of("other-tenant"), customer).isEmpty());
        assertEquals(1, desk.queue(t, SV.id()).size());
        desk.apply(ref, SV, Change.acknowledged());
        Instant now = clock.instant();
        desk.apply(ref, SV, new Change.CallbackScheduled(SV.id(), now.plus(Duration.ofMinutes(30)),
                now.plus(Duration.ofHours(1)), now.plus(Duration.ofMinutes(45))));
        assertTrue(desk.overdueCallbacks(t).isEmpty());
        clock.advance(Duration.ofHours(2));
        assertEquals(1, desk.overdueCallbacks(t).size());
        EscalationState made = desk.apply(ref, SV, new Change.CallbackMade());
        assertTrue(made.pendingCallback().isEmpty());
        assertTrue(desk.overdueCallbacks(t).isEmpty());
    }

    @Test
    void callbacksArePlannedOfferedScheduledAndRaisedWhenOverdue() {
        EscalationRef ref = seeded();
        desk.apply(ref, SV, Change.acknowledged());
        BusinessCalendar office = BusinessCalendar.builder(java.time.ZoneId.of("Asia/Tokyo"))
                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).build();
        CallbackPlan plan = desk.planCallback(ref,
                List.of(new Candidate(ActorId.of("sv-1"), LocalizedText.of(Locale.JAPANESE, "SV").and(Locale.ENGLISH, "a supervisor"), office, Handoff.live())));
        CallbackOption option = plan.best().orElseThrow();
        assertEquals(clock.instant(), option.dueAt(), "10:30 in Tokyo on a Tuesday: the office is open");
        EscalationState s = desk.apply(ref, OP, EscalationDesk.promised(option));
        assertEquals(option.promiseBy(), s.pendingCallback().orElseThrow().promiseBy());
        assertEquals(ActorId.of("sv-1"), s.pendingCallback().orElseThrow().responder());
        clock.advance(Duration.ofHours(3));
        List<EscalationState> raised = desk.raisePriorityOfOverdueCallbacks(ref.tenant());
        assertEquals(1, raised.size());
        assertEquals(Priority.URGENT, raised.get(0).priority(), "over an hour late: two levels up from normal");
        assertTrue(desk.raisePriorityOfOverdueCallbacks(ref.tenant()).isEmpty(), "raised once");
    }

    @Test
    void eachChaseOfAnOverdueCallbackRaisesThePriorityUntilCritical() {
        // routed LOW, promised yesterday, chased 0, 1, 2, 3 times: strictly rising until CRITICAL
        Escalation e = EscalationGens.seed(clock.instant()).id("esc-low").build();
        store.create(new EscalationEvent(e.ref(), 1, e.raisedAt(), OP, new Change.Raised(e, Tier.SUPERVISOR, SV,
                Priority.LOW, List.of(Reason.of("routed", "test")), false)));
        EscalationRef ref = e.ref();
        Instant now = clock.instant();
        desk.apply(ref, OP, new Change.CallbackScheduled(SV.id(), now.plusSeconds(600), now.plusSeconds(1800),
                now.plusSeconds(900)));
        clock.advance(Duration.ofDays(1));                   // the promise was yesterday
        List<Priority> seen = new ArrayList<>();
        seen.add(desk.raisePriorityOfOverdueCallbacks(ref.tenant()).get(0).priority());
        Change chase = Change.customerChased(SiteId.of("bangkok-1"), Channel.PHONE);
        for (int i = 1; i <= 3; i++) {
            clock.advance(Duration.ofMinutes(10));
            EscalationState after = desk.apply(ref, Actor.operator("op-bkk-" + i), chase);
            seen.add(after.priority());
            assertEquals(i, after.pendingCallback().orElseThrow().chases());
        }
        assertEquals(List.of(Priority.HIGH, Priority.URGENT, Priority.CRITICAL, Priority.CRITICAL), seen,
                "late by a day is two levels, each chase one more, up to CRITICAL");
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).compareTo(seen.get(i - 1)) > 0 || seen.get(i) == Priority.CRITICAL,
                    "strictly rising until CRITICAL: " + seen);
        }
        assertTrue(desk.raisePriorityOfOverdueCallbacks(ref.tenant()).isEmpty(), "the timer adds nothing more");
        // each chase and its priority raise are one atomic batch; the raise is recorded by the desk
        List<EscalationEvent> history = desk.get(ref).history();
        assertEquals(Action.RECORD_CHASE, history.get(history.size() - 1).action(),
                "at CRITICAL a chase raises nothing more");
        EscalationEvent lastRaise = history.stream()
                .filter(ev -> ev.action() == Action.RAISE_PRIORITY).reduce((a, b) -> b).orElseThrow();
        assertEquals(Action.RECORD_CHASE, history.get(history.indexOf(lastRaise) - 1).action());
        assertEquals(ActorId.of("escalation-desk"), lastRaise.actor().id());
    }

    @Test
    void chasesRaiseALowPriorityStepByStep() {
        Escalation e = EscalationGens.seed(clock.instant()).id("esc-chased").build();
        EscalationRef ref = desk.raise(e, context()).ref();
        Instant now = clock.instant();
        desk.apply(ref, OP, new Change.CallbackScheduled(SV.id(), now.plusSeconds(600), now.plusSeconds(1800),
                now.plusSeconds(900)));
        // not yet overdue: only the chases count
        Change chase = Change.customerChased(SiteId.of("tokyo-1"), Channel.PHONE);
        List<Priority> seen = new ArrayList<>();
        seen.add(desk.get(ref).priority());
        for (int i = 0; i < 4; i++) {
            seen.add(desk.apply(ref, OP, chase).priority());
        }
        assertEquals(List.of(Priority.NORMAL, Priority.HIGH, Priority.URGENT, Priority.CRITICAL, Priority.CRITICAL),
                seen);
    }

    @Test
    void raisingForACustomerWithAnOverdueCallbackTellsRoutingSo() {
        EscalationRef first = seeded();
        Instant now = clock.instant();
        desk.apply(first, OP, new Change.CallbackScheduled(SV.id(), now.plusSeconds(600), now.plusSeconds(1800),
                now.plusSeconds(900)));
        clock.advance(Duration.ofHours(3));
        Escalation again = EscalationGens.seed(clock.instant()).id("esc-2").build();
        EscalationDesk.RaiseResult raised = desk.raise(again, context());
        assertTrue(raised.decision().reasons().stream().anyMatch(r -> r.code().contains("callback")),
                "routing heard of the overdue callback: " + raised.decision().reasons());
    }

    @Test
    void irregularHandlingNeedsAManagersApprovalBeforeAnExceptionIsGranted() {
        Escalation e = EscalationGens.seed(clock.instant())
                .inquiry(Inquiry.builder(RequestKind.IRREGULAR_HANDLING).decisionWanted("返金の例外対応をしてよいか")
                        .build())
                .build();
        EscalationRef ref = desk.raise(e, context()).ref();
        desk.apply(ref, SV, Change.acknowledged());
        desk.apply(ref, SV, Change.instructed("返金規定を確認"));
        assertThrows(UnauthorizedActionException.class, () -> desk.apply(ref, SV, new Change.IrregularHandlingApproved()));
        assertThrows(UnauthorizedActionException.class,
                () -> desk.apply(ref, SV, Change.resolved("返金した", ExceptionDecision.GRANTED)));
        EscalationState approved = desk.apply(ref, MANAGER, new Change.IrregularHandlingApproved());
        assertTrue(approved.managerApproved());
        EscalationState granted = desk.apply(ref, SV, Change.resolved("返金した", ExceptionDecision.GRANTED));
        assertEquals(ExceptionDecision.GRANTED, granted.exceptionDecision());
    }

    @Test
    void theDeskNeedsAStoreAndAClockAndTakesEachOptionOnce() {
        InvalidEscalationException e = assertThrows(InvalidEscalationException.class,
                () -> EscalationDesk.builder().build());
        assertEquals(List.of("clock", "store"), e.paths());
        InvalidEscalationException twice = assertThrows(InvalidEscalationException.class,
                () -> EscalationDesk.builder().clock(clock).clock(clock));
        assertTrue(twice.getMessage().contains("clock was already set"), twice.getMessage());
        assertThrows(InvalidEscalationException.class, () -> desk.apply(null, SV, Change.acknowledged()));
    }
}
