package io.escalation.testkit;

import io.escalation.model.Tier;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

/**
 * What a {@link PolicySimulator} run found, per hour of the day and per tier: escalations, take-overs,
 * queue waits, unserved escalations, callback promises made and missed, and how busy the tier's
 * responders were. Immutable; holds no personal data.
 *
 * @param policy the policy's name, as given to the simulator
 * @param date the simulated day
 * @param zone the zone hours are counted in
 * @param input how many escalations the day had
 * @param rows one row per hour and tier, hours ascending, tiers by rank within an hour; every
 *     tier of the roster and every tier a decision chose has 24 rows
 */
public record SimulationReport(String policy, LocalDate date, ZoneId zone, int input, List<Row> rows) {

    /**
     * Validates the report.
     *
     * @throws IllegalArgumentException if a part is missing
     */
    public SimulationReport {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(zone, "zone");
        rows = List.copyOf(rows);
        if (input < 0) {
            throw new IllegalArgumentException("input must not be negative, but was " + input);
        }
    }

    /**
     * One hour of one tier. Escalations, take-overs, waits and promises count the escalations raised in
     * that hour and decided for that tier; busy time and presence are the tier's responders' in that hour.
     *
     * @param hour 0 to 23
     * @param tier the tier
     * @param escalations escalations decided for this tier
     * @param kept of those, how many the operator kept (staffing {@code SELF}): they never queue
     * @param takeOvers of those, decided as a take-over
     * @param waited of those, how many waited for a responder (a wait longer than zero)
     * @param totalWait the sum of their waits
     * @param longestWait the longest of their waits
     * @param unserved of those, how many no responder of the tier could start before the day ended
     * @param promisesMade callbacks promised to their customers
     * @param promisesMissed promises whose deadline comes before the responder becomes free
     * @param busy how long the tier's responders worked in this hour, summed over responders
     * @param present how many of the tier's responders were present in this hour
     */
    public record Row(int hour, Tier tier, int escalations, int kept, int takeOvers, int waited, Duration totalWait,
            Duration longestWait, int unserved, int promisesMade, int promisesMissed, Duration busy, int present) {

        /**
         * Returns the share of the present responders' time they were busy.
         *
         * @return from 0 up (work carried past the end of a shift can exceed 1), or empty when nobody was present
         */
        public Optional<Double> utilisation() {
            return present == 0 ? Optional.empty()
                    : Optional.of(busy.toSeconds() / (present * 3600.0));
        }

        /**
         * Returns the mean wait of the escalations a responder served (not those the operator kept).
         *
         * @return the mean wait, zero when none was served
         */
        public Duration meanWait() {
            int served = escalations - kept - unserved;
            return served <= 0 ? Duration.ZERO : totalWait.dividedBy(served);
        }
    }

    /**
     * Returns the tiers in the report, by rank.
     *
     * @return the tiers
     */
    public List<Tier> tiers() {
        TreeSet<Tier> tiers = new TreeSet<>();
        rows.forEach(r -> tiers.add(r.tier()));
        return List.copyOf(tiers);
    }

    /**
     * Returns the row of one hour and tier.
     *
     * @param hour 0 to 23
     * @param tier a tier
     * @return the row, or empty when the tier is not in the report
     */
    public Optional<Row> row(int hour, Tier tier) {
        return rows.stream().filter(r -> r.hour() == hour && r.tier().equals(tier)).findFirst();
    }

    /**
     * Returns the number of escalations over the day, all tiers; equals {@link #input()}.
     *
     * @return the count
     */
    public int escalations() {
        return (int) sum(Row::escalations);
    }

    /**
     * Returns the number of escalations decided for one tier over the day.
     *
     * @param tier a tier
     * @return the count
     */
    public int escalations(Tier tier) {
        return rows.stream().filter(r -> r.tier().equals(tier)).mapToInt(Row::escalations).sum();
    }

    /**
     * Returns the number of take-overs over the day.
     *
     * @return the count
     */
    public int takeOvers() {
        return (int) sum(Row::takeOvers);
    }

    /**
     * Returns how many escalations waited for a responder.
     *
     * @return the count
     */
    public int waited() {
        return (int) sum(Row::waited);
    }

    /**
     * Returns how many escalations the operator kept.
     *
     * @return the count
     */
    public int kept() {
        return (int) sum(Row::kept);
    }

    /**
     * Returns the mean wait of the escalations a responder served.
     *
     * @return the mean wait, zero when none was served
     */
    public Duration meanWait() {
        long served = escalations() - kept() - unserved();
        return served <= 0 ? Duration.ZERO : totalWait().dividedBy(served);
    }

    /**
     * Returns the sum of all waits.
     *
     * @return the total wait
     */
    public Duration totalWait() {
        return Duration.ofSeconds(sum(r -> r.totalWait().toSeconds()));
    }

    /**
     * Returns the hour with the longest wait of the day.
     *
     * @return the row, or empty when nobody waited
     */
    public Optional<Row> longestWait() {
        return rows.stream().filter(r -> !r.longestWait().isZero())
                .max(Comparator.comparing(Row::longestWait).thenComparing(r -> -r.hour()));
    }

    /**
     * Returns how many escalations no responder could start before the day ended.
     *
     * @return the count
     */
    public int unserved() {
        return (int) sum(Row::unserved);
    }

    /**
     * Returns how many callbacks were promised.
     *
     * @return the count
     */
    public int promisesMade() {
        return (int) sum(Row::promisesMade);
    }

    /**
     * Returns how many promises would be missed.
     *
     * @return the count
     */
    public int promisesMissed() {
        return (int) sum(Row::promisesMissed);
    }

    /**
     * Returns the hour in which the tier's responders were busiest (by busy time; the earlier on ties).
     *
     * @param tier a tier
     * @return the row, or empty when the tier never worked
     */
    public Optional<Row> busiestHour(Tier tier) {
        return rows.stream().filter(r -> r.tier().equals(tier) && !r.busy().isZero())
                .max(Comparator.comparing(Row::busy).thenComparing(r -> -r.hour()));
    }

    /**
     * Returns the tier's busy time over its present time, for the whole day.
     *
     * @param tier a tier
     * @return the utilisation, or empty when nobody of the tier was ever present
     */
    public Optional<Double> utilisation(Tier tier) {
        long busy = 0;
        long present = 0;
        for (Row r : rows) {
            if (r.tier().equals(tier)) {
                busy += r.busy().toSeconds();
                present += r.present() * 3600L;
            }
        }
        return present == 0 ? Optional.empty() : Optional.of(busy / (double) present);
    }

    private long sum(ToLongFunction<Row> f) {
        return rows.stream().mapToLong(f).sum();
    }

    /**
     * Compares this report with another run of the same day.
     *
     * @param other the other policy's report of the same day
     * @return the comparison, this report first
     * @throws IllegalArgumentException if the other report is of another day or input
     */
    public SimulationComparison compare(SimulationReport other) {
        return new SimulationComparison(this, other);
    }

    /**
     * Renders the hours and tiers in which anything happened as a Markdown table.
     *
     * @return the table, lines ending in {@code \n}
     */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append("| hour | tier | escalations | kept | take-overs | waited | mean wait | longest wait | unserved"
                + " | promises | missed | busy | present |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            if (r.escalations() == 0 && r.busy().isZero()) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %s | %s | %d | %d | %d | %s | %d |\n",
                    hour(r.hour()), r.tier().code(), r.escalations(), r.kept(), r.takeOvers(), r.waited(), minutes(r.meanWait()),
                    minutes(r.longestWait()), r.unserved(), r.promisesMade(), r.promisesMissed(), minutes(r.busy()),
                    r.present()));
        }
        return out.toString();
    }

    static String hour(int hour) {
        return String.format(Locale.ROOT, "%02d:00", hour);
    }

    static String minutes(Duration d) {
        long seconds = d.toSeconds();
        return String.format(Locale.ROOT, "%d min", (seconds + 30) / 60);
    }

    @Override
    public String toString() {
        return "SimulationReport[" + policy + ", " + date + ", " + input + " escalations]";
    }

    static List<Tier> tiersOf(SimulationReport a, SimulationReport b) {
        TreeSet<Tier> all = new TreeSet<>(a.tiers());
        all.addAll(b.tiers());
        return new ArrayList<>(all);
    }
}
