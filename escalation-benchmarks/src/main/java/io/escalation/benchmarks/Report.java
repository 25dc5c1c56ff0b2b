package io.escalation.benchmarks;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results ({@code -rf json}) into a markdown table: each figure with its
 * allocation, its baseline (the method {@code baselineX} of the same class for a figure {@code x},
 * with the same parameters), the ratio of their times, its {@link Goal}s and whether they were met.
 *
 * <pre>{@code
 * java -cp target/benchmarks.jar io.escalation.benchmarks.Report results/jmh.json results/latest.md \
 *     --machine "2 cores, AMD EPYC, OpenJDK 17.0.15, 2026-11-24" --command "java -jar ..."
 * }</pre>
 */
public final class Report {

    private static final String BASELINE = "baseline";
    private static final String THROUGHPUT = "thrpt";
    private static final String SAMPLE = "sample";

    private Report() {}

    /**
     * One benchmark result.
     *
     * @param className the benchmark class
     * @param method the benchmark method
     * @param params the parameters, in JMH's order
     * @param score the average time per operation, in {@code unit}
     * @param error the 99.9% confidence half-width, in {@code unit}
     * @param unit e.g. {@code ns/op}
     * @param bytes bytes allocated per operation, or {@code NaN} without {@code -prof gc}
     * @param runs how it was run, e.g. {@code warm-up 3 × 1 s, 3 × 1 s measured, 1 fork}
     * @param spread the slowest measured iteration over the fastest, or {@code NaN} if unknown
     * @param mode JMH's mode: {@code avgt}, {@code thrpt} (score in operations per time unit) or
     *     {@code sample} (score the mean, with percentiles)
     * @param p99 the 99th percentile in {@code unit} for {@code sample}, else {@code NaN}
     */
    public record Result(String className, String method, Map<String, String> params, double score, double error,
            String unit, double bytes, String runs, double spread, String mode, double p99) {

        /**
         * Returns the time per operation in nanoseconds: the average time, the mean sampled time,
         * or the inverse of the throughput (for {@code thrpt}; with several threads, the time the
         * run spent per operation, not an operation's latency).
         *
         * @return the time
         */
        public double nanos() {
            if (THROUGHPUT.equals(mode)) {
                return nanosPer(unit.substring(unit.indexOf('/') + 1)) / score;
            }
            return score * nanosPer(unit);
        }

        /**
         * Returns the 99th percentile in nanoseconds, {@code NaN} unless sampled.
         *
         * @return the percentile
         */
        public double p99Nanos() {
            return p99 * nanosPer(unit);
        }

        /**
         * Returns the figure compared with a baseline's: for {@code sample}, the ratio of the 99th
         * percentiles; otherwise the ratio of the times per operation.
         */
        double ratioTo(Result base) {
            return SAMPLE.equals(mode) ? p99Nanos() / base.p99Nanos() : nanos() / base.nanos();
        }

        String key(String otherMethod) {
            return className + "." + otherMethod + params;
        }

        String shortName() {
            String simple = className.substring(className.lastIndexOf('.') + 1);
            return (simple.endsWith("Benchmark") ? simple.substring(0, simple.length() - "Benchmark".length()) : simple)
                    + "." + method;
        }
    }

    /**
     * Writes the report.
     *
     * @param args the JMH JSON file, the markdown file, then optionally {@code --machine TEXT} and
     *     {@code --command TEXT}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: Report <jmh.json> <out.md> [--machine TEXT] [--command TEXT]");
        }
        String machine = null;
        String command = null;
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--machine" -> machine = args[i + 1];
                case "--command" -> command = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Result> results = parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        Files.writeString(Path.of(args[1]), render(results, machine, command), StandardCharsets.UTF_8);
    }

    /**
     * Reads JMH's JSON results.
     *
     * @param json the contents of a {@code -rf json} file
     * @return the results, in the file's order
     */
    public static List<Result> parse(String json) {
        List<Result> out = new ArrayList<>();
        for (JsonNode run : JsonMapper.builder().build().readTree(json)) {
            String benchmark = run.get("benchmark").asString();
            int dot = benchmark.lastIndexOf('.');
            Map<String, String> params = new LinkedHashMap<>();
            JsonNode p = run.get("params");
            if (p != null) {
                for (String name : p.propertyNames()) {
                    params.put(name, p.get(name).asString());
                }
            }
            JsonNode primary = run.get("primaryMetric");
            JsonNode secondary = run.get("secondaryMetrics");
            JsonNode alloc = secondary == null ? null : secondary.get("gc.alloc.rate.norm");
            JsonNode mode = run.get("mode");
            JsonNode percentiles = primary.get("scorePercentiles");
            out.add(new Result(benchmark.substring(0, dot), benchmark.substring(dot + 1), params,
                    number(primary.get("score")), number(primary.get("scoreError")),
                    primary.get("scoreUnit").asString(), alloc == null ? Double.NaN : number(alloc.get("score")),
                    runs(run), spread(primary.get("rawData")), mode == null ? "avgt" : mode.asString(),
                    percentiles == null || !"sample".equals(mode == null ? null : mode.asString())
                            ? Double.NaN : number(percentiles.get("99.0"))));
        }
        return out;
    }

    private static double spread(@Nullable JsonNode rawData) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        if (rawData != null) {
            for (JsonNode fork : rawData) {
                for (JsonNode iteration : fork) {
                    // sampled runs give no per-iteration score: their spread is unknown
                    if (!iteration.isNumber() && !iteration.isString()) {
                        return Double.NaN;
                    }
                    min = Math.min(min, number(iteration));
                    max = Math.max(max, number(iteration));
                }
            }
        }
        return max > 0 && min > 0 ? max / min : Double.NaN;
    }

    private static String runs(JsonNode run) {
        return "warm-up " + text(run, "warmupIterations") + " × " + text(run, "warmupTime") + ", "
                + text(run, "measurementIterations") + " × " + text(run, "measurementTime") + " measured, "
                + text(run, "forks") + " fork(s)";
    }

    private static String text(JsonNode run, String field) {
        JsonNode n = run.get(field);
        return n == null ? "?" : n.asString();
    }

    private static double number(@Nullable JsonNode node) {
        if (node == null) {
            return Double.NaN;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        try {
            return Double.parseDouble(node.asString());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Renders the markdown report.
     *
     * @param results the results
     * @param machine a line describing the machine, or {@code null}
     * @param command the command that produced the results, or {@code null}
     * @return the markdown
     */
    public static String render(List<Result> results, @Nullable String machine, @Nullable String command) {
        Map<String, Result> byKey = new LinkedHashMap<>();
        for (Result r : results) {
            byKey.put(r.key(r.method()), r);
        }
        StringBuilder md = new StringBuilder("# Benchmark results\n\n");
        if (machine != null) {
            md.append("Machine: ").append(machine).append("\n\n");
        }
        if (command != null) {
            md.append("Command: `").append(command).append("`\n\n");
        }
        Map<String, String> runs = new LinkedHashMap<>();
        for (Result r : results) {
            runs.merge(r.shortName().substring(0, r.shortName().indexOf('.')), r.runs(),
                    (a, b) -> a.equals(b) ? a : a + " / " + b);
        }
        StringJoiner how = new StringJoiner("; ");
        runs.forEach((k, v) -> how.add(k + ": " + v));
        if (!runs.isEmpty()) {
            md.append("Runs: ").append(how).append(".\n\n");
        }
        md.append("Times are averages per operation with JMH's 99.9% error; allocation is `gc.alloc.rate.norm`; "
                + "the ratio is the figure's time over its baseline's, measured in the same run. A row is marked "
                + "noisy when the figure's or the baseline's slowest iteration took over 1.5 times its fastest "
                + "(the machine is shared): its times and ratio are then not reliable; allocation is unaffected. "
                + "Throughput rows (unit ops/s) compare the inverse of the throughputs, so 1.25× keeps 80 % of the "
                + "baseline's throughput; sampled rows (Mode.SampleTime) show the mean and the 99th percentile "
                + "and compare the 99th percentiles.\n\n");
        md.append("| benchmark | params | score ± error | unit | alloc B/op | baseline | baseline score, alloc "
                + "| ratio | target | result |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        int met = 0;
        List<String> missed = new ArrayList<>();
        for (Result r : results) {
            if (r.method().startsWith(BASELINE)) {
                continue;
            }
            String baselineMethod = BASELINE + Character.toUpperCase(r.method().charAt(0)) + r.method().substring(1);
            Result base = byKey.get(r.key(baselineMethod));
            double ratio = base == null ? Double.NaN : r.ratioTo(base);
            List<Goal> goals = goals(r);
            StringJoiner targets = new StringJoiner("; ");
            StringJoiner failures = new StringJoiner("; ");
            for (Goal g : goals) {
                check(g, r, ratio, targets, failures);
            }
            String result;
            String noise = noisy(r) || (base != null && noisy(base)) ? "; noisy: iterations differ over 1.5×" : "";
            if (goals.isEmpty()) {
                result = noise.isEmpty() ? "—" : noise.substring(2);
            } else if (failures.length() == 0) {
                result = "met" + noise;
                met++;
            } else {
                result = "**missed** (" + failures + ")" + noise;
                missed.add(r.shortName() + " " + params(r) + ": " + failures + noise);
            }
            md.append("| ").append(r.shortName())
                    .append(" | ").append(params(r))
                    .append(" | ").append(score(r))
                    .append(" | ").append(r.unit())
                    .append(" | ").append(number(r.bytes()))
                    .append(" | ").append(base == null ? "not run" : baselineMethod)
                    .append(" | ").append(base == null ? "—" : score(base) + " " + base.unit() + ", "
                            + number(base.bytes()) + " B/op")
                    .append(" | ").append(ratio(ratio)).append(THROUGHPUT.equals(r.mode()) && !Double.isNaN(ratio)
                            ? " (" + percent(1 / ratio) + " of its throughput)" : "")
                    .append(" | ").append(targets.length() == 0 ? "— (curve)" : targets.toString())
                    .append(" | ").append(result).append(" |\n");
        }
        md.append("\n").append(met).append(" rows met their targets, ").append(missed.size()).append(" missed");
        md.append(missed.isEmpty() ? ".\n" : ":\n\n");
        for (String m : missed) {
            md.append("- ").append(m).append('\n');
        }
        return md.toString();
    }

    /**
     * Whether a time is too noisy to judge: its slowest measured iteration took more than 1.5 times
     * its fastest (another process took the cores during some iterations). JMH's error is no guide
     * in a short run: with three iterations it is about 18 standard deviations.
     */
    static boolean noisy(Result r) {
        return r.spread() > 1.5;
    }

    private static List<Goal> goals(Result r) {
        Method m;
        try {
            m = Class.forName(r.className()).getMethod(r.method());
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return List.of();
        }
        List<Goal> out = new ArrayList<>();
        for (Goal g : m.getAnnotationsByType(Goal.class)) {
            if (applies(g.when(), r.params())) {
                out.add(g);
            }
        }
        return out;
    }

    /** Whether every parameter named in {@code when} ({@code a=x|y,b=z}) has one of its values. */
    static boolean applies(String when, Map<String, String> params) {
        if (when.isBlank()) {
            return true;
        }
        for (String clause : when.split(",")) {
            String[] kv = clause.split("=", 2);
            String actual = params.get(kv[0].strip());
            if (actual == null || !List.of(kv[1].strip().split("\\|")).contains(actual)) {
                return false;
            }
        }
        return true;
    }

    private static void check(Goal g, Result r, double ratio, StringJoiner targets, StringJoiner failures) {
        if (!Double.isNaN(g.maxNanos())) {
            String t = "≤ " + time(g.maxNanos());
            targets.add(t);
            if (!(r.nanos() <= g.maxNanos())) {
                failures.add(t + ": " + time(r.nanos()));
            }
        }
        if (!Double.isNaN(g.maxBytes())) {
            String t = "≤ " + number(g.maxBytes()) + " B/op";
            targets.add(t);
            if (Double.isNaN(r.bytes())) {
                failures.add(t + ": not measured (run with -prof gc)");
            } else if (!(r.bytes() <= g.maxBytes())) {
                failures.add(t + ": " + number(r.bytes()) + " B/op");
            }
        }
        if (!Double.isNaN(g.maxRatio())) {
            String t = "≤ " + number(g.maxRatio()) + "× baseline";
            targets.add(t);
            if (Double.isNaN(ratio)) {
                failures.add(t + ": baseline not run");
            } else if (!(ratio <= g.maxRatio())) {
                failures.add(t + ": " + ratio(ratio));
            }
        }
        if (!Double.isNaN(g.minThroughputShare())) {
            String t = "≥ " + percent(g.minThroughputShare()) + " of baseline throughput";
            targets.add(t);
            if (Double.isNaN(ratio)) {
                failures.add(t + ": baseline not run");
            } else if (!(1 / ratio >= g.minThroughputShare())) {
                failures.add(t + ": " + percent(1 / ratio));
            }
        }
        if (!Double.isNaN(g.maxP99Nanos())) {
            String t = "p99 ≤ " + time(g.maxP99Nanos());
            targets.add(t);
            if (Double.isNaN(r.p99())) {
                failures.add(t + ": no percentiles (run in Mode.SampleTime)");
            } else if (!(r.p99Nanos() <= g.maxP99Nanos())) {
                failures.add(t + ": " + time(r.p99Nanos()));
            }
        }
        if (!Double.isNaN(g.minSpeedup())) {
            String t = "≥ " + number(g.minSpeedup()) + "× faster than baseline";
            targets.add(t);
            if (Double.isNaN(ratio)) {
                failures.add(t + ": baseline not run");
            } else if (!(1 / ratio >= g.minSpeedup())) {
                failures.add(t + ": " + number(1 / ratio) + "× faster");
            }
        }
    }

    private static String score(Result r) {
        String s = number(r.score()) + " ± " + number(r.error());
        return SAMPLE.equals(r.mode()) ? "mean " + s + ", p99 " + number(r.p99()) : s;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    private static String params(Result r) {
        if (r.params().isEmpty()) {
            return "";
        }
        StringJoiner j = new StringJoiner(", ");
        r.params().forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }

    /** A ratio as {@code 1.23×}, or as {@code 1/4,567} when the figure is much faster than its baseline. */
    static String ratio(double ratio) {
        if (Double.isNaN(ratio)) {
            return "—";
        }
        return ratio >= 0.1 ? String.format(Locale.ROOT, "%.2f×", ratio) : "1/" + number(1 / ratio);
    }

    /** A time in ns, us or ms, whichever reads best. */
    static String time(double nanos) {
        if (nanos >= 1e6) {
            return number(nanos / 1e6) + " ms";
        }
        return nanos >= 1e3 ? number(nanos / 1e3) + " µs" : number(nanos) + " ns";
    }

    /** A number to about three significant digits, with thousands separators. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        String pattern = a >= 100 || a == Math.rint(a) ? "%,.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, v);
    }

    /** Nanoseconds per time unit: {@code ms/op} (a time per operation) or {@code ms} (of {@code ops/ms}). */
    private static double nanosPer(String unit) {
        return switch (unit.endsWith("/op") ? unit.substring(0, unit.length() - 3) : unit) {
            case "ns" -> 1;
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "min" -> 60e9;
            default -> throw new IllegalArgumentException("not a time unit: " + unit);
        };
    }
}
