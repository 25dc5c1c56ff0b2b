package io.escalation.testkit;

import java.util.List;

/**
 * A property did not hold. Thrown by {@link Property} as an {@link AssertionError}, so any test
 * framework reports it as a failed assertion. Carries the seed that replays the run, the minimal
 * counterexample found by shrinking, and the original one.
 */
public final class PropertyFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    private final long seed;
    private final int tries;
    private final int shrinkSteps;
    private final transient List<Object> counterexample;
    private final transient List<Object> original;

    PropertyFailure(String message, long seed, int tries, int shrinkSteps, List<Object> counterexample,
            List<Object> original, Throwable cause) {
        super(message, cause);
        this.seed = seed;
        this.tries = tries;
        this.shrinkSteps = shrinkSteps;
        this.counterexample = counterexample;
        this.original = original;
    }

    /**
     * Returns the seed that replays this run with {@code .seed(seed)}.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns how many tries ran, the failing one included.
     *
     * @return the number of tries
     */
    public int tries() {
        return tries;
    }

    /**
     * Returns how many shrink steps succeeded.
     *
     * @return the number of successful shrink steps
     */
    public int shrinkSteps() {
        return shrinkSteps;
    }

    /**
     * Returns the minimal counterexample, one entry per generator.
     *
     * @return the arguments that still fail after shrinking
     */
    public List<Object> counterexample() {
        return counterexample;
    }

    /**
     * Returns the counterexample as first found, before shrinking.
     *
     * @return the original failing arguments
     */
    public List<Object> original() {
        return original;
    }
}
