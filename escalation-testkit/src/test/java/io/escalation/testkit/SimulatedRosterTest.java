package io.escalation.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.InvalidEscalationException;
import io.escalation.callback.BusinessCalendar;
import io.escalation.model.Tier;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Rosters by the hour: numbering, absences, calendars for the planner and refused input. */
class SimulatedRosterTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void respondersAreNumberedPerTierAndAbsencesCountPerHour() {
        SimulatedRoster roster = SimulatedRoster.builder()
                .responders(Tier.SUPERVISOR, 2, 9, 18)
                .responders(Tier.SUPERVISOR, 1, 12, 21)
                .responder("night-lead", Tier.MANAGER, 18, 24)
                .away(Tier.SUPERVISOR, 12, 13)
                .away("supervisor-3", 15, 16)
                .build();
        assertEquals(java.util.List.of("supervisor-1", "supervisor-2", "supervisor-3", "night-lead"),
                roster.duties().stream().map(SimulatedRoster.Duty::id).toList());
        assertEquals(0, roster.present(Tier.SUPERVISOR, 8));
        assertEquals(2, roster.present(Tier.SUPERVISOR, 11));
        assertEquals(0, roster.present(Tier.SUPERVISOR, 12));
        assertEquals(3, roster.present(Tier.SUPERVISOR, 13));
        assertEquals(2, roster.present(Tier.SUPERVISOR, 15));
        assertEquals(1, roster.present(Tier.MANAGER, 23));
        assertEquals("SimulatedRoster[4 responders]", roster.toString());
    }

    @Test
    void aSplitShiftBecomesACalendarWithTwoIntervals() {
        SimulatedRoster roster = SimulatedRoster.builder().responder("sv-a", Tier.SUPERVISOR, 9, 18)
                .away("sv-a", 12, 13).responder("sv-b", Tier.SUPERVISOR, 20, 24).build();
        BusinessCalendar day = roster.duties().get(0).calendar(TOKYO);
        ZonedDateTime nine = LocalDate.of(2026, 11, 24).atTime(9, 0).atZone(TOKYO);
        assertTrue(day.isOpen(nine.toInstant()));
        assertFalse(day.isOpen(nine.plusHours(3).plusMinutes(30).toInstant()), "away at lunch");
        assertTrue(day.isOpen(nine.plusHours(4).toInstant()));
        assertFalse(day.isOpen(nine.plusHours(9).toInstant()));
        BusinessCalendar late = roster.duties().get(1).calendar(TOKYO);
        assertTrue(late.isOpen(nine.plusHours(14).plusMinutes(59).toInstant()), "until midnight");
        assertFalse(late.isOpen(nine.plusHours(15).toInstant()));
    }

    @Test
    void badInputIsRefusedNamingTheProblem() {
        SimulatedRoster.Builder b = SimulatedRoster.builder().responder("sv-a", Tier.SUPERVISOR, 9, 18);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.responder("sv-a", Tier.SUPERVISOR, 9, 18))
                .getMessage().contains("sv-a was already added"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.responder("sv-b", Tier.SUPERVISOR, 18, 9))
                .getMessage().contains("0 <= from < to <= 24"));
        assertThrows(IllegalArgumentException.class, () -> b.responder("sv-b", Tier.SUPERVISOR, 0, 25));
        assertThrows(IllegalArgumentException.class, () -> b.away("nobody", 9, 10));
        assertThrows(IllegalArgumentException.class, () -> b.responders(Tier.SUPERVISOR, 0, 9, 10));
        assertThrows(InvalidEscalationException.class, () -> b.responder("sv b", Tier.SUPERVISOR, 9, 10));
        SimulatedRoster.Duty never = SimulatedRoster.builder().responder("sv-c", Tier.SUPERVISOR, 9, 10)
                .away("sv-c", 9, 10).build().duties().get(0);
        assertFalse(never.onDuty());
        assertThrows(IllegalStateException.class, () -> never.calendar(TOKYO));
    }
}
