package io.escalation.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.lifecycle.Action;
import io.escalation.lifecycle.ActorRole;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.lifecycle.EscalationStatus;
import io.escalation.lifecycle.ExplanationOutcome;
import io.escalation.testkit.TraceGens.Shape;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Realistic traces fold, have the shape they were asked for, and shrink within their shape. */
class TraceGensTest {

    private static final int TRIES = 200;

    @Test
    void everyGeneratedTraceFolds() {
        Set<Shape> seen = EnumSet.noneOf(Shape.class);
        Property.forAll(TraceGens.histories()).tries(TRIES).named("traces fold").check(history -> {
            EscalationState state = EscalationState.fold(history);
            assertEquals(history.size(), state.version());
            assertTrue(state.status() == EscalationStatus.RESOLVED || state.status() == EscalationStatus.WITHDRAWN
                    || state.status() == EscalationStatus.CLOSED, "every trace ends settled: " + state.status());
            seen.add(Shape.of(history));
        });
        assertEquals(EnumSet.allOf(Shape.class), seen, "the unnarrowed generator reaches every shape");
    }

    @Test
    void pingPongIsReferredAgainAfterAnUnsatisfiedExplanation() {
        Property.forAll(TraceGens.histories().shaped(Shape.PING_PONG)).tries(TRIES).check(history -> {
            EscalationState.fold(history);
            List<Action> actions = actions(history);
            assertTrue(count(actions, Action.REFER) >= 2, "ping-pong has two referrals or more: " + actions);
            assertEquals(0, count(actions, Action.REOPEN));
            int referrals = 0;
            boolean unsatisfiedSinceLastReferral = false;
            for (EscalationEvent e : history) {
                if (e.change() instanceof Change.Explained x && x.outcome() == ExplanationOutcome.NOT_SATISFIED) {
                    unsatisfiedSinceLastReferral = true;
                }
                if (e.action() == Action.REFER) {
                    if (referrals > 0) {
                        assertTrue(unsatisfiedSinceLastReferral, "referred again only after 'not satisfied'");
                    }
                    referrals++;
                    unsatisfiedSinceLastReferral = false;
                }
            }
            assertEquals(Shape.PING_PONG, Shape.of(history));
        });
    }

    @Test
    void pingPongFoldsWithTwoReferralsOrMore() {
        // docs/simulator.md shows this property
        Property.forAll(TraceGens.histories().shaped(TraceGens.Shape.PING_PONG)).tries(200)
                .check(history -> assertTrue(EscalationState.fold(history).referrals() >= 2));
    }

    @Test
    void upAndBackGoesFromTheFloorToTheDepartmentAndBack() {
        Property.forAll(TraceGens.histories().shaped(Shape.UP_AND_BACK)).tries(TRIES).check(history -> {
            EscalationState.fold(history);
            List<Action> actions = actions(history);
            assertEquals(1, count(actions, Action.REFER), actions.toString());
            assertEquals(ActorRole.OPERATOR, history.get(0).actor().role(), "raised by the operator");
            int refer = actions.indexOf(Action.REFER);
            assertTrue(history.subList(1, refer).stream().anyMatch(e -> e.actor().role() == ActorRole.SUPERVISOR
                    || e.actor().role() == ActorRole.MANAGER), "a higher tier acts before the referral");
            int answer = actions.indexOf(Action.RECORD_ANSWER);
            assertTrue(answer > refer && history.get(answer).actor().role() == ActorRole.DEPARTMENT,
                    "the department answers");
            int explained = actions.indexOf(Action.EXPLAIN);
            assertTrue(explained > answer, "the answer goes back to the customer");
            assertTrue(actions.indexOf(Action.RESOLVE) > explained);
            assertEquals(Shape.UP_AND_BACK, Shape.of(history));
        });
    }

    @Test
    void reopenedTracesAreResolvedReopenedAndResolvedAgain() {
        Property.forAll(TraceGens.histories().shaped(Shape.REOPENED)).tries(TRIES).check(history -> {
            EscalationState.fold(history);
            List<Action> actions = actions(history);
            int firstReopen = actions.indexOf(Action.REOPEN);
            int lastReopen = actions.lastIndexOf(Action.REOPEN);
            assertTrue(firstReopen > 0 && actions.subList(0, firstReopen).contains(Action.RESOLVE),
                    "resolved before it is reopened: " + actions);
            assertTrue(actions.subList(lastReopen, actions.size()).contains(Action.RESOLVE),
                    "resolved again after the last reopening");
            assertEquals(Shape.REOPENED, Shape.of(history));
        });
    }

    @Test
    void shortTracesStayOnTheFloor() {
        Property.forAll(TraceGens.histories().shaped(Shape.SHORT)).tries(TRIES).check(history -> {
            EscalationState state = EscalationState.fold(history);
            List<Action> actions = actions(history);
            assertEquals(0, count(actions, Action.REFER));
            assertEquals(0, count(actions, Action.REOPEN));
            assertTrue(history.size() <= 10, "short: " + history.size() + " events");
            assertEquals(Shape.SHORT, Shape.of(history));
            assertEquals(0, state.referrals());
        });
    }

    @Test
    void narrowingToTwoShapesGeneratesOnlyThose() {
        Gen<List<EscalationEvent>> two = TraceGens.histories().shaped(Shape.SHORT, Shape.REOPENED);
        Set<Shape> seen = EnumSet.noneOf(Shape.class);
        for (List<EscalationEvent> h : two.samples(7L, 50, 100)) {
            seen.add(Shape.of(h));
        }
        assertEquals(EnumSet.of(Shape.SHORT, Shape.REOPENED), seen);
        assertThrows(IllegalArgumentException.class, () -> TraceGens.histories().shaped(null));
    }

    @Test
    void shrinkingKeepsValidityAndShapeAndEndsAtTheShortestTrace() {
        // the shortest trace of each shape, with no extras and no closing event
        var shortest = java.util.Map.of(Shape.SHORT, 3, Shape.UP_AND_BACK, 7, Shape.PING_PONG, 10,
                Shape.REOPENED, 7);
        for (Shape shape : Shape.values()) {
            Gen<List<EscalationEvent>> gen = TraceGens.histories().shaped(shape);
            SplittableRandom random = new SplittableRandom(42);
            for (int i = 0; i < 10; i++) {
                Shrinkable<List<EscalationEvent>> current = gen.generate(random, 100);
                int steps = 0;
                while (true) {
                    List<Shrinkable<List<EscalationEvent>>> candidates = current.shrinks().limit(40).toList();
                    for (Shrinkable<List<EscalationEvent>> c : candidates) {
                        EscalationState.fold(c.value());
                        assertEquals(shape, Shape.of(c.value()), "a shrink keeps the shape");
                    }
                    // greedy: the first candidate that is not longer, as a runner shrinking a
                    // property that fails for every trace would take
                    int length = current.value().size();
                    Optional<Shrinkable<List<EscalationEvent>>> next = candidates.stream()
                            .filter(c -> c.value().size() <= length).findFirst();
                    if (next.isEmpty() || ++steps > 500) {
                        break;
                    }
                    current = next.get();
                }
                assertEquals(shortest.get(shape), current.value().size(),
                        shape + " shrinks to its shortest trace: " + actions(current.value()));
            }
        }
    }

    private static List<Action> actions(List<EscalationEvent> history) {
        return history.stream().map(EscalationEvent::action).toList();
    }

    private static long count(List<Action> actions, Action action) {
        return actions.stream().filter(a -> a == action).count();
    }
}
