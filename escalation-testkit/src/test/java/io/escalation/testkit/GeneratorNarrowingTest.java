package io.escalation.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.WorkingPeriod;
import io.escalation.model.Escalation;
import io.escalation.model.ContactWindow;
import io.escalation.model.ExperienceLevel;
import io.escalation.model.Priority;
import io.escalation.model.Temperature;
import io.escalation.routing.Presence;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.Thresholds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fluent generators narrow as they say, stay immutable, aim at edge cases and shrink toward the simplest. */
class GeneratorNarrowingTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void onlyTraineesAtLeastUpsetGivesOnlyThat() {
        for (Escalation e : EscalationGens.escalations().onlyTrainees().temperatureAtLeast(Temperature.UPSET)
                .samples(1, 50, 300)) {
            assertEquals(ExperienceLevel.TRAINEE, e.operator().experience());
            assertTrue(e.customerState().temperature().isAtLeast(Temperature.UPSET));
        }
    }

    @Test
    void narrowingLeavesTheOriginalAsItWas() {
        EscalationGen any = EscalationGens.escalations();
        any.onlyVeterans().demandingASupervisor();
        Set<ExperienceLevel> seen = new HashSet<>();
        any.samples(2, 50, 200).forEach(e -> seen.add(e.operator().experience()));
        assertEquals(Set.of(ExperienceLevel.values()), seen);
    }

    @Test
    void aNarrowedTemperatureShrinksToItsLowestValue() {
        PropertyFailure f = assertThrows(PropertyFailure.class, () -> Property
                .forAll(EscalationGens.escalations().temperatureAtLeast(Temperature.STRONG_DEMAND)).seed(3)
                .checkThat(e -> false));
        Escalation e = (Escalation) f.counterexample().get(0);
        assertEquals(Temperature.STRONG_DEMAND, e.customerState().temperature());
        assertEquals(Duration.ZERO, e.handlingTime());
    }

    @Test
    void contradictoryTemperaturesAreRefusedNamingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EscalationGens.escalations().temperatureAtLeast(Temperature.FURIOUS)
                        .temperatureAtMost(Temperature.UPSET));
        assertEquals("temperatureAtMost(UPSET) leaves no temperature of [FURIOUS]", e.getMessage());
    }

    @Test
    void handlingTimesSitExactlyAtTheThresholdsOrOneSecondAway() {
        Set<Duration> seen = new HashSet<>();
        EscalationGens.escalations().handlingTimeAtAThreshold(Thresholds.DEFAULTS).samples(4, 50, 300)
                .forEach(e -> seen.add(e.handlingTime()));
        Set<Duration> expected = new HashSet<>();
        for (int minutes : List.of(10, 15, 20)) {
            Duration d = Duration.ofMinutes(minutes);
            expected.addAll(List.of(d.minusSeconds(1), d, d.plusSeconds(1)));
        }
        assertEquals(expected, seen);
    }

    @Test
    void theDefaultEdgeCasesHoldEachThresholdExactly() {
        Set<Duration> edges = new HashSet<>();
        EscalationGens.handlingTimes().edgeCases().forEach(s -> edges.add(s.value()));
        assertTrue(edges.containsAll(List.of(Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(20),
                Duration.ofMinutes(10).minusSeconds(1))), edges.toString());
    }

    @Test
    void aRosterWithNobodyPresentHasPeopleAllAway() {
        for (List<Responder> roster : EscalationGens.rosters().nobodyPresent().samples(5, 50, 200)) {
            assertFalse(roster.isEmpty());
            assertTrue(roster.stream().allMatch(r -> r.presence() == Presence.AWAY), roster.toString());
        }
    }

    @Test
    void rosterEdgeCasesAreEmptyEveryoneAwayAndEveryoneAvailable() {
        List<List<Responder>> edges = EscalationGens.rosters().edgeCases().stream().map(Shrinkable::value).toList();
        assertEquals(List.of(), edges.get(0));
        assertTrue(edges.get(1).stream().allMatch(r -> r.presence() == Presence.AWAY) && !edges.get(1).isEmpty());
        assertTrue(edges.get(2).stream().allMatch(r -> r.presence() == Presence.AVAILABLE));
    }

    @Test
    void rostersShrinkToFewerResponders() {
        PropertyFailure f = assertThrows(PropertyFailure.class, () -> Property.forAll(EscalationGens.rosters())
                .seed(6).edgeCases(false).checkThat(r -> r.stream().noneMatch(Responder::isPresent)));
        assertEquals(1, ((List<?>) f.counterexample().get(0)).size());
    }

    @Test
    void contextsInTokyoWithAnEmptyRosterAreThat() {
        for (RoutingContext c : EscalationGens.contexts().in(TOKYO).emptyRoster().samples(7, 50, 200)) {
            assertEquals(TOKYO, c.zone());
            assertTrue(c.roster().isEmpty());
        }
        for (RoutingContext c : EscalationGens.contexts().nobodyPresent().samples(8, 50, 200)) {
            assertTrue(!c.roster().isEmpty() && c.roster().stream().noneMatch(Responder::isPresent));
        }
    }

    @Test
    void calendarsInTokyoWithSplitOrOvernightShiftsAreThat() {
        for (CalendarGens.Spec s : EscalationGens.calendars().in(TOKYO).withSplitShifts().specs().samples(9, 50, 50)) {
            assertEquals(TOKYO, s.calendar().zone());
            assertTrue(s.weekly().stream().anyMatch(day -> day.size() >= 2), s.toString());
        }
        for (CalendarGens.Spec s : EscalationGens.calendars().withOvernightShifts().specs().samples(10, 50, 50)) {
            assertTrue(s.weekly().stream().flatMap(List::stream).anyMatch(h -> !h.isAllDay() && h.crossesMidnight()));
        }
        for (BusinessCalendar c : EscalationGens.calendars().inZonesWithDaylightSaving().samples(11, 50, 50)) {
            assertFalse(c.zone().getRules().isFixedOffset(), c.zone().toString());
        }
    }

    @Test
    void instantsNearACalendarHitItsOpeningsClosingsAndDaylightSavingChanges() {
        BusinessCalendar berlin = BusinessCalendar.builder("Europe/Berlin").weekdays(LocalTime.of(9, 0),
                LocalTime.of(12, 0)).weekdays(LocalTime.of(13, 0), LocalTime.of(18, 0)).build();
        List<Instant> near = CalendarGens.instantsNear(berlin).samples(12, 50, 400);
        long atABoundary = near.stream().filter(i -> berlin.workingPeriods(i.minus(Duration.ofDays(1)),
                i.plus(Duration.ofDays(1))).stream().map(WorkingPeriod::start).anyMatch(i::equals)
                || berlin.workingPeriods(i.minus(Duration.ofDays(1)), i.plus(Duration.ofDays(1))).stream()
                        .map(WorkingPeriod::end).anyMatch(i::equals)).count();
        long atAChange = near.stream().filter(i -> {
            var t = berlin.zone().getRules().previousTransition(i.plusNanos(1));
            return t != null && Duration.between(t.getInstant(), i).abs().compareTo(Duration.ofMinutes(90)) <= 0;
        }).count();
        assertTrue(atABoundary >= 40, "exactly at an opening or closing: " + atABoundary);
        assertTrue(atAChange >= 40, "near a daylight-saving change: " + atAChange);
    }

    @Test
    void callbackRequestsNameMidnightPromisesAsEdgeCases() {
        var edges = EscalationGens.callbackRequests().edgeCases();
        assertTrue(edges.stream().anyMatch(s -> s.value().window() != null
                && s.value().window().until().equals(LocalTime.MIDNIGHT)));
    }

    @Test
    void callbackRequestsNarrowToTheCustomersZoneWindowAndCandidates() {
        ContactWindow daytime = ContactWindow.of(LocalTime.of(10, 0), LocalTime.of(20, 0));
        CallbackRequestGen narrowed = EscalationGens.callbackRequests().customerIn(TOKYO).window(daytime)
                .candidates(2, 2).priority(Priority.HIGH).calendars(c -> c.in(TOKYO));
        for (var r : narrowed.samples(14, 50, 40)) {
            assertEquals(TOKYO, r.customerZone());
            assertEquals(daytime, r.window());
            assertEquals(Priority.HIGH, r.priority());
            assertEquals(List.of("c0", "c1"), r.candidates().stream().map(c -> c.id().value()).toList());
            assertTrue(r.candidates().stream().allMatch(c -> c.calendar().zone().equals(TOKYO)));
        }
        assertTrue(narrowed.edgeCases().isEmpty(), "the midnight edge cases do not fit this narrowing");
        assertEquals(1, EscalationGens.callbackRequests().customerIn(TOKYO).withoutWindow().edgeCases().size(),
                "New Year's Eve fits a Tokyo customer without a window");
    }

    @Test
    void concernFirstBriefingsOfUpsetCustomersWithoutDetailsAreThat() {
        for (var b : EscalationGens.briefings().concernFirst().temperatureAtLeast(Temperature.UPSET).withoutDetails()
                .samples(15, 50, 200)) {
            assertTrue(b.concern() != null, "concern-first");
            assertTrue(b.temperature() != null && b.temperature().isAtLeast(Temperature.UPSET));
            assertTrue(b.actionsTaken().isEmpty() && b.history().isEmpty() && b.environment() == null
                    && b.background() == null, "no details");
        }
        PropertyFailure f = assertThrows(PropertyFailure.class, () -> Property
                .forAll(EscalationGens.briefings().categoryFirst()).seed(16).checkThat(b -> false));
        var simplest = (io.escalation.briefing.Briefing) f.counterexample().get(0);
        assertEquals(null, simplest.concern(), "category-first");
        assertEquals(null, simplest.temperature(), "without the customer's state");
        assertEquals(List.of(), simplest.actionsTaken(), "without details");
    }

    @Test
    void typedCombinationOfEightPartsShrinksEveryPart() {
        Gen<List<Integer>> eight = Gens.combine(Gens.integers(0, 9), Gens.integers(0, 9), Gens.integers(0, 9),
                Gens.integers(0, 9), Gens.integers(0, 9), Gens.integers(0, 9), Gens.integers(0, 9), Gens.integers(1, 9),
                (a, b, c, d, e, f, g, h) -> List.of(a, b, c, d, e, f, g, h));
        PropertyFailure failure = assertThrows(PropertyFailure.class, () -> Property.forAll(eight).seed(13)
                .checkThat(parts -> parts.get(7) < 5));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 5), failure.counterexample().get(0));
    }

    @Test
    void generatorsAndTheHarnessDoNotDependOnJunit() throws Exception {
        Path classes = Path.of(Gen.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/escalation/testkit");
        List<Path> files;
        try (Stream<Path> listed = Files.list(classes)) {
            files = listed.filter(f -> f.toString().endsWith(".class")).toList();
        }
        int checked = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.matches("[A-Za-z]+Contract([$].*)?\\.class") || name.startsWith("Waivers")) {
                continue; // the contract suites are JUnit classes; the generators and the harness are not
            }
            String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains("org/junit") || bytes.contains("org/opentest4j"), name + " refers to JUnit");
            checked++;
        }
        assertTrue(checked > 20, "checked " + checked + " classes");
    }
}
