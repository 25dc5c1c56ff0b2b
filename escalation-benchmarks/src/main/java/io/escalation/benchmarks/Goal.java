package io.escalation.benchmarks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A target a benchmark method must meet, read by {@link Report}. Every bound that is set must
 * hold; unset bounds ({@code NaN}) are not checked. A figure's baseline is the method of the same
 * class named {@code baseline} followed by the figure's name with its first letter capitalised
 * ({@code add} is paired with {@code baselineAdd}), run with the same parameters in the same run;
 * ratios are the figure's score divided by its baseline's.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Goal.List.class)
public @interface Goal {

    /**
     * Which parameter values the goal applies to, e.g. {@code "rosterSize=50"} or
     * {@code "span=4h|1w,calendar=tokyo"}: every named parameter must have one of the listed
     * values. Empty means every run of the method.
     *
     * @return the parameter filter
     */
    String when() default "";

    /**
     * The most time per operation, in nanoseconds.
     *
     * @return the bound, or {@code NaN} for none
     */
    double maxNanos() default Double.NaN;

    /**
     * The most bytes allocated per operation ({@code gc.alloc.rate.norm}).
     *
     * @return the bound, or {@code NaN} for none
     */
    double maxBytes() default Double.NaN;

    /**
     * The largest ratio of the figure's time to its baseline's.
     *
     * @return the bound, or {@code NaN} for none
     */
    double maxRatio() default Double.NaN;

    /**
     * The smallest speed-up over the baseline: the baseline's time divided by the figure's.
     *
     * @return the bound, or {@code NaN} for none
     */
    double minSpeedup() default Double.NaN;

    /**
     * For a throughput benchmark ({@code Mode.Throughput}): the least share of its baseline's
     * throughput the figure must keep, e.g. {@code 0.70} for "at least 70 % of the baseline".
     *
     * @return the bound, or {@code NaN} for none
     */
    double minThroughputShare() default Double.NaN;

    /**
     * For a latency benchmark ({@code Mode.SampleTime}): the most time of the 99th percentile, in
     * nanoseconds.
     *
     * @return the bound, or {@code NaN} for none
     */
    double maxP99Nanos() default Double.NaN;

    /** Holds repeated goals. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        /**
         * Returns the goals.
         *
         * @return the goals
         */
        Goal[] value();
    }
}
