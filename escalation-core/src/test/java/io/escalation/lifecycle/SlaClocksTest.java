package io.escalation.lifecycle;

import static io.escalation.lifecycle.LifecycleFixtures.acknowledge;
import static io.escalation.lifecycle.LifecycleFixtures.answer;
import static io.escalation.lifecycle.LifecycleFixtures.explain;
import static io.escalation.lifecycle.LifecycleFixtures.raisedSeed;
import static io.escalation.lifecycle.LifecycleFixtures.refer;
import static io.escalation.lifecycle.LifecycleFixtures.resolve;
import static io.escalation.lifecycle.LifecycleFixtures.step;
import static io.escalation.lifecycle.LifecycleFixtures.takeOver;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.escalation.model.Tier;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaClocksTest {

    private static final Actor SV = Actor.supervisor("sv-1");
    private static final Actor MANAGER = Actor.manager("mgr-1");

    @Test
    void clocksSplitTimeByStatusAndTierAndPauseWhileReferred() {
        EscalationState s = raisedSeed();                                          // T0, tier SUPERVISOR
        s = acknowledge(s, SV, Duration.ofMinutes(2));                             // +2m
        s = takeOver(s, MANAGER, Tier.MANAGER, Duration.ofMinutes(10));            // +12m
        s = refer(s, MANAGER, "needs-department-decision", Duration.ofMinutes(5));                              // +17m
        s = answer(s, Actor.department("d-1"), Duration.ofHours(20));             // +20h17m
        s = explain(s, MANAGER, ExplanationOutcome.ACCEPTED, Duration.ofMinutes(30));
        Instant now = s.updatedAt().plus(Duration.ofMinutes(3));
        SlaClocks clocks = SlaClocks.of(s, now, BusinessTime.WALL_CLOCK);
        assertEquals(Duration.ofMinutes(2), clocks.byStatus().get(EscalationStatus.RAISED));
        assertEquals(Duration.ofMinutes(10), clocks.byStatus().get(EscalationStatus.ACKNOWLEDGED));
        assertEquals(Duration.ofHours(20), clocks.byStatus().get(EscalationStatus.REFERRED));
        assertEquals(Duration.ofMinutes(3), clocks.byStatus().get(EscalationStatus.EXPLAINED));
        assertEquals(Duration.ofMinutes(12), clocks.byTier().get(Tier.SUPERVISOR));
        Duration total = Duration.ofMinutes(12 + 5 + 30 + 3).plus(Duration.ofHours(20));
        assertEquals(total, clocks.total());
        assertEquals(Duration.ofHours(20), clocks.paused());
        assertEquals(total.minus(Duration.ofHours(20)), clocks.running());
        assertEquals(total.minus(Duration.ofMinutes(12)), clocks.byTier().get(Tier.MANAGER));
    }

    @Test
    void waitingForTheCustomerPausesTheClockUnlessThePolicySaysOtherwise() {
        EscalationState s = acknowledge(raisedSeed(), SV, Duration.ofMinutes(10));
        s = step(s, SV, Change.awaitingCustomer(null));
        EscalationState waiting = s;
        assertThrowsIllegal(() -> step(waiting, SV, Change.awaitingCustomer(null)));
        s = step(s, SV, new Change.CustomerResponded(), Duration.ofHours(2));
        Instant now = s.updatedAt().plus(Duration.ofMinutes(5));
        SlaClocks paused = SlaClocks.of(s, now, BusinessTime.WALL_CLOCK);
        assertEquals(Duration.ofHours(2), paused.paused());
        assertEquals(Duration.ofMinutes(15), paused.running());
        assertEquals(Duration.ZERO, SlaClocks.of(s, now, BusinessTime.WALL_CLOCK, SlaPolicy.NEVER_PAUSED).paused());
        EscalationState responded = s;
        assertThrowsIllegal(() -> step(responded, SV, new Change.CustomerResponded()));
    }

    private static void assertThrowsIllegal(org.junit.jupiter.api.function.Executable e) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalTransitionException.class, e);
    }

    @Test
    void businessTimeUsesTheGivenMeasure() {
        EscalationState s = acknowledge(raisedSeed(), SV, Duration.ofHours(2));
        BusinessTime halfTime = (from, to) -> Duration.between(from, to).dividedBy(2);
        SlaClocks clocks = SlaClocks.of(s, s.updatedAt().plus(Duration.ofHours(2)), halfTime);
        assertEquals(Duration.ofHours(4), clocks.total());
        assertEquals(Duration.ofHours(2), clocks.businessTotal());
        assertEquals(Duration.ofHours(2), clocks.businessRunning());
    }

    @Test
    void clocksStopWhenTheEscalationIsResolved() {
        EscalationState s = resolve(LifecycleFixtures.instruct(acknowledge(raisedSeed(), SV, Duration.ofMinutes(1)),
                SV, Duration.ofMinutes(1)), SV, Duration.ofMinutes(1));
        SlaClocks later = SlaClocks.of(s, s.updatedAt().plus(Duration.ofDays(3)), BusinessTime.WALL_CLOCK);
        assertEquals(Duration.ofMinutes(3), later.total());
    }
}
