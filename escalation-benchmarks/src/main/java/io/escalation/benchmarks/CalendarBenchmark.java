package io.escalation.benchmarks;

import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.JapaneseHolidays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Business-time arithmetic. Targets: at most 1 us per add for spans up to a week, at most 20 us for
 * two-year spans with holidays. Baseline in the same run: the same adds on a calendar open around
 * the clock in UTC with no holidays (the cheapest calendar the algorithm can face), and plain
 * {@link Instant#plus} (no calendar at all).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CalendarBenchmark {

    private BusinessCalendar tokyo;
    private BusinessCalendar berlinShifts;
    private BusinessCalendar always;
    private final Instant[] starts = new Instant[1024];
    private final Duration[] weekSpans = new Duration[1024];
    private final Duration[] twoYearSpans = new Duration[1024];
    private int next;

    /** Builds the calendars and 1,024 random starts and spans. */
    @Setup
    public void setUp() {
        tokyo = BusinessCalendar.builder(ZoneId.of("Asia/Tokyo")).weekdays(LocalTime.of(9, 0), LocalTime.of(12, 0))
                .weekdays(LocalTime.of(13, 0), LocalTime.of(18, 0)).holidays(JapaneseHolidays.provider()).build();
        berlinShifts = BusinessCalendar.builder(ZoneId.of("Europe/Berlin")).everyDay(LocalTime.of(22, 0), LocalTime.of(6, 0))
                .everyDay(LocalTime.of(8, 0), LocalTime.of(16, 0)).build();
        always = BusinessCalendar.builder(ZoneId.of("UTC")).everyDay(LocalTime.MIDNIGHT, LocalTime.NOON)
                .everyDay(LocalTime.NOON, LocalTime.MIDNIGHT).build();
        SplittableRandom random = new SplittableRandom(20261123L);
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < starts.length; i++) {
            starts[i] = base.plusSeconds(random.nextLong(365L * 86_400));
            weekSpans[i] = Duration.ofMinutes(random.nextLong(40 * 60));          // up to a working week
            twoYearSpans[i] = Duration.ofMinutes(random.nextLong(2 * 245 * 8 * 60)); // up to two working years
        }
    }

    private int advance() {
        next = (next + 1) & 1023;
        return next;
    }

    /**
     * Baseline: plain instant arithmetic.
     *
     * @return the result
     */
    @Benchmark
    public Instant baselineInstantPlus() {
        int i = advance();
        return starts[i].plus(weekSpans[i]);
    }

    /**
     * Baseline: a 24/7 UTC calendar, spans up to a week.
     *
     * @return the result
     */
    @Benchmark
    public Instant baselineAlwaysOpenWeek() {
        int i = advance();
        return always.add(starts[i], weekSpans[i]);
    }

    /**
     * Tokyo office hours with a lunch break and Japanese holidays, spans up to a working week.
     *
     * @return the result
     */
    @Benchmark
    public Instant tokyoAddUpToAWeek() {
        int i = advance();
        return tokyo.add(starts[i], weekSpans[i]);
    }

    /**
     * Berlin overnight and day shifts across DST, spans up to a working week.
     *
     * @return the result
     */
    @Benchmark
    public Instant berlinShiftsAddUpToAWeek() {
        int i = advance();
        return berlinShifts.add(starts[i], weekSpans[i]);
    }

    /**
     * Tokyo with Japanese holidays, spans up to two working years.
     *
     * @return the result
     */
    @Benchmark
    public Instant tokyoAddUpToTwoYears() {
        int i = advance();
        return tokyo.add(starts[i], twoYearSpans[i]);
    }

    /**
     * Tokyo with Japanese holidays: business time between two instants up to two years apart.
     *
     * @return the result
     */
    @Benchmark
    public Duration tokyoBetweenUpToTwoYears() {
        int i = advance();
        return tokyo.between(starts[i], starts[i].plus(twoYearSpans[i].multipliedBy(3)));
    }
}
