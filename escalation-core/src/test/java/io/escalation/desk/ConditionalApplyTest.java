package io.escalation.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.escalation.InvalidEscalationException;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.EscalationRef;
import io.escalation.model.ModelFixtures;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.model.Tier;
import io.escalation.store.InMemoryEscalationStore;
import io.escalation.store.VersionConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code apply(ref, expectedVersion, actor, change)}: a write based on a stale view (an HTTP client's
 * old ETag) is refused and never replayed on the newer state, while the plain {@code apply} still
 * retries lost races.
 */
class ConditionalApplyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T01:30:00Z");
    private final List<String> heard = new ArrayList<>();
    private final EscalationDesk desk = EscalationDesk.builder()
            .store(new InMemoryEscalationStore())
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .listener((event, state) -> heard.add(event.action().jsonName()))
            .build();

    private EscalationRef raised() {
        return desk.raise(ModelFixtures.seed().build(), RoutingContext.builder(NOW)
                .responder(Responder.available("sv-sato", Tier.SUPERVISOR)).build()).ref();
    }

    @Test
    void aWriteAtTheCurrentVersionIsAppliedWithItsListeners() {
        EscalationRef ref = raised();
        EscalationState acknowledged = desk.apply(ref, 1, Actor.supervisor("sv-sato"), Change.acknowledged());
        assertEquals(2, acknowledged.version());
        assertEquals(List.of("raised", "acknowledged"), heard);
    }

    @Test
    void aWriteOnAStaleVersionIsRefusedAndNothingIsWritten() {
        EscalationRef ref = raised();
        desk.apply(ref, Actor.supervisor("sv-sato"), Change.acknowledged());
        VersionConflictException e = assertThrows(VersionConflictException.class,
                () -> desk.apply(ref, 1, Actor.supervisor("sv-sato"), Change.instructed("確認してください")));
        assertEquals(1, e.expectedVersion());
        assertEquals(2, e.actualVersion());
        assertEquals(2, desk.get(ref).version());
    }

    @Test
    void ofEightWritersWithOneVersionExactlyOneWins() throws Exception {
        EscalationRef ref = raised();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> outcomes = new ConcurrentLinkedQueue<>();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            done.add(pool.submit(() -> {
                start.await();
                try {
                    desk.apply(ref, 1, Actor.supervisor("sv-sato"), Change.acknowledged());
                    outcomes.add("won");
                } catch (VersionConflictException | io.escalation.lifecycle.IllegalTransitionException e) {
                    outcomes.add("refused");
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(1, outcomes.stream().filter("won"::equals).count());
        assertEquals(2, desk.get(ref).version());
    }

    @Test
    void theVersionIsChecked() {
        EscalationRef ref = raised();
        InvalidEscalationException e = assertThrows(InvalidEscalationException.class,
                () -> desk.apply(ref, 0, Actor.supervisor("sv-sato"), Change.acknowledged()));
        assertEquals("expectedVersion", e.violations().get(0).path());
    }
}
