package io.escalation.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.callback.AttemptPolicy;
import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.CallbackAttempts;
import io.escalation.callback.CallbackOption;
import io.escalation.callback.CallbackPlanner;
import io.escalation.callback.Candidate;
import io.escalation.callback.Handoff;
import io.escalation.lifecycle.Action;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.CallbackOutcome;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.EscalationRef;
import io.escalation.model.Tier;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.store.InMemoryEscalationStore;
import io.escalation.testkit.EscalationGens;
import io.escalation.testkit.TestClock;
import io.escalation.text.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A promised callback has an attempt budget: failed attempts use it up, and the last one raises the priority. */
class DeskCallbackAttemptsTest {

    /** Tuesday 2026-11-24, 10:30 in Tokyo. */
    private static final Instant T0 = Instant.parse("2026-11-24T01:30:00Z");
    private static final Actor SV = Actor.supervisor("sv-1");

    @Test
    void failedAttemptsKeepThePromisePendingUntilTheBudgetIsSpent() {
        TestClock clock = TestClock.fixed(T0);
        EscalationDesk desk = EscalationDesk.builder().store(new InMemoryEscalationStore()).clock(clock)
                .callbacks(CallbackPlanner.builder().attempts(AttemptPolicy.of(3, Duration.ofMinutes(10),
                        Duration.ofHours(2))).build())
                .build();
        EscalationRef ref = desk.raise(EscalationGens.seed(clock.instant()).build(), RoutingContext.builder(clock.instant())
                .responder(Responder.available("sv-1", Tier.SUPERVISOR)).build()).ref();
        BusinessCalendar office = BusinessCalendar.builder(ZoneId.of("Asia/Tokyo"))
                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).build();
        CallbackOption option = desk.planCallback(ref, List.of(Candidate.of(Responder.available("sv-1", Tier.SUPERVISOR),
                office, Handoff.live()))).best().orElseThrow();
        EscalationState s = desk.apply(ref, SV, EscalationDesk.promised(option));
        assertEquals(3, s.pendingCallback().orElseThrow().attemptsLeft());

        CallbackAttempts attempts = option.attempts();
        clock.advance(Duration.ofMinutes(1));
        s = desk.apply(ref, SV, new Change.CallbackMissed());
        assertEquals(2, s.pendingCallback().orElseThrow().attemptsLeft(), "still promised after one failed attempt");
        assertTrue(attempts.next(1, clock.instant()) instanceof CallbackAttempts.Dial, "and a next attempt is planned");
        s = desk.apply(ref, SV, new Change.CallbackMissed());
        var priority = s.priority();
        s = desk.apply(ref, SV, new Change.CallbackMissed());

        assertTrue(s.pendingCallback().isEmpty());
        assertEquals(CallbackOutcome.MISSED, s.callbacks().get(0).outcome());
        assertEquals(priority.raise(1), s.priority(), "the broken promise raises the priority");
        EscalationEvent last = s.history().get(s.history().size() - 1);
        assertEquals(Action.RAISE_PRIORITY, last.action());
        assertEquals("the 3 attempts are spent, so no further attempt",
                Texts.standard().reason(((Change.PriorityRaised) last.change()).reason(), Locale.ENGLISH));
        assertTrue(attempts.next(3, clock.instant()) instanceof CallbackAttempts.Exhausted);
    }
}
