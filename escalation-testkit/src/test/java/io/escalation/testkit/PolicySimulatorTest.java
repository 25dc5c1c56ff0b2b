package io.escalation.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.model.Tier;
import io.escalation.routing.RoutingPolicies;
import io.escalation.routing.RoutingPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The policy simulator: deterministic, complete, shows gaps in the roster, compares two policies. */
class PolicySimulatorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** Two supervisor shifts with staggered lunches and a manager in the office hours. */
    private static SimulatedRoster floor() {
        return SimulatedRoster.builder()
                .responders(Tier.SUPERVISOR, 2, 8, 17)
                .responders(Tier.SUPERVISOR, 2, 12, 21)
                .responders(Tier.MANAGER, 1, 9, 18)
                .away("supervisor-1", 11, 12).away("supervisor-2", 12, 13).away("manager-1", 12, 13)
                .build();
    }

    @Test
    void theSameSeedGivesTheSameDayAndTheSameReport() {
        SimulatedDay.Generator days = SimulatedDay.generator(DAY, TOKYO).count(150);
        assertEquals(days.generate(11), days.generate(11));
        assertNotEquals(days.generate(11), days.generate(12));
        PolicySimulator simulator = PolicySimulator.builder(floor()).build();
        SimulationReport once = simulator.run("standard", RoutingPolicies.standard(), days.generate(11));
        SimulationReport again = simulator.run("standard", RoutingPolicies.standard(), days.generate(11));
        assertEquals(once, again);
        assertEquals(once.toMarkdown(), again.toMarkdown());
        assertTrue(once.waited() > 0 && once.promisesMade() > 0, "a busy day has waits and promises: "
                + once.toMarkdown());
    }

    @Test
    void totalsEqualTheInputCount() {
        PolicySimulator simulator = PolicySimulator.builder(floor()).build();
        RoutingPolicy rules = acmeDay();
        Property.forAll(Gens.longs(0, Long.MAX_VALUE), Gens.integers(0, 300)).tries(15).named("totals")
                .check((seed, count) -> {
                    SimulatedDay day = SimulatedDay.generator(DAY, TOKYO).count(count).generate(seed);
                    for (RoutingPolicy policy : List.of(RoutingPolicies.standard(), rules)) {
                        SimulationReport r = simulator.run("p", policy, day);
                        assertEquals(count, r.input());
                        assertEquals(count, r.escalations());
                        int byTier = r.tiers().stream().mapToInt(r::escalations).sum();
                        assertEquals(count, byTier, "every escalation is decided for one tier");
                        assertEquals(24 * r.tiers().size(), r.rows().size(), "24 rows per tier");
                        assertTrue(r.kept() + r.unserved() + r.waited() <= count);
                        assertTrue(r.takeOvers() <= count && r.promisesMissed() <= r.promisesMade());
                    }
                });
    }

    @Test
    void anHourWithNobodyPresentQueuesAndMissesPromises() {
        SimulatedRoster lunchGap = SimulatedRoster.builder()
                .responders(Tier.SUPERVISOR, 2, 9, 18)
                .away(Tier.SUPERVISOR, 12, 13)
                .build();
        SimulatedDay day = SimulatedDay.fromCsv(DAY, TOKYO, resource("simulator/lunch-gap.csv"));
        assertEquals(9, day.escalations().size());
        SimulationReport r = PolicySimulator.builder(lunchGap).build().run("standard", RoutingPolicies.standard(), day);

        SimulationReport.Row noon = r.row(12, Tier.SUPERVISOR).orElseThrow();
        assertEquals(6, noon.escalations(), r.toMarkdown());
        assertEquals(0, noon.present());
        assertEquals(6, noon.waited(), "nobody present: every escalation of the hour waits");
        assertTrue(noon.longestWait().compareTo(Duration.ofMinutes(55)) >= 0, "waits until 13:00 at least");
        assertEquals(6, noon.promisesMade(), "waits beyond the hold limit are promised callbacks");
        assertTrue(noon.promisesMissed() > 0, "the queue after lunch outlasts the promises: " + r.toMarkdown());

        for (int hour : new int[] {10, 11}) {
            SimulationReport.Row staffed = r.row(hour, Tier.SUPERVISOR).orElseThrow();
            assertTrue(staffed.escalations() > 0);
            assertEquals(0, staffed.waited(), "present and free: no wait at " + hour);
            assertEquals(0, staffed.promisesMissed());
        }
        assertTrue(r.row(13, Tier.SUPERVISOR).orElseThrow().busy().compareTo(Duration.ofMinutes(100)) >= 0,
                "the queue is worked off after lunch");
    }

    @Test
    void aLongerHoldLimitMeansFewerPromises() {
        SimulatedRoster lunchGap = SimulatedRoster.builder().responders(Tier.SUPERVISOR, 2, 9, 18)
                .away(Tier.SUPERVISOR, 12, 13).build();
        SimulatedDay day = SimulatedDay.fromCsv(DAY, TOKYO, resource("simulator/lunch-gap.csv"));
        SimulationReport patient = PolicySimulator.builder(lunchGap).holdLimit(Duration.ofHours(2)).build()
                .run("standard", RoutingPolicies.standard(), day);
        assertEquals(6, patient.waited());
        assertEquals(0, patient.promisesMade(), "customers on hold for up to two hours are promised nothing");
    }

    @Test
    void onlyReportsOfTheSameDayCompare() {
        PolicySimulator simulator = PolicySimulator.builder(floor()).build();
        SimulatedDay.Generator days = SimulatedDay.generator(DAY, TOKYO);
        SimulationReport a = simulator.run("a", RoutingPolicies.standard(), days.count(10).generate(1));
        SimulationReport b = simulator.run("b", RoutingPolicies.standard(), days.count(11).generate(1));
        SimulationReport c = simulator.run("c", RoutingPolicies.standard(),
                SimulatedDay.generator(DAY.plusDays(1), TOKYO).count(10).generate(1));
        assertThrows(IllegalArgumentException.class, () -> a.compare(b));
        assertThrows(IllegalArgumentException.class, () -> a.compare(c));
        assertEquals("SimulationReport[a, 2026-11-24, 10 escalations]", a.toString());
    }

    @Test
    void aTierNobodyCoversLeavesEscalationsUnserved() {
        SimulatedRoster evening = SimulatedRoster.builder().responders(Tier.SUPERVISOR, 1, 18, 20).build();
        SimulatedDay day = SimulatedDay.fromCsv(DAY, TOKYO, SimulatedDay.CSV_HEADER + "\n"
                + "2026-11-24T20:30:00+09:00,TAKE_OVER,CALM,5,10\n");
        SimulationReport r = PolicySimulator.builder(evening).build().run("standard", RoutingPolicies.standard(), day);
        assertEquals(1, r.unserved(), r.toMarkdown());
        assertEquals(0, r.promisesMissed(), "tomorrow's promise is not judged");
        assertEquals(1, r.promisesMade());
    }

    @Test
    void theStandardPolicyAndARuleSetCompareSideBySide() throws IOException {
        // docs/simulator.md shows this code and the table it prints
        String json = Files.readString(Path.of("src/test/resources/simulator/acme-day.json"));
        SimulatedDay day = SimulatedDay.generator(LocalDate.of(2026, 11, 24), ZoneId.of("Asia/Tokyo"))
                .count(120).generate(2026);
        SimulatedRoster roster = SimulatedRoster.builder()
                .responders(Tier.SUPERVISOR, 2, 8, 17)      // supervisor-1, supervisor-2
                .responders(Tier.SUPERVISOR, 2, 12, 21)     // supervisor-3, supervisor-4
                .responders(Tier.MANAGER, 1, 9, 18)         // manager-1
                .away("supervisor-1", 11, 12).away("supervisor-2", 12, 13).away("manager-1", 12, 13)
                .build();
        SimulationComparison comparison = PolicySimulator.builder(roster).build().compare(
                "standard", RoutingPolicies.standard(), "acme-day rules", RoutingPolicies.fromJson(json), day);
        System.out.println(comparison.toMarkdown());

        String table = comparison.toMarkdown();
        List<String> lines = table.lines().toList();
        assertEquals("| 2026-11-24, 120 escalations | standard | acme-day rules |", lines.get(0));
        assertEquals("|---|---:|---:|", lines.get(1));
        assertEquals("| escalations | 120 | 120 |", lines.get(2));
        for (String line : lines) {
            assertEquals(4, line.split("\\|", -1).length - 1, "three cells: " + line);
        }
        assertTrue(table.contains("| decided for manager |") && table.contains("| callbacks promised |")
                && table.contains("| promises that would be missed |"), table);
        assertNotEquals(comparison.first().escalations(Tier.MANAGER), comparison.second().escalations(Tier.MANAGER),
                "the rule set sends upset customers to the manager");
    }

    @Test
    void theReportTableListsOnlyHoursWithActivity() {
        SimulatedDay day = SimulatedDay.fromCsv(DAY, TOKYO, resource("simulator/lunch-gap.csv"));
        SimulatedRoster one = SimulatedRoster.builder().responder("sv-a", Tier.SUPERVISOR, 9, 18).build();
        String table = PolicySimulator.builder(one).build().run("standard", RoutingPolicies.standard(), day)
                .toMarkdown();
        List<String> lines = table.lines().toList();
        assertTrue(lines.get(0).startsWith("| hour | tier | escalations |"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("| 12:00 | supervisor | 6 |")), table);
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("| 08:00 ")), table);
    }

    private static RoutingPolicy acmeDay() {
        return RoutingPolicies.fromJson(resource("simulator/acme-day.json"));
    }

    static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(PolicySimulatorTest.class.getClassLoader()
                .getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
