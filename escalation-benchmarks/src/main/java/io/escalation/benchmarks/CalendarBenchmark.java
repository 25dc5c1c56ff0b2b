package io.escalation.benchmarks;

import io.escalation.callback.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Business-time arithmetic ({@link BusinessCalendar#add}) on a Tokyo calendar with Japanese
 * holidays and on a split-shift overnight calendar across DST, by span (see
 * {@link CalendarInputs}), against the minute-stepping reference ({@link MinuteStepper}) with
 * the same hours, holidays, starts and spans in the same run. Targets: at most 1 us up to a week,
 * at most 20 us for two years, and at least 1,000x faster than minute stepping for a week.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CalendarBenchmark {

    /** The calendar: {@code tokyo} or {@code splitShift}. */
    @Param({"tokyo", "splitShift"})
    public String calendar;

    /** The span of business time added: {@code 4h}, {@code 1w}, {@code 1y} or {@code 2y}. */
    @Param({"4h", "1w", "1y", "2y"})
    public String span;

    private BusinessCalendar businessCalendar;
    private MinuteStepper reference;
    private Duration duration = Duration.ZERO;
    private final Instant[] starts = CalendarInputs.starts();
    private int next;

    /** Builds the calendar, its reference and the span. */
    @Setup
    public void setUp() {
        CalendarInputs.Pair pair = CalendarInputs.named(calendar);
        businessCalendar = pair.calendar();
        reference = pair.reference();
        duration = CalendarInputs.span(span, businessCalendar);
    }

    private int advance() {
        next = (next + 1) & (CalendarInputs.COUNT - 1);
        return next;
    }

    /**
     * Adds the span of business time to a start.
     *
     * @return the result
     */
    @Benchmark
    @Goal(when = "span=4h|1w", maxNanos = 1_000)
    @Goal(when = "span=2y", maxNanos = 20_000)
    @Goal(when = "span=1w", minSpeedup = 1_000)
    public Instant add() {
        return businessCalendar.add(starts[advance()], duration);
    }

    /**
     * Baseline of {@link #add}: the same addition, minute by minute with plain java.time.
     *
     * @return the result
     */
    @Benchmark
    public Instant baselineAdd() {
        return reference.add(starts[advance()], duration);
    }
}
