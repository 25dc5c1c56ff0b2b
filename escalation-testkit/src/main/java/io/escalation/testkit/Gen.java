package io.escalation.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A generator of values for property tests: a pure function of a random source and a size.
 *
 * <p>Each generated value comes as a {@link Shrinkable}, so a failing case can be reduced to a
 * minimal one. A generator may also name {@link #edgeCases() edge cases} the runner tries first.
 * Generators are immutable and thread-safe; all randomness comes from the
 * {@link RandomGenerator} passed in, so the same seed gives the same values.
 *
 * <p>To use a generator from another property-testing library, call
 * {@link #sample(RandomGenerator, int)} from that library's random source.
 *
 * @param <T> the type of generated values
 */
@FunctionalInterface
public interface Gen<T> {

    /** How many times {@link #filter(Predicate)} retries before giving up. */
    int DEFAULT_FILTER_TRIES = 100;

    /**
     * Generates a value with its shrink candidates.
     *
     * @param random the only source of randomness
     * @param size a hint for how large the value may be (list lengths, magnitudes), 0 and up
     * @return the value and its shrink tree
     */
    Shrinkable<T> generate(RandomGenerator random, int size);

    /**
     * Returns values the runner tries before random ones: boundaries, empty collections, the
     * simplest value; each with its own shrink candidates. None by default.
     *
     * @return the edge cases, possibly empty
     */
    default List<Shrinkable<T>> edgeCases() {
        return List.of();
    }

    /**
     * Generates one value, without shrink information.
     *
     * @param random the source of randomness
     * @param size the size hint
     * @return a value
     */
    default T sample(RandomGenerator random, int size) {
        return generate(random, size).value();
    }

    /**
     * Generates {@code count} values from a seed, for inspection or for another library.
     *
     * @param seed the seed
     * @param size the size hint
     * @param count how many
     * @return the values
     */
    default List<T> samples(long seed, int size, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<T> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(sample(random, size));
        }
        return out;
    }

    /**
     * Maps generated values; shrinking and edge cases carry over.
     *
     * @param <R> the result type
     * @param mapper a pure function
     * @return the mapped generator
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        Gen<T> self = this;
        return new Gen<R>() {
            @Override
            public Shrinkable<R> generate(RandomGenerator random, int size) {
                return self.generate(random, size).map(mapper);
            }

            @Override
            public List<Shrinkable<R>> edgeCases() {
                List<Shrinkable<R>> out = new ArrayList<>();
                for (Shrinkable<T> t : self.edgeCases()) {
                    out.add(t.map(mapper));
                }
                return out;
            }
        };
    }

    /**
     * Generates a value, then a second one that depends on it. Shrinking first simplifies the
     * first value (regenerating the second deterministically), then the second.
     *
     * @param <R> the result type
     * @param binder chooses the dependent generator
     * @return the dependent generator
     */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<R>> binder) {
        Gen<T> self = this;
        return (random, size) -> {
            long seed = random.nextLong();
            return self.generate(random, size)
                    .flatMap(t -> binder.apply(t).generate(new SplittableRandom(seed), size));
        };
    }

    /**
     * Keeps only values that satisfy {@code predicate}, retrying up to
     * {@value #DEFAULT_FILTER_TRIES} times per value.
     *
     * @param predicate what values must satisfy
     * @return the filtered generator
     * @throws GenerationException at generation time, if no value passes within the bound
     */
    default Gen<T> filter(Predicate<? super T> predicate) {
        return filter(predicate, DEFAULT_FILTER_TRIES);
    }

    /**
     * Keeps only values that satisfy {@code predicate}, retrying up to {@code maxTries} times.
     *
     * @param predicate what values must satisfy
     * @param maxTries how many attempts per value before giving up, at least 1
     * @return the filtered generator
     */
    default Gen<T> filter(Predicate<? super T> predicate, int maxTries) {
        if (maxTries < 1) {
            throw new IllegalArgumentException("maxTries must be at least 1, but was " + maxTries);
        }
        Gen<T> self = this;
        return new Gen<T>() {
            @Override
            public Shrinkable<T> generate(RandomGenerator random, int size) {
                for (int i = 0; i < maxTries; i++) {
                    Shrinkable<T> candidate = self.generate(random, size);
                    if (predicate.test(candidate.value())) {
                        return candidate.filter(predicate);
                    }
                }
                throw new GenerationException("filter rejected " + maxTries + " values in a row; "
                        + "generate valid values directly instead of filtering");
            }

            @Override
            public List<Shrinkable<T>> edgeCases() {
                List<Shrinkable<T>> kept = new ArrayList<>();
                for (Shrinkable<T> t : self.edgeCases()) {
                    if (predicate.test(t.value())) {
                        kept.add(t.filter(predicate));
                    }
                }
                return kept;
            }
        };
    }

    /**
     * Adds edge cases, tried before random values (these values do not shrink further).
     *
     * @param values the edge cases
     * @return a generator that also names these edge cases
     */
    @SuppressWarnings("unchecked")
    default Gen<T> withEdgeCases(T... values) {
        return withEdgeCases(Arrays.asList(values));
    }

    /**
     * Adds edge cases, tried before random values (these values do not shrink further).
     *
     * @param values the edge cases
     * @return a generator that also names these edge cases
     */
    default Gen<T> withEdgeCases(List<T> values) {
        Gen<T> self = this;
        List<T> extra = List.copyOf(values);
        return new Gen<T>() {
            @Override
            public Shrinkable<T> generate(RandomGenerator random, int size) {
                return self.generate(random, size);
            }

            @Override
            public List<Shrinkable<T>> edgeCases() {
                List<Shrinkable<T>> out = new ArrayList<>(self.edgeCases());
                for (T t : extra) {
                    if (out.stream().noneMatch(e -> Objects.equals(e.value(), t))) {
                        out.add(Shrinkable.of(t));
                    }
                }
                return out;
            }
        };
    }

    /**
     * Returns this generator without edge cases.
     *
     * @return a generator with the same random values and no edge cases
     */
    default Gen<T> withoutEdgeCases() {
        Gen<T> self = this;
        return (random, size) -> self.generate(random, size);
    }

    /**
     * Returns a generator whose values also shrink with {@code shrinker} (for types built with
     * {@link #map} from a generator that does not know how to simplify them).
     *
     * @param shrinker simpler values for a value, simplest first
     * @return the generator
     */
    default Gen<T> withShrinker(Function<? super T, ? extends List<T>> shrinker) {
        Objects.requireNonNull(shrinker, "shrinker");
        Gen<T> self = this;
        return new Gen<T>() {
            @Override
            public Shrinkable<T> generate(RandomGenerator random, int size) {
                return Shrinks.extend(self.generate(random, size), shrinker);
            }

            @Override
            public List<Shrinkable<T>> edgeCases() {
                List<Shrinkable<T>> out = new ArrayList<>();
                for (Shrinkable<T> e : self.edgeCases()) {
                    out.add(Shrinks.extend(e, shrinker));
                }
                return out;
            }
        };
    }
}
