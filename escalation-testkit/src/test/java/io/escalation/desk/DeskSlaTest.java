package io.escalation.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.callback.BusinessCalendar;
import io.escalation.lifecycle.Action;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.lifecycle.SlaMetric;
import io.escalation.model.EscalationRef;
import io.escalation.model.Priority;
import io.escalation.model.Tier;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.sla.SlaCalendar;
import io.escalation.sla.SlaDeadline;
import io.escalation.sla.SlaTargets;
import io.escalation.sla.SlaWarning;
import io.escalation.store.InMemoryEscalationStore;
import io.escalation.testkit.EscalationGens;
import io.escalation.testkit.TestClock;
import io.escalation.text.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The desk records SLA warnings and breaches once, and a breach raises the priority. */
class DeskSlaTest {

    /** Tuesday 2026-11-24, 10:30 in Tokyo. */
    private static final Instant T0 = Instant.parse("2026-11-24T01:30:00Z");
    private static final SlaTargets TARGETS = SlaTargets.builder(SlaCalendar.of("tokyo-office", "2026-04",
                    BusinessCalendar.builder(ZoneId.of("Asia/Tokyo")).weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                            .build()))
            .target(SlaMetric.ACKNOWLEDGEMENT, Duration.ofMinutes(15), SlaWarning.atPercent(60))
            .build();

    private final TestClock clock = TestClock.fixed(T0);
    private final InMemoryEscalationStore store = new InMemoryEscalationStore();
    private final List<Action> heard = new ArrayList<>();

    private EscalationDesk desk() {
        return EscalationDesk.builder().store(store).clock(clock).slaTargets(TARGETS)
                .listener((event, state) -> heard.add(event.action())).build();
    }

    private EscalationRef raise(EscalationDesk desk) {
        return desk.raise(EscalationGens.seed(clock.instant()).build(), RoutingContext.builder(clock.instant())
                .responder(Responder.available("sv-1", Tier.SUPERVISOR)).build()).ref();
    }

    @Test
    void aWarningThenABreachAreRecordedOnceAndTheBreachRaisesThePriority() {
        EscalationDesk desk = desk();
        EscalationRef ref = raise(desk);
        assertEquals(T0.plus(Duration.ofMinutes(9)), desk.nextSlaNoticeAt(ref).orElseThrow());
        assertEquals(1, desk.recordDueSlaNotices(ref).version(), "nothing is due yet");

        clock.advance(Duration.ofMinutes(9));
        EscalationState warned = desk.recordDueSlaNotices(ref);
        assertEquals(List.of(Action.RAISE, Action.WARN_SLA), heard);
        assertTrue(warned.slaWarned(SlaMetric.ACKNOWLEDGEMENT, 1, 0));
        assertEquals(warned, desk.recordDueSlaNotices(ref), "a second call records nothing");
        assertEquals(T0.plus(Duration.ofMinutes(15)), desk.nextSlaNoticeAt(ref).orElseThrow());

        clock.advance(Duration.ofMinutes(10));
        Priority before = warned.priority();
        EscalationState breached = desk.recordDueSlaNotices(ref);
        assertEquals(List.of(Action.RAISE, Action.WARN_SLA, Action.RECORD_SLA_BREACH, Action.RAISE_PRIORITY), heard);
        assertEquals(before.raise(1), breached.priority());
        EscalationEvent raise = breached.history().get(breached.history().size() - 1);
        assertEquals("the time to pick-up target was breached",
                Texts.standard().reason(((Change.PriorityRaised) raise.change()).reason(), Locale.ENGLISH));
        assertEquals(SlaDeadline.Status.BREACHED, desk.slaDeadlines(ref).get(0).status());
        assertTrue(desk.nextSlaNoticeAt(ref).isEmpty());
    }

    @Test
    void desksOnSeveralNodesRacingOnOneEscalationRecordEachNoticeOnce() throws Exception {
        EscalationRef ref = raise(desk());
        clock.advance(Duration.ofMinutes(20));
        int nodes = 8;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<EscalationState>> results = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                EscalationDesk node = desk(); // each node has its own desk over the shared store
                results.add(pool.submit(() -> {
                    go.await();
                    return node.recordDueSlaNotices(ref);
                }));
            }
            go.countDown();
            for (Future<EscalationState> f : results) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Action> actions = store.load(ref).history().stream().map(EscalationEvent::action).toList();
        assertEquals(List.of(Action.RAISE, Action.WARN_SLA, Action.RECORD_SLA_BREACH, Action.RAISE_PRIORITY), actions);
    }

    @Test
    void aDeskWithoutTargetsRecordsNothing() {
        EscalationDesk plain = EscalationDesk.builder().store(store).clock(clock).build();
        EscalationRef ref = raise(plain);
        clock.advance(Duration.ofDays(3));
        assertEquals(1, plain.recordDueSlaNotices(ref).version());
        assertEquals(List.of(), plain.slaDeadlines(ref));
        assertTrue(plain.nextSlaNoticeAt(ref).isEmpty());
    }
}
