package io.escalation.testkit;

import io.escalation.model.RequestKind;
import io.escalation.model.Temperature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A day of escalations for the {@link PolicySimulator}: the date, the center's time zone and the
 * escalations in the order they are raised. Generate one from a seed ({@link #generator}) or read one
 * from CSV ({@link #fromCsv}); the same seed gives the same day.
 *
 * <p>The CSV has a header line and one escalation per line, in any order:
 * <pre>
 * timestamp,kind,temperature,operator_minutes,handling_minutes
 * 2026-11-24T09:05:00+09:00,ADVICE,CALM,6,12
 * 2026-11-24T09:07:30+09:00,COMPLAINT,UPSET,14,25
 * </pre>
 * <ul>
 *   <li>{@code timestamp}: ISO-8601 with offset, on the day in the day's zone;</li>
 *   <li>{@code kind}: a {@link RequestKind} constant; {@code temperature}: a {@link Temperature} constant;</li>
 *   <li>{@code operator_minutes}: whole minutes the operator handled the contact before raising it,
 *       0 to 480;</li>
 *   <li>{@code handling_minutes}: whole minutes a responder of the higher tier is busy with it, 1 to 480.</li>
 * </ul>
 * Blank lines are skipped; anything else that does not fit is a {@link SimulationInputException}
 * naming the line, the column and the rule.
 *
 * @param date the day
 * @param zone the center's time zone, in which hours are counted
 * @param escalations the escalations, ordered by the instant they are raised (ties keep their order)
 */
public record SimulatedDay(LocalDate date, ZoneId zone, List<SimulatedEscalation> escalations) {

    /** The CSV header, exactly. */
    public static final String CSV_HEADER = "timestamp,kind,temperature,operator_minutes,handling_minutes";

    private static final List<String> COLUMNS = List.of(CSV_HEADER.split(","));

    /**
     * Validates the day and orders its escalations by instant.
     *
     * @throws IllegalArgumentException if an escalation is not on the date in the zone
     */
    public SimulatedDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(zone, "zone");
        List<SimulatedEscalation> sorted = new ArrayList<>(Objects.requireNonNull(escalations, "escalations"));
        for (int i = 0; i < sorted.size(); i++) {
            SimulatedEscalation e = Objects.requireNonNull(sorted.get(i), "escalations[" + i + "]");
            if (!e.at().atZone(zone).toLocalDate().equals(date)) {
                throw new IllegalArgumentException("escalations[" + i + "].at must be on " + date + " in " + zone);
            }
        }
        sorted.sort(Comparator.comparing(SimulatedEscalation::at));
        escalations = List.copyOf(sorted);
    }

    /**
     * Returns the first instant of the day.
     *
     * @return midnight at the start of the day, in the zone
     */
    public Instant start() {
        return date.atStartOfDay(zone).toInstant();
    }

    /**
     * Returns the first instant after the day.
     *
     * @return midnight at the end of the day, in the zone
     */
    public Instant end() {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * Writes the day as CSV in the format {@link #fromCsv} reads, header first, lines ending in
     * {@code \n}.
     *
     * @return the CSV
     */
    public String toCsv() {
        StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
        for (SimulatedEscalation e : escalations) {
            out.append(e.at().atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                    .append(',').append(e.kind()).append(',').append(e.temperature())
                    .append(',').append(e.operatorTime().toMinutes())
                    .append(',').append(e.handlingTime().toMinutes()).append('\n');
        }
        return out.toString();
    }

    /**
     * Reads a day from CSV text.
     *
     * @param date the day
     * @param zone the center's time zone
     * @param csv the CSV, header first
     * @return the day
     * @throws SimulationInputException naming the line and column of the first problem
     */
    public static SimulatedDay fromCsv(LocalDate date, ZoneId zone, String csv) {
        return fromCsv(date, zone, new StringReader(Objects.requireNonNull(csv, "csv")));
    }

    /**
     * Reads a day from CSV.
     *
     * @param date the day
     * @param zone the center's time zone
     * @param csv the CSV, header first; read to the end, not closed
     * @return the day
     * @throws SimulationInputException naming the line and column of the first problem
     * @throws UncheckedIOException if reading fails
     */
    public static SimulatedDay fromCsv(LocalDate date, ZoneId zone, Reader csv) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(zone, "zone");
        BufferedReader in = new BufferedReader(Objects.requireNonNull(csv, "csv"));
        List<SimulatedEscalation> out = new ArrayList<>();
        try {
            String header = in.readLine();
            if (header == null || !header.strip().equals(CSV_HEADER)) {
                throw new SimulationInputException(1, 0, "line", "Header", "the first line must be " + CSV_HEADER);
            }
            int number = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (!line.isBlank()) {
                    out.add(row(number, line, date, zone));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the simulated day's CSV failed", e);
        }
        return new SimulatedDay(date, zone, out);
    }

    private static SimulatedEscalation row(int line, String text, LocalDate date, ZoneId zone) {
        String[] cells = text.split(",", -1);
        if (cells.length != COLUMNS.size()) {
            throw new SimulationInputException(line, 0, "line", "ColumnCount", "needs " + COLUMNS.size()
                    + " columns (" + CSV_HEADER + "), found " + cells.length);
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(cells[0].strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw bad(line, 0, "Timestamp", "must be an ISO-8601 date-time with offset such as"
                    + " 2026-11-24T09:05:00+09:00", cells[0]);
        }
        if (!at.atZone(zone).toLocalDate().equals(date)) {
            throw bad(line, 0, "OnTheDay", "must be on " + date + " in " + zone, cells[0]);
        }
        RequestKind kind = constant(line, 1, RequestKind.class, cells[1]);
        Temperature temperature = constant(line, 2, Temperature.class, cells[2]);
        Duration operator = Duration.ofMinutes(minutes(line, 3, cells[3], 0));
        Duration handling = Duration.ofMinutes(minutes(line, 4, cells[4], 1));
        return new SimulatedEscalation(at, kind, temperature, operator, handling);
    }

    private static <E extends Enum<E>> E constant(int line, int index, Class<E> type, String cell) {
        try {
            return Enum.valueOf(type, cell.strip());
        } catch (IllegalArgumentException e) {
            throw bad(line, index, type.getSimpleName(), "must be one of "
                    + Arrays.toString(type.getEnumConstants()), cell);
        }
    }

    private static int minutes(int line, int index, String cell, int min) {
        int max = (int) SimulatedEscalation.MAX_TIME.toMinutes();
        String digits = cell.strip();
        int value;
        try {
            value = digits.length() <= 4 && digits.matches("[0-9]+") ? Integer.parseInt(digits) : -1;
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value < min || value > max) {
            throw bad(line, index, "Minutes", "must be whole minutes from " + min + " to " + max, cell);
        }
        return value;
    }

    private static SimulationInputException bad(int line, int index, String rule, String detail, String cell) {
        return new SimulationInputException(line, index + 1, COLUMNS.get(index), rule,
                detail + ", got " + io.escalation.Violation.kindOf(cell));
    }

    /**
     * Starts a generator of days: by default 120 escalations over the standard arrival curve, the
     * standard mix of kinds and temperatures, operators who handled the contact 2 to 20 minutes and
     * responders busy 5 to 20 minutes.
     *
     * @param date the day
     * @param zone the center's time zone
     * @return the generator, immutable
     */
    public static Generator generator(LocalDate date, ZoneId zone) {
        return new Generator(Objects.requireNonNull(date, "date"), Objects.requireNonNull(zone, "zone"), 120,
                Generator.STANDARD_CURVE, Generator.STANDARD_KINDS, Generator.STANDARD_TEMPERATURES, 2, 20, 5, 20);
    }

    /**
     * Generates days from a seed. Immutable: every setting returns a new generator.
     *
     * @param date the day
     * @param zone the center's time zone
     * @param count how many escalations
     * @param curve relative arrivals per hour of the day, 24 weights
     * @param kinds relative weights of the kinds
     * @param temperatures relative weights of the temperatures
     * @param minOperatorMinutes the least operator time
     * @param maxOperatorMinutes the most operator time
     * @param minHandlingMinutes the least handling time
     * @param maxHandlingMinutes the most handling time
     */
    public record Generator(LocalDate date, ZoneId zone, int count, List<Integer> curve,
            Map<RequestKind, Integer> kinds, Map<Temperature, Integer> temperatures, int minOperatorMinutes,
            int maxOperatorMinutes, int minHandlingMinutes, int maxHandlingMinutes) {

        /**
         * A day center's arrivals: nothing before 08:00 or after 21:00, a morning peak 10:00-12:00, a
         * dip at lunch and an afternoon peak 14:00-16:00.
         */
        public static final List<Integer> STANDARD_CURVE = List.of(0, 0, 0, 0, 0, 0, 0, 0, 4, 8, 12, 12, 6, 8, 11, 11,
                8, 6, 4, 3, 2, 0, 0, 0);
        /** Mostly advice, then complaints, take-over requests, irregular handling and some harassment. */
        public static final Map<RequestKind, Integer> STANDARD_KINDS = Map.of(RequestKind.ADVICE, 50,
                RequestKind.COMPLAINT, 20, RequestKind.TAKE_OVER, 12, RequestKind.IRREGULAR_HANDLING, 12,
                RequestKind.HARASSMENT, 6);
        /** Mostly calm or concerned customers, a few furious ones. */
        public static final Map<Temperature, Integer> STANDARD_TEMPERATURES = Map.of(Temperature.CALM, 30,
                Temperature.CONCERNED, 25, Temperature.DISSATISFIED, 20, Temperature.STRONG_DEMAND, 12,
                Temperature.UPSET, 9, Temperature.FURIOUS, 4);

        /**
         * Validates the settings.
         *
         * @throws IllegalArgumentException naming the setting and its rule
         */
        public Generator {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(zone, "zone");
            if (count < 0 || count > 100_000) {
                throw new IllegalArgumentException("count must be between 0 and 100000, but was " + count);
            }
            curve = List.copyOf(curve);
            if (curve.size() != 24 || curve.stream().anyMatch(w -> w < 0) || sum(curve) == 0) {
                throw new IllegalArgumentException("curve needs 24 weights, none negative, not all 0");
            }
            kinds = weights("kinds", kinds, RequestKind.class);
            temperatures = weights("temperatures", temperatures, Temperature.class);
            range("operator minutes", minOperatorMinutes, maxOperatorMinutes, 0);
            range("handling minutes", minHandlingMinutes, maxHandlingMinutes, 1);
        }

        private static int sum(List<Integer> weights) {
            return weights.stream().mapToInt(Integer::intValue).sum();
        }

        private static <E extends Enum<E>> Map<E, Integer> weights(String name, Map<E, Integer> weights, Class<E> type) {
            EnumMap<E, Integer> copy = new EnumMap<>(type);
            copy.putAll(Objects.requireNonNull(weights, name));
            if (copy.values().stream().anyMatch(w -> w == null || w < 0) || sum(List.copyOf(copy.values())) == 0) {
                throw new IllegalArgumentException(name + " need weights of 0 or more, not all 0");
            }
            return Map.copyOf(copy);
        }

        private static void range(String name, int min, int max, int least) {
            int most = (int) SimulatedEscalation.MAX_TIME.toMinutes();
            if (min < least || max < min || max > most) {
                throw new IllegalArgumentException(name + " need " + least + " <= min <= max <= " + most
                        + ", but were " + min + " and " + max);
            }
        }

        /**
         * Sets how many escalations the day has.
         *
         * @param value 0 to 100,000
         * @return a new generator
         */
        public Generator count(int value) {
            return new Generator(date, zone, value, curve, kinds, temperatures, minOperatorMinutes,
                    maxOperatorMinutes, minHandlingMinutes, maxHandlingMinutes);
        }

        /**
         * Sets the arrival curve.
         *
         * @param weights relative arrivals for each hour from 00:00 to 23:00, 24 weights
         * @return a new generator
         */
        public Generator curve(List<Integer> weights) {
            return new Generator(date, zone, count, weights, kinds, temperatures, minOperatorMinutes,
                    maxOperatorMinutes, minHandlingMinutes, maxHandlingMinutes);
        }

        /**
         * Sets the mix of kinds.
         *
         * @param weights relative weight per kind; missing kinds do not occur
         * @return a new generator
         */
        public Generator kinds(Map<RequestKind, Integer> weights) {
            return new Generator(date, zone, count, curve, weights, temperatures, minOperatorMinutes,
                    maxOperatorMinutes, minHandlingMinutes, maxHandlingMinutes);
        }

        /**
         * Sets the mix of temperatures.
         *
         * @param weights relative weight per temperature; missing ones do not occur
         * @return a new generator
         */
        public Generator temperatures(Map<Temperature, Integer> weights) {
            return new Generator(date, zone, count, curve, kinds, weights, minOperatorMinutes,
                    maxOperatorMinutes, minHandlingMinutes, maxHandlingMinutes);
        }

        /**
         * Sets the range of handling times of the higher tier.
         *
         * @param min the least, in minutes, at least 1
         * @param max the most, in minutes, at most 480
         * @return a new generator
         */
        public Generator handlingMinutes(int min, int max) {
            return new Generator(date, zone, count, curve, kinds, temperatures, minOperatorMinutes,
                    maxOperatorMinutes, min, max);
        }

        /**
         * Sets the range of the operators' handling times before they escalate.
         *
         * @param min the least, in minutes, at least 0
         * @param max the most, in minutes, at most 480
         * @return a new generator
         */
        public Generator operatorMinutes(int min, int max) {
            return new Generator(date, zone, count, curve, kinds, temperatures, min, max, minHandlingMinutes,
                    maxHandlingMinutes);
        }

        /**
         * Generates the day: each escalation's hour is drawn from the curve, its second within the hour,
         * kind and temperature from their weights, times uniformly from their ranges.
         *
         * @param seed the seed; the same seed gives the same day
         * @return the day
         */
        public SimulatedDay generate(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            Instant midnight = date.atStartOfDay(zone).toInstant();
            List<RequestKind> kindOrder = List.copyOf(new EnumMap<>(kinds).keySet());
            List<Temperature> temperatureOrder = List.copyOf(new EnumMap<>(temperatures).keySet());
            List<SimulatedEscalation> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int hour = pick(random, curve);
                Instant at = date.atStartOfDay(zone).plusHours(hour).toInstant().plusSeconds(random.nextInt(3600));
                if (!at.atZone(zone).toLocalDate().equals(date)) {
                    at = midnight; // an hour skipped by a daylight-saving change
                }
                RequestKind kind = kindOrder.get(pick(random, kindOrder.stream().map(kinds::get).toList()));
                Temperature temperature = temperatureOrder.get(pick(random,
                        temperatureOrder.stream().map(temperatures::get).toList()));
                Duration operator = Duration.ofMinutes(between(random, minOperatorMinutes, maxOperatorMinutes));
                Duration handling = Duration.ofMinutes(between(random, minHandlingMinutes, maxHandlingMinutes));
                out.add(new SimulatedEscalation(at, kind, temperature, operator, handling));
            }
            return new SimulatedDay(date, zone, out);
        }

        private static int between(SplittableRandom random, int min, int max) {
            return min + random.nextInt(max - min + 1);
        }

        private static int pick(SplittableRandom random, List<Integer> weights) {
            int r = random.nextInt(sum(weights));
            for (int i = 0; i < weights.size(); i++) {
                r -= weights.get(i);
                if (r < 0) {
                    return i;
                }
            }
            throw new IllegalStateException("weights changed while drawing");
        }
    }
}
