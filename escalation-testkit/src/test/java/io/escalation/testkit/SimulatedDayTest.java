package io.escalation.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.EscalationException;
import io.escalation.InvalidEscalationException;
import io.escalation.model.RequestKind;
import io.escalation.model.Temperature;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Simulated days: generated from a seed along the curve, written and read as CSV, bad CSV refused by line and column. */
class SimulatedDayTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final String HEADER = SimulatedDay.CSV_HEADER + "\n";
    private static final String GOOD = "2026-11-24T09:05:00+09:00,ADVICE,CALM,6,12\n";

    @Test
    void generatedDaysFollowTheCurveAndTheMixes() {
        Property.forAll(Gens.longs(0, Long.MAX_VALUE)).tries(20).check(seed -> {
            SimulatedDay day = SimulatedDay.generator(DAY, TOKYO).count(200)
                    .kinds(Map.of(RequestKind.COMPLAINT, 1, RequestKind.HARASSMENT, 1))
                    .temperatures(Map.of(Temperature.UPSET, 1)).generate(seed);
            assertEquals(200, day.escalations().size());
            Instant previous = day.start();
            for (SimulatedEscalation e : day.escalations()) {
                int hour = e.at().atZone(TOKYO).getHour();
                assertTrue(SimulatedDay.Generator.STANDARD_CURVE.get(hour) > 0, "no arrivals at " + hour);
                assertTrue(!e.at().isBefore(previous), "ordered by instant");
                previous = e.at();
                assertTrue(e.kind() == RequestKind.COMPLAINT || e.kind() == RequestKind.HARASSMENT);
                assertEquals(Temperature.UPSET, e.temperature());
                assertTrue(e.handlingTime().toMinutes() >= 5 && e.handlingTime().toMinutes() <= 20);
            }
        });
    }

    @Test
    void csvRoundTrips() {
        SimulatedDay day = SimulatedDay.generator(DAY, TOKYO).count(50).generate(3);
        String csv = day.toCsv();
        assertTrue(csv.startsWith(HEADER));
        assertEquals(51, csv.lines().count());
        SimulatedDay read = SimulatedDay.fromCsv(DAY, TOKYO, csv);
        // the CSV keeps whole seconds and whole minutes, as generated
        assertEquals(day, read);
    }

    @Test
    void badCsvNamesLineColumnAndRuleButNotTheCell() {
        String secret = "山田太郎";
        check("kind line,x\n", 1, 0, "line", "Header");
        check(HEADER + GOOD + "2026-11-24T09:06:00+09:00,ADVICE,CALM,6\n", 3, 0, "line", "ColumnCount");
        check(HEADER + GOOD + GOOD + secret + ",ADVICE,CALM,6,12\n", 4, 1, "timestamp", "Timestamp");
        check(HEADER + "2026-11-24T09:05:00,ADVICE,CALM,6,12\n", 2, 1, "timestamp", "Timestamp");
        check(HEADER + "2026-11-25T09:05:00+09:00,ADVICE,CALM,6,12\n", 2, 1, "timestamp", "OnTheDay");
        check(HEADER + "2026-11-24T09:05:00+09:00," + secret + ",CALM,6,12\n", 2, 2, "kind", "RequestKind");
        check(HEADER + "2026-11-24T09:05:00+09:00,ADVICE,hot,6,12\n", 2, 3, "temperature", "Temperature");
        check(HEADER + "2026-11-24T09:05:00+09:00,ADVICE,CALM,-1,12\n", 2, 4, "operator_minutes", "Minutes");
        check(HEADER + "2026-11-24T09:05:00+09:00,ADVICE,CALM,6,0\n", 2, 5, "handling_minutes", "Minutes");
        check(HEADER + "2026-11-24T09:05:00+09:00,ADVICE,CALM,6," + secret + "\n", 2, 5, "handling_minutes",
                "Minutes");
        check(HEADER + "2026-11-24T09:05:00+09:00,ADVICE,CALM,6,481\n", 2, 5, "handling_minutes", "Minutes");
        SimulationInputException e = assertThrows(SimulationInputException.class,
                () -> SimulatedDay.fromCsv(DAY, TOKYO, HEADER + "2026-11-24T09:05:00+09:00," + secret + ",CALM,6,12\n"));
        assertFalse(e.getMessage().contains(secret), e.getMessage());
        assertTrue(e.getMessage().startsWith("line 2, column 2 (kind): must be one of [ADVICE"), e.getMessage());
        assertTrue(e.getMessage().contains("got String(length=4)"), e.getMessage());
        assertTrue(EscalationException.class.isInstance(e));
    }

    @Test
    void aSimulatedEscalationNamesEveryBrokenField() {
        InvalidEscalationException e = assertThrows(InvalidEscalationException.class,
                () -> new SimulatedEscalation(Instant.EPOCH, null, Temperature.CALM, Duration.ofMinutes(-1),
                        Duration.ZERO));
        assertEquals(List.of("kind", "operatorTime", "handlingTime"), e.paths());
        assertEquals(List.of("NotNull", "DurationRange", "DurationRange"),
                e.violations().stream().map(io.escalation.Violation::rule).toList());
    }

    @Test
    void blankLinesAreSkippedAndRowsMayComeInAnyOrder() {
        SimulatedDay day = SimulatedDay.fromCsv(DAY, TOKYO, HEADER + "2026-11-24T10:00:00+09:00,COMPLAINT,UPSET,1,2\n\n"
                + GOOD);
        assertEquals(List.of(RequestKind.ADVICE, RequestKind.COMPLAINT),
                day.escalations().stream().map(SimulatedEscalation::kind).toList());
    }

    private static void check(String csv, int line, int column, String columnName, String rule) {
        SimulationInputException e = assertThrows(SimulationInputException.class,
                () -> SimulatedDay.fromCsv(DAY, TOKYO, csv));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertEquals(columnName, e.columnName(), e.getMessage());
        assertEquals(rule, e.rule(), e.getMessage());
        assertFalse(e.getMessage().contains("山田"), e.getMessage());
    }
}
