package io.escalation.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.escalation.model.RequestKind;
import io.escalation.store.InMemoryEscalationStore;
import io.escalation.testkit.LifecycleGens;
import io.escalation.testkit.Property;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Random action sequences by random actors (1,000 sequences of up to 50 actions). */
class LifecyclePropertiesTest {

    private static final BusinessTime HALF = (a, b) -> Duration.between(a, b).dividedBy(2);

    @Test
    void randomSequencesReachEveryStatusAndAction() {
        java.util.Set<EscalationStatus> statuses = java.util.EnumSet.noneOf(EscalationStatus.class);
        java.util.Set<Action> actions = java.util.EnumSet.noneOf(Action.class);
        java.util.concurrent.atomic.AtomicInteger longest = new java.util.concurrent.atomic.AtomicInteger();
        Property.forAll(LifecycleGens.raises(), LifecycleGens.sequences(50)).check((raised, attempts) -> {
            EscalationState state = EscalationState.start(raised);
            for (LifecycleGens.Attempt attempt : attempts) {
                try {
                    state = state.apply(attempt.toEvent(state));
                    statuses.add(state.status());
                    actions.add(state.history().get(state.history().size() - 1).action());
                } catch (IllegalTransitionException | UnauthorizedActionException refused) {
                    // refused attempts are part of the test; see the invariant property
                }
            }
            longest.accumulateAndGet(state.history().size(), Math::max);
        });
        assertEquals(java.util.EnumSet.allOf(EscalationStatus.class), statuses);
        java.util.Set<Action> expected = java.util.EnumSet.allOf(Action.class);
        expected.remove(Action.RAISE);
        assertEquals(expected, actions);
        assertTrue(longest.get() >= 20, "histories get long: " + longest.get());
    }

    @Test
    void randomSequencesKeepEveryInvariant() {
        Property.forAll(LifecycleGens.raises(), LifecycleGens.sequences(50)).named("lifecycle sequences")
                .check((raised, attempts) -> {
                    InMemoryEscalationStore store = new InMemoryEscalationStore();
                    EscalationState state = store.create(raised).state();
                    List<EscalationState> reached = new ArrayList<>(List.of(state));
                    for (LifecycleGens.Attempt attempt : attempts) {
                        EscalationEvent event = attempt.toEvent(state);
                        EscalationState before = state;
                        try {
                            state = store.append(state.ref(), state.version(), List.of(event));
                            assertEquals(before.apply(event), state, "store and state agree");
                            reached.add(state);
                        } catch (IllegalTransitionException | UnauthorizedActionException refused) {
                            assertEquals(before, store.load(before.ref()),
                                    "a rejected action changes nothing");
                        }
                        invariants(state);
                    }
                    assertEquals(state, EscalationState.fold(state.history()), "fold equals incremental");
                    clocksNeverDecrease(reached);
                });
    }

    private static void invariants(EscalationState s) {
        List<EscalationEvent> h = s.history();
        assertEquals(s.version(), h.size());
        for (int i = 0; i < h.size(); i++) {
            assertEquals(i + 1, h.get(i).version(), "versions are contiguous");
        }
        long pending = s.callbacks().stream().filter(c -> c.outcome() == CallbackOutcome.PENDING).count();
        assertTrue(pending <= 1, "at most one pending callback");
        if (s.status() == EscalationStatus.RESOLVED) {
            assertNotNull(s.resolution());
        }
        if (!s.status().isOpen()) {
            assertTrue(!s.awaitingCustomer(), "a closed escalation waits for nobody");
        }
        if (!s.status().isOpen() && s.status() != EscalationStatus.RESOLVED) {
            assertTrue(s.status() == EscalationStatus.WITHDRAWN || s.status() == EscalationStatus.CLOSED);
        }
        if (s.status() == EscalationStatus.CLOSED) {
            Action previous = h.get(h.size() - 2).action();
            assertTrue(previous == Action.RESOLVE || previous == Action.WITHDRAW || previous == Action.RECORD_CALLBACK_MADE
                    || h.stream().anyMatch(e -> e.action() == Action.RESOLVE || e.action() == Action.WITHDRAW),
                    "closed only after resolution or withdrawal");
            assertEquals(Action.CLOSE, h.get(h.size() - 1).action());
        }
        if (s.status() == EscalationStatus.ACKNOWLEDGED || s.status() == EscalationStatus.TAKEN_OVER) {
            assertNotNull(s.owner(), "an acknowledged or taken-over escalation has an owner");
        }
        if (s.escalation().inquiry().kind() != RequestKind.IRREGULAR_HANDLING) {
            assertTrue(!s.managerApproved(), "only irregular handling is approved");
        }
        for (EscalationEvent e : h) {
            if (e.change() instanceof Change.Resolved r) {
                if (s.escalation().inquiry().kind() == RequestKind.IRREGULAR_HANDLING) {
                    assertTrue(e.actor().role() != ActorRole.OPERATOR, "operators do not resolve exceptions");
                    assertNotNull(r.exception(), "resolving irregular handling says whether the exception was granted");
                    if (r.exception() == ExceptionDecision.GRANTED) {
                        assertTrue(grantedAfterApprovals(h, h.indexOf(e), s.clientApprovalRequired()),
                                "an exception is granted only after the approvals it needs");
                    }
                } else {
                    assertNull(r.exception(), "only irregular handling carries an exception decision");
                }
            }
            if (e.change() instanceof Change.IrregularHandlingApproved) {
                assertEquals(ActorRole.MANAGER, e.actor().role(), "only managers approve irregular handling");
            }
        }
        if (s.status() != EscalationStatus.RESOLVED && s.status() != EscalationStatus.CLOSED) {
            if (s.status().isOpen()) {
                assertNull(s.resolution());
            }
        }
    }

    private static boolean grantedAfterApprovals(List<EscalationEvent> h, int resolvedAt, boolean clientNeeded) {
        boolean manager = false;
        boolean client = false;
        for (int i = 0; i < resolvedAt; i++) {
            manager |= h.get(i).change() instanceof Change.IrregularHandlingApproved;
            client |= h.get(i).change() instanceof Change.ClientApproved;
        }
        return manager && (client || !clientNeeded);
    }

    /**
     * Walks the real timeline: each state is observed from its last event until the next event
     * happens (and the last state a while longer); along it no clock may decrease.
     */
    private static void clocksNeverDecrease(List<EscalationState> reached) {
        SlaClocks previous = null;
        for (int i = 0; i < reached.size(); i++) {
            EscalationState s = reached.get(i);
            java.time.Instant until = i + 1 < reached.size() ? reached.get(i + 1).updatedAt()
                    : s.updatedAt().plus(Duration.ofMinutes(7));
            for (java.time.Instant now : List.of(s.updatedAt(), until)) {
                SlaClocks clocks = SlaClocks.of(s, now, HALF);
                if (previous != null) {
                    notLess(previous.total(), clocks.total());
                    notLess(previous.paused(), clocks.paused());
                    notLess(previous.running(), clocks.running());
                    notLess(previous.businessTotal(), clocks.businessTotal());
                    notLess(previous.businessRunning(), clocks.businessRunning());
                    for (Map.Entry<EscalationStatus, Duration> e : previous.byStatus().entrySet()) {
                        notLess(e.getValue(), clocks.byStatus().getOrDefault(e.getKey(), Duration.ZERO));
                    }
                    for (var e : previous.byTier().entrySet()) {
                        notLess(e.getValue(), clocks.byTier().getOrDefault(e.getKey(), Duration.ZERO));
                    }
                }
                previous = clocks;
            }
        }
    }

    private static void notLess(Duration before, Duration after) {
        if (after.compareTo(before) < 0) {
            fail("an SLA clock went back from " + before + " to " + after);
        }
    }
}
