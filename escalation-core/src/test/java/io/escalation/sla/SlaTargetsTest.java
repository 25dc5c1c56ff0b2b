package io.escalation.sla;

import static io.escalation.lifecycle.LifecycleFixtures.T0;
import static io.escalation.lifecycle.LifecycleFixtures.raisedSeed;
import static io.escalation.lifecycle.LifecycleFixtures.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.InvalidEscalationException;
import io.escalation.callback.BusinessCalendar;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationState;
import io.escalation.lifecycle.IllegalTransitionException;
import io.escalation.lifecycle.ReferralKind;
import io.escalation.lifecycle.SlaMetric;
import io.escalation.model.Department;
import io.escalation.model.Priority;
import io.escalation.model.RequestKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaTargetsTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final BusinessCalendar OFFICE = BusinessCalendar.builder(TOKYO)
            .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).build();
    private static final BusinessCalendar LONG_HOURS = BusinessCalendar.builder(TOKYO)
            .weekdays(LocalTime.of(8, 0), LocalTime.of(20, 0)).build();
    private static final Actor SV = Actor.supervisor("sv-1");
    private static final Actor DEPT = Actor.department("dept-1");
    private static final Actor SYSTEM = new Actor(io.escalation.model.ActorId.of("desk"),
            io.escalation.lifecycle.ActorRole.SYSTEM);

    private static SlaTargets targets(SlaCalendar calendar) {
        return SlaTargets.builder(calendar)
                .target(SlaMetric.ACKNOWLEDGEMENT, Duration.ofMinutes(15), SlaWarning.atPercent(60))
                .target(SlaMetric.ACKNOWLEDGEMENT, Priority.URGENT, Duration.ofMinutes(5))
                .target(SlaMetric.RESOLUTION, Duration.ofHours(8), SlaWarning.before(Duration.ofHours(1)))
                .target(SlaMetric.UPDATE_WHILE_REFERRED, Duration.ofHours(4), SlaWarning.before(Duration.ofMinutes(30)))
                .build();
    }

    private static SlaDeadline of(List<SlaDeadline> all, SlaMetric metric) {
        return all.stream().filter(d -> d.target().metric() == metric).findFirst().orElseThrow();
    }

    @Test
    void acknowledgementWarnsAt60PercentAndBreachesAfter15MinutesOfOfficeTime() {
        EscalationState s = raisedSeed(); // Tuesday 10:30 Tokyo
        SlaTargets t = targets(SlaCalendar.of("tokyo-office", "2026-04", OFFICE));
        SlaDeadline ack = of(t.deadlines(s, T0.plusSeconds(60)), SlaMetric.ACKNOWLEDGEMENT);
        assertEquals(SlaDeadline.Status.RUNNING, ack.status());
        assertEquals(T0.plus(Duration.ofMinutes(9)), ack.warnings().get(0).at());
        assertEquals(T0.plus(Duration.ofMinutes(15)), ack.breachAt());
        assertEquals(Duration.ofMinutes(1), ack.used());
        assertEquals(List.of(), t.due(s, T0.plus(Duration.ofMinutes(8))));
        assertEquals(List.of(new Change.SlaWarned(SlaMetric.ACKNOWLEDGEMENT, 1, 0, "2026-04")),
                t.due(s, T0.plus(Duration.ofMinutes(9))));
        assertEquals(T0.plus(Duration.ofMinutes(9)), t.nextNoticeAt(s, T0).orElseThrow());

        EscalationState acked = step(s, SV, Change.acknowledged(), Duration.ofMinutes(5));
        SlaDeadline met = of(t.deadlines(acked, T0.plus(Duration.ofHours(1))), SlaMetric.ACKNOWLEDGEMENT);
        assertEquals(SlaDeadline.Status.MET, met.status());
        assertNull(met.breachAt());
        assertEquals(Duration.ofMinutes(5), met.used());
    }

    @Test
    void theMostSpecificTargetAppliesForTheCurrentPriority() {
        SlaTargets t = targets(SlaCalendar.of("tokyo-office", "2026-04", OFFICE));
        EscalationState urgent = step(raisedSeed(), SYSTEM,
                new Change.PriorityRaised(Priority.URGENT, io.escalation.model.Reason.of("test", "test")), Duration.ZERO);
        assertEquals(Duration.ofMinutes(5), of(t.deadlines(urgent, T0), SlaMetric.ACKNOWLEDGEMENT).target().limit());
        assertEquals(Duration.ofMinutes(15),
                t.targetFor(SlaMetric.ACKNOWLEDGEMENT, Priority.NORMAL, RequestKind.COMPLAINT).orElseThrow().limit());
        assertTrue(SlaTargets.builder(SlaCalendar.wallClock()).build()
                .targetFor(SlaMetric.RESOLUTION, Priority.LOW, RequestKind.ADVICE).isEmpty());
    }

    @Test
    void resolutionTimeStopsWhileReferredAndEachReferralHasItsOwnUpdateClock() {
        SlaTargets t = targets(SlaCalendar.of("tokyo-office", "2026-04", OFFICE));
        EscalationState s = step(raisedSeed(), SV, Change.acknowledged(), Duration.ofMinutes(10));   // 10:40
        s = step(s, SV, Change.referred(ReferralKind.DEPARTMENT, Department.of("mail-ops"), "server", null),
                Duration.ofMinutes(20));                                                             // 11:00
        Instant at1500 = T0.plus(Duration.ofMinutes(270));                                          // 15:00
        List<SlaDeadline> now = t.deadlines(s, at1500);
        SlaDeadline resolution = of(now, SlaMetric.RESOLUTION);
        assertEquals(SlaDeadline.Status.PAUSED, resolution.status());
        assertEquals(Duration.ofMinutes(30), resolution.used());
        assertNull(resolution.breachAt());
        SlaDeadline update = of(now, SlaMetric.UPDATE_WHILE_REFERRED);
        assertEquals(3, update.since());
        assertEquals(SlaDeadline.Status.BREACHED, update.status());                   // 4 h from 11:00 is 15:00
        assertEquals(T0.plus(Duration.ofMinutes(270)), update.breachAt());
        // the pick-up came at 10 min, after the 60 % warning (9 min) was due: it is still owed
        assertEquals(List.of(new Change.SlaWarned(SlaMetric.ACKNOWLEDGEMENT, 1, 0, "2026-04"),
                new Change.SlaWarned(SlaMetric.UPDATE_WHILE_REFERRED, 3, 0, "2026-04"),
                new Change.SlaBreached(SlaMetric.UPDATE_WHILE_REFERRED, 3, "2026-04")), t.due(s, at1500));

        EscalationState answered = step(s, DEPT, Change.answerReceived("回答"), Duration.ofHours(1));       // 12:00
        SlaDeadline running = of(t.deadlines(answered, answered.updatedAt()), SlaMetric.RESOLUTION);
        assertEquals(SlaDeadline.Status.RUNNING, running.status());
        // 30 min before the referral, 7.5 h left from 12:00: 18:00 is 6 h, then 1.5 h on Wednesday 10:30
        assertEquals(Instant.parse("2026-11-25T01:30:00Z"), running.breachAt());
        assertEquals(SlaDeadline.Status.MET,
                of(t.deadlines(answered, answered.updatedAt()), SlaMetric.UPDATE_WHILE_REFERRED).status());
    }

    @Test
    void timeCountedUnderAnEarlierCalendarVersionStaysCountedAndTheRestFollowsTheNewOne() {
        // the office keeps longer hours from Tuesday 15:00 Tokyo
        Instant change = Instant.parse("2026-11-24T06:00:00Z");
        SlaCalendar calendar = SlaCalendar.of("tokyo-office", "v1", OFFICE).changedAt(change, "v2", LONG_HOURS);
        SlaTargets t = targets(calendar);
        EscalationState s = step(raisedSeed(), SV, Change.acknowledged(), Duration.ofMinutes(10));
        SlaDeadline resolution = of(t.deadlines(s, change), SlaMetric.RESOLUTION);
        // 10:30-15:00 (4.5 h) by v1, then 3.5 h of v2's hours: 15:00-18:30
        assertEquals(Instant.parse("2026-11-24T09:30:00Z"), resolution.breachAt());
        assertEquals(List.of("v1"), resolution.measured().stream().map(SlaCalendar.Measured::version).distinct()
                .toList());
        SlaDeadline later = of(t.deadlines(s, Instant.parse("2026-11-24T08:00:00Z")), SlaMetric.RESOLUTION);
        assertEquals(List.of("v1", "v1", "v2"), later.measured().stream().map(SlaCalendar.Measured::version).toList(),
                "raised (v1), acknowledged until the change (v1), after it (v2)");
        assertEquals(Duration.ofMinutes(390), later.used());
        assertEquals("v2", t.due(s, Instant.parse("2026-11-24T09:30:00Z")).stream()
                .filter(c -> c instanceof Change.SlaBreached).map(c -> ((Change.SlaBreached) c).calendarVersion())
                .findFirst().orElseThrow());
    }

    @Test
    void aNoticeIsRecordedOnce() {
        SlaTargets t = targets(SlaCalendar.of("tokyo-office", "2026-04", OFFICE));
        EscalationState s = raisedSeed();
        Instant at = T0.plus(Duration.ofMinutes(20));
        List<Change> due = t.due(s, at);
        assertEquals(2, due.size());
        for (Change c : due) {
            s = step(s, SYSTEM, c, Duration.ZERO);
        }
        assertEquals(List.of(), t.due(s, at));
        EscalationState after = s;
        assertThrows(IllegalTransitionException.class, () -> step(after, SYSTEM, due.get(0), Duration.ZERO));
        assertThrows(io.escalation.lifecycle.UnauthorizedActionException.class,
                () -> step(raisedSeed(), SV, due.get(0), Duration.ZERO), "only the system records notices");
    }

    @Test
    void badTargetsAreRefusedWithTheRule() {
        var b = SlaTargets.builder(SlaCalendar.wallClock());
        assertTrue(assertThrows(InvalidEscalationException.class,
                () -> b.target(SlaMetric.RESOLUTION, Duration.ofHours(1), SlaWarning.before(Duration.ofHours(2))))
                .getMessage().contains("warnings[0]"));
        b.target(SlaMetric.RESOLUTION, Duration.ofHours(1));
        assertThrows(InvalidEscalationException.class, () -> b.target(SlaMetric.RESOLUTION, Duration.ofHours(2)));
        assertThrows(InvalidEscalationException.class, () -> b.target(SlaMetric.RESOLUTION, Duration.ZERO));
        assertThrows(InvalidEscalationException.class, () -> SlaWarning.atPercent(100));
        assertThrows(InvalidEscalationException.class, () -> SlaCalendar.wallClock()
                .changedAt(Instant.parse("2026-01-01T00:00:00Z"), "1", OFFICE));
    }
}
