package io.escalation.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.escalation.model.CustomerRef;
import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.ModelFixtures;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.TenantId;
import io.escalation.model.Tier;
import io.escalation.routing.Presence;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.store.CaseQuery;
import io.escalation.store.EscalationStore;
import io.escalation.store.InMemoryCaseLibrary;
import io.escalation.store.InMemoryEscalationStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class EscalationDeskTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now;

        ManualClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final Actor SV = Actor.supervisor("sv-1");
    private static final Actor MANAGER = Actor.manager("mgr-1");
    private static final Actor DEPT = Actor.department("billing-1");

    private final ManualClock clock = new ManualClock(LifecycleFixtures.T0);
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

    private Escalation seeded() {
        Escalation e = ModelFixtures.seed().raisedAt(clock.instant()).build();
        desk.raise(e, context());
        heard.clear();
        return e;
    }

    @Test
    void raisingRoutesStoresAndNotifies() {
        Escalation e = ModelFixtures.seed().raisedAt(clock.instant()).idempotencyKey("crm-1").build();
        EscalationDesk.Raised raised = desk.raise(e, context());
        assertTrue(raised.created());
        assertEquals(Tier.SUPERVISOR, raised.state().tier());
        assertEquals(Actor.supervisor("sv-1"), raised.state().owner());
        assertEquals(raised.decision().reasons(), raised.state().routingReasons());
        assertEquals(List.of("RAISE@1"), heard);
        EscalationDesk.Raised retry = desk.raise(e.toBuilder().id("esc-retry").build(), context());
        assertFalse(retry.created(), "the same idempotency key returns the first escalation");
        assertEquals(e.id(), retry.state().id());
        assertEquals(List.of("RAISE@1"), heard, "a retry notifies nobody");
    }

    @Test
    void aResponderWhoIsAwayCannotBeAssigned() {
        Escalation e = seeded();
        Responder away = new Responder("sv-9", Tier.SUPERVISOR, Presence.AWAY, java.util.Set.of(), 0, null);
        UnauthorizedActionException ex = assertThrows(UnauthorizedActionException.class,
                () -> desk.reassign(e.tenant(), e.id(), SV, away));
        assertTrue(ex.rule().contains("away"));
        EscalationState s = desk.reassign(e.tenant(), e.id(), SV, Responder.available("mgr-1", Tier.MANAGER));
        assertEquals(Actor.manager("mgr-1"), s.owner());
    }

    @Test
    void seedManagerFlowThroughTheDesk() {
        Escalation e = seeded();
        TenantId t = e.tenant();
        desk.acknowledge(t, e.id(), SV);
        clock.advance(Duration.ofMinutes(2));
        desk.instruct(t, e.id(), SV, "設定値をもう一度読み上げてもらって");
        clock.advance(Duration.ofMinutes(5));
        desk.takeOver(t, e.id(), MANAGER, Tier.MANAGER);
        desk.refer(t, e.id(), MANAGER, ReferralKind.DEPARTMENT, Department.of("mail-ops"));
        clock.advance(Duration.ofDays(1));
        desk.recordAnswer(t, e.id(), DEPT, "サーバ側の障害でした");
        desk.explain(t, e.id(), MANAGER);
        desk.refer(t, e.id(), MANAGER, ReferralKind.DEPARTMENT, Department.of("mail-ops")); // not satisfied
        clock.advance(Duration.ofHours(5));
        desk.recordAnswer(t, e.id(), DEPT, "復旧済み、再設定で送信可");
        desk.explain(t, e.id(), MANAGER);
        EscalationState resolved = desk.resolve(t, e.id(), MANAGER, "再設定で送受信できることを確認");
        EscalationState closed = desk.close(t, e.id(), MANAGER);
        assertEquals(EscalationStatus.RESOLVED, resolved.status());
        assertEquals(EscalationStatus.CLOSED, closed.status());
        assertEquals(12, closed.version());
        assertEquals(11, heard.size());
        assertEquals("CLOSE@12", heard.get(heard.size() - 1));
        assertEquals(closed, desk.get(t, e.id()));
        assertEquals(1, library.search(t, CaseQuery.text("設定 見落とし")).size(), "resolved cases are filed");
        SlaClocks clocks = desk.slaClocks(t, e.id(), BusinessTime.WALL_CLOCK);
        assertEquals(Duration.ofDays(1).plusHours(5), clocks.paused());
    }

    @Test
    void aRefusedActionStoresNothingAndNotifiesNobody() {
        Escalation e = seeded();
        assertThrows(IllegalTransitionException.class, () -> desk.explain(e.tenant(), e.id(), SV));
        assertThrows(UnauthorizedActionException.class,
                () -> desk.acknowledge(e.tenant(), e.id(), Actor.operator("op-1")));
        assertEquals(1, desk.get(e.tenant(), e.id()).version());
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
                    .listener((event, state) -> later.add(event.action().name()))
                    .build();
            Escalation e = seeded();
            EscalationState s = failing.acknowledge(e.tenant(), e.id(), SV);
            assertEquals(EscalationStatus.ACKNOWLEDGED, s.status());
            assertEquals(s, store.load(e.tenant(), e.id()));
            assertEquals(List.of("ACKNOWLEDGE"), later, "the next listener still runs");
            assertEquals(1, appender.list.size());
            String logged = appender.list.get(0).getFormattedMessage();
            assertTrue(logged.contains("ACKNOWLEDGE") && logged.contains(e.id().value()), logged);
            assertFalse(logged.contains("山田") || logged.contains("secret"), logged);
        } finally {
            logger.detachAppender(appender);
        }
    }

    @Test
    void queriesAnswerTheFloorsQuestions() {
        Escalation e = seeded();
        TenantId t = e.tenant();
        assertEquals(List.of(e.id()), desk.openEscalationsOf(t, e.customer().ref()).stream().map(EscalationState::id)
                .toList());
        assertTrue(desk.openEscalationsOf(t, CustomerRef.of("someone-else")).isEmpty());
        assertEquals(1, desk.queue(t, SV.id()).size());
        desk.acknowledge(t, e.id(), SV);
        EscalationState s = desk.get(t, e.id());
        store.append(t, e.id(), s.version(), List.of(new EscalationEvent.CallbackScheduled(e.id(), s.version() + 1,
                clock.instant(), SV, SV, clock.instant().plus(Duration.ofMinutes(30)),
                clock.instant().plus(Duration.ofHours(1)), clock.instant().plus(Duration.ofMinutes(45)))));
        assertTrue(desk.overdueCallbacks(t).isEmpty());
        clock.advance(Duration.ofHours(2));
        assertEquals(1, desk.overdueCallbacks(t).size());
        EscalationState raised = desk.raisePriority(t, e.id(), Actor.system("timer"), Priority.URGENT,
                Reason.of("callback-overdue", "折り返し期限超過", "callback overdue", "desk"));
        assertEquals(Priority.URGENT, raised.priority());
        EscalationState made = desk.recordCallbackMade(t, e.id(), SV);
        assertTrue(made.pendingCallback().isEmpty());
        assertTrue(desk.overdueCallbacks(t).isEmpty());
    }

    @Test
    void callbacksArePlannedOfferedScheduledAndChased() {
        Escalation e = seeded();
        TenantId t = e.tenant();
        desk.acknowledge(t, e.id(), SV);
        io.escalation.callback.BusinessCalendar office = io.escalation.callback.BusinessCalendar
                .builder(java.time.ZoneId.of("Asia/Tokyo")).weekdays(java.time.LocalTime.of(9, 0),
                        java.time.LocalTime.of(18, 0)).build();
        io.escalation.callback.CallbackPlan plan = desk.planCallback(t, e.id(), List.of(new io.escalation.callback
                .Candidate("sv", "SV", "a supervisor", office, io.escalation.callback.Handoff.live())));
        io.escalation.callback.CallbackOption option = plan.best().orElseThrow();
        assertEquals(clock.instant(), option.dueAt(), "10:30 in Tokyo on a Tuesday: the office is open");
        EscalationState s = desk.scheduleCallback(t, e.id(), Actor.operator("op-1"), SV, option);
        assertEquals(option.promiseBy(), s.pendingCallback().orElseThrow().promiseBy());
        clock.advance(Duration.ofHours(3));
        List<EscalationState> raised = desk.raisePriorityOfOverdueCallbacks(t, Actor.system("timer"));
        assertEquals(1, raised.size());
        assertEquals(Priority.URGENT, raised.get(0).priority(), "over an hour late: two levels up from normal");
        assertTrue(desk.raisePriorityOfOverdueCallbacks(t, Actor.system("timer")).isEmpty(), "raised once");
    }

    @Test
    void irregularHandlingNeedsAManagersApproval() {
        Escalation e = ModelFixtures.seed().raisedAt(clock.instant())
                .inquiry(io.escalation.model.Inquiry.builder(io.escalation.model.RequestKind.IRREGULAR_HANDLING)
                        .decisionWanted("返金の例外対応をしてよいか").build())
                .build();
        desk.raise(e, context());
        TenantId t = e.tenant();
        assertThrows(UnauthorizedActionException.class, () -> desk.approveIrregularHandling(t, e.id(), SV));
        EscalationState approved = desk.approveIrregularHandling(t, e.id(), MANAGER);
        assertTrue(approved.managerApproved());
    }

    @Test
    void theDeskNeedsAStoreAndAClock() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EscalationDesk.builder().build());
        assertTrue(e.getMessage().contains("store") && e.getMessage().contains("clock"));
    }
}
