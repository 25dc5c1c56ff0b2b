package io.escalation.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report pairs figures with baselines and checks their goals. */
class ReportTest {

    private static String run(String benchmark, String params, double score, String unit, double bytes) {
        return """
                {"benchmark": "io.escalation.benchmarks.%s", "mode": "avgt", "params": {%s},
                 "primaryMetric": {"score": %s, "scoreError": 1, "scoreUnit": "%s", "rawData": [[%s, %s]]},
                 "secondaryMetrics": {"gc.alloc.rate.norm": {"score": %s, "scoreUnit": "B/op"}}}
                """.formatted(benchmark, params, score, unit, score,
                        benchmark.contains("baselineStandard") ? 2 * score : score, bytes);
    }

    @Test
    void pairsEachFigureWithItsBaselineOfTheSameParameters() {
        String json = "[" + String.join(",",
                run("CalendarBenchmark.add", "\"calendar\": \"tokyo\", \"span\": \"1w\"", 400, "ns/op", 0),
                run("CalendarBenchmark.baselineAdd", "\"calendar\": \"tokyo\", \"span\": \"1w\"", 800_000, "ns/op", 0),
                run("CalendarBenchmark.add", "\"calendar\": \"tokyo\", \"span\": \"2y\"", 25_000, "ns/op", 0),
                run("RoutingBenchmark.standardPolicy", "\"rosterSize\": \"50\"", 0.5, "us/op", 300),
                run("RoutingBenchmark.baselineStandardPolicy", "\"rosterSize\": \"50\"", 100, "ns/op", 32)) + "]";
        List<Report.Result> results = Report.parse(json);
        assertEquals(5, results.size());
        assertEquals(Map.of("rosterSize", "50"), results.get(3).params());
        String md = Report.render(results, "test machine", null);
        assertTrue(md.contains("| Calendar.add | calendar=tokyo, span=1w | 400 ± 1 | ns/op | 0 | baselineAdd "
                + "| 800,000 ± 1 ns/op, 0 B/op | 1/2,000 | ≤ 1 µs; ≥ 1,000× faster than baseline | met |"), md);
        assertTrue(md.contains("| Calendar.add | calendar=tokyo, span=2y | 25,000 ± 1 | ns/op | 0 | not run | — | — "
                + "| ≤ 20 µs | **missed** (≤ 20 µs: 25 µs) |"), md);
        assertTrue(md.contains("| 5.00× | ≤ 1 µs; ≤ 256 B/op | **missed** (≤ 256 B/op: 300 B/op); noisy: iterations differ over 1.5× |"),
                md);
        assertFalse(md.contains("| Routing.baselineStandardPolicy"), md);
        assertTrue(md.contains("1 rows met their targets, 2 missed"), md);
    }

    @Test
    void goalsApplyToTheNamedParameterValues() {
        assertTrue(Report.applies("", Map.of("span", "1w")));
        assertTrue(Report.applies("span=4h|1w", Map.of("span", "1w", "calendar", "tokyo")));
        assertFalse(Report.applies("span=4h|1w", Map.of("span", "2y")));
        assertFalse(Report.applies("span=1w,calendar=tokyo", Map.of("span", "1w", "calendar", "splitShift")));
    }
}
