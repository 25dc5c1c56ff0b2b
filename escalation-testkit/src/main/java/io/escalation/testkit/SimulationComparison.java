package io.escalation.testkit;

import io.escalation.model.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Two policies' reports of the same simulated day, side by side. Immutable.
 *
 * @param first the first policy's report
 * @param second the second policy's report
 */
public record SimulationComparison(SimulationReport first, SimulationReport second) {

    /**
     * Checks that both reports are of the same day.
     *
     * @throws IllegalArgumentException if the date, zone or number of escalations differ
     */
    public SimulationComparison {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (!first.date().equals(second.date()) || !first.zone().equals(second.zone())
                || first.input() != second.input()) {
            throw new IllegalArgumentException("compare needs reports of the same day, but got " + first + " and "
                    + second);
        }
    }

    /**
     * Renders the day's totals of both policies as a Markdown table: one row per measure, one column
     * per policy.
     *
     * @return the table, lines ending in {@code \n}
     */
    public String toMarkdown() {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("escalations", r -> Integer.toString(r.escalations())));
        for (Tier tier : SimulationReport.tiersOf(first, second)) {
            rows.add(row("decided for " + tier.code(), r -> Integer.toString(r.escalations(tier))));
        }
        rows.add(row("take-overs", r -> Integer.toString(r.takeOvers())));
        rows.add(row("waited for a responder", r -> Integer.toString(r.waited())));
        rows.add(row("kept by the operator", r -> Integer.toString(r.kept())));
        rows.add(row("mean wait (served)", r -> SimulationReport.minutes(r.meanWait())));
        rows.add(row("longest wait", r -> r.longestWait().map(w -> SimulationReport.minutes(w.longestWait())
                + " (" + SimulationReport.hour(w.hour()) + ", " + w.tier().code() + ")").orElse("0 min")));
        rows.add(row("unserved by the end of the day", r -> Integer.toString(r.unserved())));
        for (Tier tier : SimulationReport.tiersOf(first, second)) {
            if (first.utilisation(tier).isEmpty() && second.utilisation(tier).isEmpty()) {
                continue; // nobody of the tier on the roster: the operator's own tiers
            }
            rows.add(row(tier.code() + " load, busiest hour", r -> r.busiestHour(tier)
                    .map(b -> SimulationReport.minutes(b.busy()) + " busy (" + SimulationReport.hour(b.hour())
                            + ", " + b.present() + " present)").orElse("idle")));
            rows.add(row(tier.code() + " utilisation over the day", r -> percent(r.utilisation(tier))));
        }
        rows.add(row("callbacks promised", r -> Integer.toString(r.promisesMade())));
        rows.add(row("promises that would be missed", r -> Integer.toString(r.promisesMissed())));
        StringBuilder out = new StringBuilder();
        out.append("| ").append(first.date()).append(", ").append(first.input()).append(" escalations | ")
                .append(first.policy()).append(" | ").append(second.policy()).append(" |\n");
        out.append("|---|---:|---:|\n");
        for (String[] r : rows) {
            out.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" |\n");
        }
        return out.toString();
    }

    private String[] row(String measure, Function<SimulationReport, String> value) {
        return new String[] {measure, value.apply(first), value.apply(second)};
    }

    private static String percent(Optional<Double> share) {
        return share.map(s -> String.format(Locale.ROOT, "%.0f%%", s * 100)).orElse("nobody present");
    }
}
