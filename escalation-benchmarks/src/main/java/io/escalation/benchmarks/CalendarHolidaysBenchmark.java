package io.escalation.benchmarks;

import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.HolidayProvider;
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
 * The holiday-count curve: {@link BusinessCalendar#add} on Tokyo office hours with
 * {@link #holidaysPerYear} random holidays a year (a week that holds a holiday cannot be skipped
 * whole), against the same hours without holidays in the same run. Spans as in
 * {@link CalendarInputs}. No target; the curve shows what holidays cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CalendarHolidaysBenchmark {

    /** Holidays a year (Japan has about 16). */
    @Param({"16", "64", "128"})
    public int holidaysPerYear;

    /** The span of business time added. */
    @Param({"1w", "1y"})
    public String span;

    private BusinessCalendar withHolidays;
    private BusinessCalendar without;
    private Duration duration = Duration.ZERO;
    private final Instant[] starts = CalendarInputs.starts();
    private int next;

    /** Builds both calendars and the span. */
    @Setup
    public void setUp() {
        withHolidays = CalendarInputs.tokyo(CalendarInputs.randomHolidays(holidaysPerYear)).calendar();
        without = CalendarInputs.tokyo(HolidayProvider.none()).calendar();
        duration = CalendarInputs.span(span, without);
    }

    private int advance() {
        next = (next + 1) & (CalendarInputs.COUNT - 1);
        return next;
    }

    /**
     * Adds the span on the calendar with holidays.
     *
     * @return the result
     */
    @Benchmark
    public Instant addWithHolidays() {
        return withHolidays.add(starts[advance()], duration);
    }

    /**
     * Baseline of {@link #addWithHolidays}: the same hours without holidays.
     *
     * @return the result
     */
    @Benchmark
    public Instant baselineAddWithHolidays() {
        return without.add(starts[advance()], duration);
    }
}
