package io.escalation.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report reads the JDBC benchmarks' throughput and sampled runs and checks their goals. */
class JdbcReportModesTest {

    private static String throughput(String method, double opsPerSecond) {
        return """
                {"benchmark": "io.escalation.benchmarks.JdbcRaiseBenchmark.%s", "mode": "thrpt",
                 "params": {"db": "h2"}, "threads": 4,
                 "primaryMetric": {"score": %s, "scoreError": 10, "scoreUnit": "ops/s", "rawData": [[%s, %s]]},
                 "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 20000, "scoreUnit": "B/op"}}}
                """.formatted(method, opsPerSecond, opsPerSecond, opsPerSecond);
    }

    private static String sampled(String method, double mean, double p99) {
        return """
                {"benchmark": "io.escalation.benchmarks.JdbcLookupBenchmark.%s", "mode": "sample",
                 "params": {"table": "h2/250000"},
                 "primaryMetric": {"score": %s, "scoreError": 0.1, "scoreUnit": "ms/op",
                   "scorePercentiles": {"50.0": %s, "99.0": %s, "100.0": %s},
                   "rawDataHistogram": [[[[%s, 10]]]]}}
                """.formatted(method, mean, mean, p99, p99, mean);
    }

    @Test
    void throughputIsComparedAsTheShareOfTheBaselines() {
        List<Report.Result> results = Report.parse("[" + throughput("raise", 600) + ","
                + throughput("baselineRaise", 1000) + "]");
        assertEquals(1e9 / 600, results.get(0).nanos(), 1e-6);
        String md = Report.render(results, null, null);
        assertTrue(md.contains("| 1.67× (60 % of its throughput) | ≥ 70 % of baseline throughput "
                + "| **missed** (≥ 70 % of baseline throughput: 60 %) |"), md);
        md = Report.render(Report.parse("[" + throughput("raise", 800) + "," + throughput("baselineRaise", 1000) + "]"),
                null, null);
        assertTrue(md.contains("| 1.25× (80 % of its throughput) | ≥ 70 % of baseline throughput | met |"), md);
    }

    @Test
    void sampledLatencyIsJudgedByItsNinetyNinthPercentile() {
        List<Report.Result> results = Report.parse("[" + sampled("openByCustomer", 0.8, 3.5) + ","
                + sampled("baselineOpenByCustomer", 0.2, 0.5) + "]");
        assertEquals(3.5e6, results.get(0).p99Nanos(), 1e-6);
        String md = Report.render(results, null, null);
        assertTrue(md.contains("| mean 0.800 ± 0.100, p99 3.50 | ms/op |"), md);
        assertTrue(md.contains("| 7.00× | p99 ≤ 2 ms | **missed** (p99 ≤ 2 ms: 3.50 ms) |"), md);
        md = Report.render(Report.parse("[" + sampled("openByCustomer", 0.8, 1.5) + "]"), null, null);
        assertTrue(md.contains("| p99 ≤ 2 ms | met |"), md);
    }
}
